package nl.jeugdregie.shared;

/**
 * A list asked for in a way it cannot be given: an unknown sort key or a filter value out of range.
 * Answered with 400 naming the query parameter.
 */
public class ListRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  public ListRefusedException(String field, String reason) {
    super(field + " " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
