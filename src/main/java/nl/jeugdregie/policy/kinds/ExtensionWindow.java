package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;

/**
 * The provider reports between {@code fromWeeks} and {@code toWeeks} before the end date whether an
 * extension is needed (Twente: 12 to 8 weeks, 002 p.2, R-TWE-4).
 */
public record ExtensionWindow(int fromWeeks, int toWeeks) implements RuleKind {

  public static ExtensionWindow from(YamlFields p) {
    ExtensionWindow window = new ExtensionWindow(p.integer("fromWeeks"), p.integer("toWeeks"));
    if (window.fromWeeks() <= window.toWeeks()) {
      throw p.error(
          "fromWeeks ("
              + window.fromWeeks()
              + ") must be more than toWeeks ("
              + window.toWeeks()
              + ")");
    }
    return window;
  }
}
