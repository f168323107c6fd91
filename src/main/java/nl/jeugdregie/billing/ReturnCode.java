package nl.jeugdregie.billing;

/**
 * A reason a line is rejected: iJw retourcode (WJ001), the rule that gives it, and what was wrong,
 * e.g. ("9321", "TR321", "volume 20 hours is more than the 12 allocated for 2025-10 (3 per week x 4
 * ISO weeks)").
 */
public record ReturnCode(String code, String rule, String message) {

  /** Code 0001: content iJw rejects at XSLT level (CS, CD and some TR rules). */
  static ReturnCode technical(String rule, String message) {
    return new ReturnCode("0001", rule, message);
  }
}
