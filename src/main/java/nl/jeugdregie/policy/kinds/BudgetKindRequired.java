package nl.jeugdregie.policy.kinds;

import java.util.Set;
import nl.jeugdregie.policy.BudgetKind;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/**
 * A keuzebudget is herstel (it has an end) or duurzaam (continuous); the access team's choice sets
 * the period (001 §4.2.1 'Standaard keuzebudget', R-IJS-1).
 */
public record BudgetKindRequired(Set<BudgetScheme> schemes, Effect effect) implements DecisionRule {

  public static BudgetKindRequired from(YamlFields p) {
    return new BudgetKindRequired(
        Set.copyOf(p.list("schemes", "a budget scheme", BudgetScheme::valueOf)),
        Describe.refusal(p, "effect", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    BudgetScheme scheme = c.request().budget().scheme();
    if (scheme == null || !schemes.contains(scheme)) return Verdict.PASS;
    BudgetKind kind = c.request().budget().kind();
    String message;
    if (kind == null) {
      message = "a " + scheme + " budget must say HERSTEL or DUURZAAM (budget.kind)";
    } else if (kind == BudgetKind.HERSTEL && c.request().period().isOpenEnded()) {
      message = "a HERSTEL budget has an end: period.end is required";
    } else {
      return Verdict.PASS;
    }
    return Verdict.refuse(effect, message);
  }
}
