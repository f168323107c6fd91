package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/**
 * An extension is never at a higher level than the allocation it extends (Amersfoort, 000 point 4,
 * R-AMF-4).
 */
public record ExtensionNotAboveCurrentLevel() implements DecisionRule {

  public static ExtensionNotAboveCurrentLevel from(YamlFields p) {
    return new ExtensionNotAboveCurrentLevel();
  }

  @Override
  public Verdict judge(RequestCase c) {
    if (c.request().kind() != RequestKind.EXTENSION) return Verdict.PASS;
    Integer current = c.request().current().level();
    if (current == null) {
      return Verdict.investigate(
          "the level of the allocation being extended is unknown (current.level)");
    }
    Integer asked = c.grant().level();
    if (asked == null || asked <= current) return Verdict.PASS;
    return Verdict.reject(
        "an extension cannot be at a higher level ("
            + asked
            + ") than the current allocation ("
            + current
            + ")");
  }
}
