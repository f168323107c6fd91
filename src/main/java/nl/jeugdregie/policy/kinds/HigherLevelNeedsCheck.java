package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/**
 * A level above the automatic one only after the POH Jeugd's extra check for complex problems
 * (Amersfoort, 000 point 2, R-AMF-2); without the check the level is adjusted down.
 */
public record HigherLevelNeedsCheck(int maxLevelWithoutCheck) implements DecisionRule {

  public static HigherLevelNeedsCheck from(YamlFields p) {
    return new HigherLevelNeedsCheck(p.integer("maxLevelWithoutCheck"));
  }

  @Override
  public Verdict judge(RequestCase c) {
    Integer level = c.grant().level();
    if (level == null || level <= maxLevelWithoutCheck) return Verdict.PASS;
    if (c.request().referrer().extraCheck()) {
      return Verdict.info("level " + level + " after the extra check of the POH Jeugd");
    }
    return Verdict.adjust(
        c.grant().withLevel(maxLevelWithoutCheck),
        "level "
            + level
            + " needs the POH Jeugd's extra check; allocated at level "
            + maxLevelWithoutCheck);
  }
}
