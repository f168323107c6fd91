package nl.jeugdregie.policy.kinds;

import java.util.Set;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Grant;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.ReferrerType;

/**
 * Referrals by the listed referrers are allocated automatically at a fixed level (Amersfoort:
 * ambulant treatment at intervention level 1, 000 point 1, R-AMF-1). A higher level is left to
 * {@link HigherLevelNeedsCheck}; other referrers get no automatic allocation.
 */
public record AutomaticAllocationAtLevel(int level, Set<ReferrerType> referrers, Effect otherwise)
    implements DecisionRule {

  public static AutomaticAllocationAtLevel from(YamlFields p) {
    return new AutomaticAllocationAtLevel(
        p.integer("level"),
        Set.copyOf(p.referrers("referrers")),
        Describe.refusal(p, "otherwise", Effect.INVESTIGATE));
  }

  @Override
  public Verdict judge(RequestCase c) {
    ReferrerType type = c.request().referrer().type();
    if (!referrers.contains(type)) {
      String message =
          "no automatic allocation for a referral by "
              + Describe.referrer(type)
              + "; automatic only for "
              + Describe.referrers(referrers);
      return Verdict.refuse(otherwise, message);
    }
    Integer asked = c.grant().level();
    if (asked != null && asked > level) return Verdict.PASS;
    Grant grant = c.grant().withLevel(level);
    return Verdict.info(grant, "automatic allocation at level " + level);
  }
}
