package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/**
 * A maatwerkbudget from the start only for very complex care; otherwise it follows an evaluation
 * with the referrer and a plan (Amstelveen/Aalsmeer, 004 'Signaalbudgetten', R-AAA-2).
 */
public record MaatwerkOnlyWhenComplex(Effect effect) implements DecisionRule {

  public static MaatwerkOnlyWhenComplex from(YamlFields p) {
    return new MaatwerkOnlyWhenComplex(Describe.refusal(p, "effect", Effect.INVESTIGATE));
  }

  @Override
  public Verdict judge(RequestCase c) {
    if (c.request().budget().scheme() != BudgetScheme.MAATWERK) return Verdict.PASS;
    if (c.request().complex())
      return Verdict.info("maatwerkbudget from the start for very complex care");
    String message =
        "a maatwerkbudget needs an evaluation with the referrer and a plan, unless the care is very complex from the start";
    return Verdict.refuse(effect, message);
  }
}
