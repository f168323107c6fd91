package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static nl.jeugdregie.policy.kinds.Requests.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRequest.ParallelBudget;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.DateRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoParallelBudgetsTest {

  /**
   * IJsselland 001 §4.2.1.5.4 reason 4: no two keuzebudgetten (standard or offerte) side by side.
   */
  private static final NoParallelBudgets RULE =
      new NoParallelBudgets(
          Set.of(BudgetScheme.KEUZEBUDGET, BudgetScheme.OFFERTE), Effect.INVESTIGATE);

  @ParameterizedTest(name = "{0} asking {1}; other {2} {3}..{4} -> {5}")
  @CsvSource(
      textBlock =
          """
          # kind,    asked,              other scheme,  other start, other end,  expected,    mentions
          INITIAL,   KEUZEBUDGET,        KEUZEBUDGET,   2025-01-01,  2025-03-10, INVESTIGATE, already has a KEUZEBUDGET at provider 87654321|access team's consent|reason 4
          INITIAL,   KEUZEBUDGET,        OFFERTE,       2025-06-01,  ,           INVESTIGATE, OFFERTE
          INITIAL,   OFFERTE,            KEUZEBUDGET,   2026-03-09,  2026-12-31, INVESTIGATE,
          CHANGE,    ,                   KEUZEBUDGET,   2025-01-01,  2025-12-31, INVESTIGATE,
          EXTENSION, KEUZEBUDGET,        KEUZEBUDGET,   2025-01-01,  2025-12-31, INVESTIGATE,
          INITIAL,   KEUZEBUDGET,        KEUZEBUDGET,   2025-01-01,  2025-03-09, PASS,
          INITIAL,   KEUZEBUDGET,        KEUZEBUDGET,   2026-03-10,  ,           PASS,
          INITIAL,   KEUZEBUDGET,        SIGNAALBUDGET, 2025-01-01,  ,           PASS,
          INITIAL,   INTERVENTION_LEVEL, KEUZEBUDGET,   2025-01-01,  ,           PASS,
          """)
  void sendsASecondBudgetForTheSamePeriodToTheAccessTeam(
      RequestKind kind,
      @Nullable BudgetScheme asked,
      BudgetScheme otherScheme,
      String otherStart,
      @Nullable String otherEnd,
      String expected,
      @Nullable String mentions) {
    ParallelBudget other =
        new ParallelBudget(
            "87654321",
            otherScheme,
            DateRange.of(date(otherStart), otherEnd == null ? null : date(otherEnd)));
    Verdict verdict =
        RULE.judge(
            Requests.initial()
                .withKind(kind)
                .withScheme(asked)
                .withParallelBudgets(List.of(other))
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "effect {0}")
  @CsvSource({"REJECT", "INVESTIGATE"})
  void refusesWithTheConfiguredEffectAndPassesWithoutOtherBudgets(Effect effect) {
    NoParallelBudgets rule = new NoParallelBudgets(Set.of(BudgetScheme.KEUZEBUDGET), effect);
    ParallelBudget other =
        new ParallelBudget(
            "87654321", BudgetScheme.KEUZEBUDGET, DateRange.of(date("2025-01-01"), null));

    assertVerdict(
        rule.judge(Requests.initial().withParallelBudgets(List.of(other)).toCase()),
        effect.name(),
        null);
    assertVerdict(rule.judge(Requests.initial().toCase()), "PASS", null);
  }
}
