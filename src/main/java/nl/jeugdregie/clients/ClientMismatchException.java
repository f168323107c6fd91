package nl.jeugdregie.clients;

/**
 * A client is known with other facts than the request states (e.g. another birth date): the request
 * is refused rather than silently overwriting or duplicating the person.
 */
public class ClientMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public ClientMismatchException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
