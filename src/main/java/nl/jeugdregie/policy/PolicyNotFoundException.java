package nl.jeugdregie.policy;

/** No pack with that id, or no version of it in force on the request's date. */
public class PolicyNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PolicyNotFoundException(String message) {
    super(message);
  }
}
