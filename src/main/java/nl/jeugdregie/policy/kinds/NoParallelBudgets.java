package nl.jeugdregie.policy.kinds;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRequest.ParallelBudget;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.DateRange;

/**
 * No two budgets of these schemes side by side for one youth without the access team's consent
 * (IJsselland 001 §4.2.1.5.4 reason 4 'Meerdere aanbieders': "Er kunnen geen twee keuzebudgetten
 * naast elkaar lopen voordat de toegang hier akkoord op heeft gegeven", R-IJS-5). The route puts
 * the client's other recorded budgets, at any provider, in {@code parallelBudgets}; one of these
 * schemes overlapping the requested period sends the request to the access team (its approval is
 * the consent), whatever the request asks for a scheme of its own (none stated: a change or new
 * product of the client's budget care).
 */
public record NoParallelBudgets(Set<BudgetScheme> schemes, Effect effect) implements DecisionRule {

  public NoParallelBudgets {
    schemes = Set.copyOf(schemes);
  }

  public static NoParallelBudgets from(YamlFields p) {
    List<BudgetScheme> schemes = p.list("schemes", "a budget scheme", BudgetScheme::valueOf);
    return new NoParallelBudgets(
        Set.copyOf(schemes), Describe.refusal(p, "effect", Effect.INVESTIGATE));
  }

  @Override
  public Verdict judge(RequestCase c) {
    BudgetScheme asked = c.request().budget().scheme();
    if (asked != null && !schemes.contains(asked)) return Verdict.PASS;
    DateRange period = c.grant().period();
    for (ParallelBudget other : c.request().parallelBudgets()) {
      if (!schemes.contains(other.scheme()) || !overlap(period, other.period())) continue;
      return Verdict.refuse(
          effect,
          "the client already has a "
              + other.scheme()
              + " at provider "
              + other.provider()
              + " in "
              + other.period()
              + ": two budgets side by side need the access team's consent (reason 4, more"
              + " providers)");
    }
    return Verdict.PASS;
  }

  private static boolean overlap(DateRange a, DateRange b) {
    LocalDate aEnd = a.end();
    LocalDate bEnd = b.end();
    return (aEnd == null || !aEnd.isBefore(b.start()))
        && (bEnd == null || !bEnd.isBefore(a.start()));
  }
}
