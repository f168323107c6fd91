package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/** No automatic extension: the referrer assesses it (Amersfoort, 000 point 3, R-AMF-3). */
public record ExtensionNeedsReferrerAssessment(Effect effect) implements DecisionRule {

  public static ExtensionNeedsReferrerAssessment from(YamlFields p) {
    return new ExtensionNeedsReferrerAssessment(Describe.refusal(p, "effect", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    if (c.request().kind() != RequestKind.EXTENSION || c.request().referrer().assessedExtension()) {
      return Verdict.PASS;
    }
    String message =
        "no automatic extension: the referrer must assess it (referrer.assessedExtension)";
    return Verdict.refuse(effect, message);
  }
}
