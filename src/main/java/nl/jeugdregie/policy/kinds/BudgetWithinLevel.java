package nl.jeugdregie.policy.kinds;

import java.util.OptionalLong;
import nl.jeugdregie.policy.BudgetDefinition;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import org.jspecify.annotations.Nullable;

/**
 * A budget by standard level: the level must be one of the scheme's, and the budget is at most the
 * level's amount (IJsselland keuzebudget levels 1-6, 001 §4.2.1, R-IJS-1; Amersfoort intervention
 * levels, 000, R-AMF-1). No amount asked: the level's amount is granted; a lower amount asked is
 * granted as asked; a higher one is adjusted down. Applies to requests with this scheme or with
 * none.
 */
public record BudgetWithinLevel(BudgetScheme scheme) implements DecisionRule {

  public static BudgetWithinLevel from(YamlFields p) {
    return new BudgetWithinLevel(p.enumValue("scheme", BudgetScheme.class));
  }

  @Override
  public @Nullable String problemWith(PolicyPack pack) {
    BudgetDefinition definition = pack.budgets().get(scheme);
    return definition == null || definition.levels().isEmpty()
        ? "the pack defines no levels for budget scheme " + scheme + " (add it under 'budgets')"
        : null;
  }

  @Override
  public Verdict judge(RequestCase c) {
    BudgetScheme asked = c.request().budget().scheme();
    if (asked != null && asked != scheme) return Verdict.PASS;
    Integer level = c.grant().level();
    if (level == null) {
      return Verdict.investigate("no " + scheme + " level was asked; the municipality sets it");
    }
    BudgetDefinition definition = c.pack().budgets().get(scheme);
    OptionalLong max = definition == null ? OptionalLong.empty() : definition.levelCents(level);
    if (max.isEmpty()) {
      return Verdict.reject("level " + level + " is not a " + scheme + " level of this region");
    }
    long maxCents = max.getAsLong();
    Long amount = c.grant().budgetCents();
    if (amount == null) {
      return Verdict.info(
          c.grant().withBudgetCents(maxCents),
          "budget of level " + level + ": " + Describe.money(maxCents));
    }
    if (amount <= maxCents) return Verdict.PASS;
    return Verdict.adjust(
        c.grant().withBudgetCents(maxCents),
        Describe.money(amount)
            + " is above level "
            + level
            + "'s "
            + Describe.money(maxCents)
            + "; adjusted to "
            + Describe.money(maxCents));
  }
}
