package nl.jeugdregie.policy.kinds;

import java.util.Set;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/**
 * A budget set by agreement must name its amount: the offerte keuzebudget is agreed between access
 * team and provider (001 §4.2.1 'Offerte keuzebudget', R-IJS-1).
 */
public record BudgetAmountRequired(Set<BudgetScheme> schemes, Effect effect)
    implements DecisionRule {

  public static BudgetAmountRequired from(YamlFields p) {
    return new BudgetAmountRequired(
        Set.copyOf(p.list("schemes", "a budget scheme", BudgetScheme::valueOf)),
        Describe.refusal(p, "effect", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    BudgetScheme scheme = c.request().budget().scheme();
    if (scheme == null || !schemes.contains(scheme)) return Verdict.PASS;
    Long amount = c.request().budget().amountCents();
    if (amount != null && amount > 0) return Verdict.PASS;
    String message = "a " + scheme + " budget must name its agreed amount (budget.amountCents)";
    return Verdict.refuse(effect, message);
  }
}
