package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/**
 * Every ambulant product has a fixed signaalbudget: a maximum the provider may declare up to
 * (Amstelveen/Aalsmeer, 004 'Signaalbudgetten', R-AAA-2). No amount asked: the signaalbudget is
 * granted; a lower amount as asked; a higher one is adjusted down.
 */
public record SignalBudget() implements DecisionRule {

  public static SignalBudget from(YamlFields p) {
    return new SignalBudget();
  }

  @Override
  public Verdict judge(RequestCase c) {
    if (c.request().budget().scheme() != BudgetScheme.SIGNAALBUDGET) return Verdict.PASS;
    Product product = c.product();
    Long signal = product == null ? null : product.signalBudgetCents();
    if (product == null || signal == null) {
      return Verdict.reject(Describe.product(c) + " has no signaalbudget");
    }
    Long amount = c.grant().budgetCents();
    if (amount == null) {
      return Verdict.info(
          c.grant().withBudgetCents(signal),
          "signaalbudget of " + product.code() + ": " + Describe.money(signal));
    }
    if (amount <= signal) return Verdict.PASS;
    return Verdict.adjust(
        c.grant().withBudgetCents(signal),
        Describe.money(amount)
            + " is above the signaalbudget of "
            + Describe.money(signal)
            + "; more needs an evaluation with the referrer (maatwerk)");
  }
}
