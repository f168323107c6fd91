package nl.jeugdregie.policy.kinds;

import java.util.Set;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.ReferrerType;

/**
 * Only some referrers may refer to some care: e.g. only the local team and GI to verblijf (004,
 * R-AAA-3), only the access team (GI with the access team's allocation) to Wonen-Verblijf (001
 * §4.2.2, R-IJS-6).
 */
public record OnlyTheseReferrersFor(
    Set<ReferrerType> referrers, Set<ReferrerType> investigate, Effect otherwise)
    implements DecisionRule {

  public static OnlyTheseReferrersFor from(YamlFields p) {
    return new OnlyTheseReferrersFor(
        Set.copyOf(p.referrers("referrers")),
        Set.copyOf(p.optionalReferrers("investigate")),
        Describe.refusal(p, "otherwise", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    ReferrerType type = c.request().referrer().type();
    if (referrers.contains(type)) return Verdict.PASS;
    if (investigate.contains(type)) {
      return Verdict.investigate(
          Describe.referrer(type)
              + " may refer to "
              + Describe.product(c)
              + " only with the municipality's own allocation");
    }
    String message =
        Describe.referrer(type)
            + " may not refer to "
            + Describe.product(c)
            + "; only "
            + Describe.referrers(referrers)
            + (investigate.isEmpty()
                ? ""
                : ", or " + Describe.referrers(investigate) + " with the municipality");
    return Verdict.refuse(otherwise, message);
  }
}
