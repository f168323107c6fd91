package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.policy.BudgetKind;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetKindRequiredTest {

  @ParameterizedTest(name = "{0} {1} ending {2}, effect {3} -> {4}")
  @CsvSource(
      textBlock =
          """
          # scheme,    kind,     period end, effect,      expected,    mentions
          KEUZEBUDGET, ,         2025-12-31, REJECT,      REJECT,      a KEUZEBUDGET budget must say HERSTEL or DUURZAAM|budget.kind
          KEUZEBUDGET, HERSTEL,  ,           REJECT,      REJECT,      a HERSTEL budget has an end|period.end
          KEUZEBUDGET, HERSTEL,  2025-03-10, REJECT,      PASS,
          KEUZEBUDGET, DUURZAAM, ,           REJECT,      PASS,
          KEUZEBUDGET, DUURZAAM, 2026-03-09, REJECT,      PASS,
          KEUZEBUDGET, ,         ,           INVESTIGATE, INVESTIGATE, HERSTEL or DUURZAAM
          KEUZEBUDGET, HERSTEL,  ,           INVESTIGATE, INVESTIGATE, period.end
          OFFERTE,     ,         ,           REJECT,      PASS,
          ,            HERSTEL,  ,           REJECT,      PASS,
          """)
  void needsTheBudgetKindAndAnEndForHerstel(
      @Nullable BudgetScheme scheme,
      @Nullable BudgetKind kind,
      @Nullable LocalDate end,
      Effect effect,
      String expected,
      @Nullable String mentions) {
    var rule = new BudgetKindRequired(Set.of(BudgetScheme.KEUZEBUDGET), effect);

    Verdict verdict =
        rule.judge(
            Requests.initial()
                .withScheme(scheme)
                .withBudgetKind(kind)
                .withPeriod(Requests.PERIOD_START, end)
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
