package nl.jeugdregie.policy;

/**
 * A request that cannot be decided because its input is wrong; the message starts with the field,
 * e.g. {@code request.period.end: must not be before period.start (2025-01-31)}.
 */
public class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidRequestException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
