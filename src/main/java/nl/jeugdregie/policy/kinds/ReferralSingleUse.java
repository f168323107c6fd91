package nl.jeugdregie.policy.kinds;

import java.util.Set;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.ReferrerType;

/**
 * A referral letter can be used once (Twente, 002 p.1 'De verwijzing kan eenmalig worden ingezet',
 * R-TWE-1).
 */
public record ReferralSingleUse(Set<ReferrerType> referrers, Effect effect)
    implements DecisionRule {

  public static ReferralSingleUse from(YamlFields p) {
    return new ReferralSingleUse(
        Set.copyOf(p.referrers("referrers")), Describe.refusal(p, "effect", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    var referrer = c.request().referrer();
    if (!referrers.contains(referrer.type()) || !referrer.usedBefore()) return Verdict.PASS;
    String message = "this referral letter was used before; a referral can be used once";
    return Verdict.refuse(effect, message);
  }
}
