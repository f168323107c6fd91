package nl.jeugdregie.policy;

/**
 * A pack that cannot be used: the message names the file, the line and (for rules) the rule id and
 * kind, e.g. {@code twente@2025-01-01.yaml:57: rule R-TWE-3 (MaximumSessions): parameter 'max' must
 * be a whole number, got 'twenty'}.
 */
public class PackLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PackLoadException(String message) {
    super(message);
  }
}
