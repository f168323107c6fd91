package nl.jeugdregie.clients;

/**
 * A change of a client's data refused: the client is unknown or outside the actor's scope, the role
 * may not change it, or a value is invalid. The message names the field and never carries personal
 * data.
 */
public class ClientRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: the HTTP adapter answers 404, 403 and 400. */
  public enum Kind {
    NOT_FOUND,
    NOT_PERMITTED,
    INVALID
  }

  private final Kind kind;
  private final String field;

  public ClientRefusedException(Kind kind, String field, String message) {
    super(field + ": " + message);
    this.kind = kind;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  public String field() {
    return field;
  }
}
