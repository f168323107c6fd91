package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.jeugdregie.policy.BudgetDefinition;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetWithinLevelTest {

  private static final BudgetWithinLevel RULE = new BudgetWithinLevel(BudgetScheme.KEUZEBUDGET);

  @ParameterizedTest(name = "{0} level {1} amount {2} -> {3}, budget {4}")
  @CsvSource(
      textBlock =
          """
          # levels: 1 = 75000, 2 = 150000, 3 = 300000 cents
          # scheme,    level, amount, expected,    granted budget, mentions
          KEUZEBUDGET, 2,     ,       INFO,        150000,         'budget of level 2: € 1.500,00'
          KEUZEBUDGET, 2,     149999, PASS,        ,
          KEUZEBUDGET, 2,     150000, PASS,        ,
          KEUZEBUDGET, 2,     150001, ADJUST,      150000,         '€ 1.500,01 is above level 2|€ 1.500,00|adjusted to € 1.500,00'
          KEUZEBUDGET, 1,     75001,  ADJUST,      75000,          '€ 750,01 is above level 1|adjusted to € 750,00'
          KEUZEBUDGET, 3,     300000, PASS,        ,
          KEUZEBUDGET, 3,     300001, ADJUST,      300000,         '€ 3.000,01|€ 3.000,00'
          KEUZEBUDGET, 4,     100,    REJECT,      ,               level 4 is not a KEUZEBUDGET level
          KEUZEBUDGET, 0,     ,       REJECT,      ,               level 0 is not a KEUZEBUDGET level
          KEUZEBUDGET, ,      100,    INVESTIGATE, ,               no KEUZEBUDGET level was asked
          ,            1,     ,       INFO,        75000,          'budget of level 1: € 750,00'
          ,            1,     75001,  ADJUST,      75000,          € 750,01 is above level 1
          OFFERTE,     9,     999999, PASS,        ,
          SIGNAALBUDGET, ,    ,       PASS,        ,
          """)
  void grantsAtMostTheAmountOfTheLevel(
      @Nullable BudgetScheme scheme,
      @Nullable Integer level,
      @Nullable Long amount,
      String expected,
      @Nullable Long grantedBudget,
      @Nullable String mentions) {
    Requests request =
        Requests.initial().withScheme(scheme).withLevel(level).withAmountCents(amount);

    Verdict verdict = RULE.judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict))
        .isEqualTo(grantedBudget == null ? null : request.grant().withBudgetCents(grantedBudget));
  }

  @ParameterizedTest(name = "budgets {0} -> problem {1}")
  @CsvSource(
      textBlock =
          """
          NONE,        true
          NO_LEVELS,   true
          WITH_LEVELS, false
          """)
  void needsThePackToDefineTheSchemesLevels(String budgets, boolean problem) {
    Map<BudgetScheme, BudgetDefinition> defined =
        switch (budgets) {
          case "NONE" -> Map.of();
          case "NO_LEVELS" ->
              Map.of(
                  BudgetScheme.KEUZEBUDGET,
                  new BudgetDefinition(BudgetScheme.KEUZEBUDGET, "001", Map.of(), false));
          default -> Requests.BUDGETS;
        };

    String found = RULE.problemWith(Requests.pack(defined));

    if (problem) {
      assertThat(found).contains("no levels for budget scheme KEUZEBUDGET").contains("budgets");
    } else {
      assertThat(found).isNull();
    }
  }

  @Test
  void refusesALevelWhenThePackHasNoSuchScheme() {
    Verdict verdict =
        RULE.judge(
            Requests.initial()
                .inPack(Requests.pack(Map.of()))
                .withScheme(BudgetScheme.KEUZEBUDGET)
                .withLevel(1)
                .toCase());

    assertVerdict(verdict, "REJECT", "level 1 is not a KEUZEBUDGET level");
  }
}
