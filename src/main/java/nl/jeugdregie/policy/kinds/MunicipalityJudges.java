package nl.jeugdregie.policy.kinds;

import java.util.Set;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.ReferrerType;

/**
 * Requests the municipality (access team) decides itself, never automatically: IJsselland budget
 * adjustments (001 §4.2.1.5, R-IJS-5), Twente extensions (002 p.2, R-TWE-4), Amstelveen/Aalsmeer
 * dyslexia, where the municipality stays gatekeeper (004, R-AAA-7).
 */
public record MunicipalityJudges(boolean unlessPriorContact, Set<ReferrerType> unlessReferrers)
    implements DecisionRule {

  public static MunicipalityJudges from(YamlFields p) {
    return new MunicipalityJudges(
        p.bool("unlessPriorContact", false), Set.copyOf(p.optionalReferrers("unlessReferrers")));
  }

  @Override
  public Verdict judge(RequestCase c) {
    if (unlessPriorContact && c.request().priorContact()) return Verdict.PASS;
    if (unlessReferrers.contains(c.request().referrer().type())) return Verdict.PASS;
    return Verdict.investigate(
        "the municipality decides "
            + c.request().kind()
            + " requests for "
            + Describe.product(c)
            + " itself");
  }
}
