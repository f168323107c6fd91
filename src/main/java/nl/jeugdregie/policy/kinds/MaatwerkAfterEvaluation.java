package nl.jeugdregie.policy.kinds;

import java.math.BigDecimal;
import java.util.List;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A maatwerk signaalbudget in place of a signaalbudget only after the evaluation with the referrer
 * at the pack's usage threshold, on a plan (Amstelveen/Aalsmeer, 004 'Signaalbudgetten': "Wanneer
 * een aanbieder het budget voor 75% heeft gebruikt dan zijn er twee mogelijkheden ... 2. De
 * aanbieder constateert dat er meer hulp nodig is ... evaluatie met de verwijzer ... op basis van
 * een plan van de aanbieder", R-AAA-2). A change or extension that asks {@code MAATWERK} for a
 * signaalbudget allocation ({@code current.budgetCents} the budget, {@code current.usedCents} its
 * recorded use) needs the use at or above the threshold of the pack's {@link UsageSignal} rule and
 * a plan with the evaluation day ({@code plan.reference}, {@code plan.evaluatedOn}); very complex
 * care is left to {@link MaatwerkOnlyWhenComplex} (maatwerk from the start).
 */
public record MaatwerkAfterEvaluation(Effect effect) implements DecisionRule {

  public static MaatwerkAfterEvaluation from(YamlFields p) {
    return new MaatwerkAfterEvaluation(Describe.refusal(p, "effect", Effect.REJECT));
  }

  @Override
  public @Nullable String problemWith(PolicyPack pack) {
    return pack.rulesOfKind(UsageSignal.class).isEmpty()
        ? "needs a UsageSignal rule in the pack for the threshold of the evaluation"
        : null;
  }

  @Override
  public Verdict judge(RequestCase c) {
    DecisionRequest request = c.request();
    if (request.kind() == RequestKind.INITIAL || request.complex()) return Verdict.PASS;
    if (request.budget().scheme() != BudgetScheme.MAATWERK) return Verdict.PASS;
    List<UsageSignal> signals = c.pack().rulesOfKind(UsageSignal.class);
    BigDecimal threshold =
        signals.isEmpty() ? BigDecimal.valueOf(75, 2) : signals.getFirst().threshold();
    String percent = threshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    Long budget = request.current().budgetCents();
    Long used = request.current().usedCents();
    if (budget == null || budget <= 0 || used == null) {
      return Verdict.refuse(
          effect,
          "the use of the current signaalbudget is not known (current.budgetCents,"
              + " current.usedCents): maatwerk follows the evaluation at "
              + percent
              + " use");
    }
    if (BigDecimal.valueOf(used).compareTo(threshold.multiply(BigDecimal.valueOf(budget))) < 0) {
      return Verdict.refuse(
          effect,
          "maatwerk only after the evaluation with the referrer at "
              + percent
              + " use of the signaalbudget; used "
              + Money.cents(used)
              + " of "
              + Money.cents(budget));
    }
    DecisionRequest.Plan plan = request.plan();
    if (plan == null || plan.evaluatedOn() == null) {
      return Verdict.refuse(
          effect,
          "maatwerk needs the evaluation with the referrer and the provider's plan"
              + " (plan.reference, plan.evaluatedOn)");
    }
    return Verdict.info(
        "maatwerk after the evaluation of "
            + plan.evaluatedOn()
            + " on plan "
            + plan.reference()
            + " ("
            + Money.cents(used)
            + " of "
            + Money.cents(budget)
            + " used)");
  }
}
