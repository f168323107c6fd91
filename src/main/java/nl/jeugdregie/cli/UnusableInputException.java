package nl.jeugdregie.cli;

/** An argument the command cannot use, such as a file that cannot be read. */
final class UnusableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnusableInputException(String message) {
    super(message);
  }
}
