package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static nl.jeugdregie.policy.kinds.Requests.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Scope;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaatwerkAfterEvaluationTest {

  private static final MaatwerkAfterEvaluation RULE = new MaatwerkAfterEvaluation(Effect.REJECT);

  /** The test pack with Amstelveen/Aalsmeer's usage signal at 75% (004 'Signaalbudgetten'). */
  private static final PolicyPack PACK = withUsageSignal(new BigDecimal("0.75"));

  @ParameterizedTest(name = "{0} {1}, complex {2}: {4} of {3} used, evaluated {5} -> {6}")
  @CsvSource(
      textBlock =
          """
          # kind,    scheme,        complex, budget, used,   evaluated,  expected, mentions
          CHANGE,    MAATWERK,      false,   450000, 337500, 2025-02-25, INFO,     maatwerk after the evaluation of 2025-02-25 on plan PLAN-7
          EXTENSION, MAATWERK,      false,   450000, 450000, 2025-02-25, INFO,
          CHANGE,    MAATWERK,      false,   450000, 337499, 2025-02-25, REJECT,   at 75% use of the signaalbudget|used € 3.374,99 of € 4.500,00
          CHANGE,    MAATWERK,      false,   450000, 400000, ,           REJECT,   evaluation with the referrer and the provider's plan|plan.evaluatedOn
          CHANGE,    MAATWERK,      false,   450000, ,       2025-02-25, REJECT,   use of the current signaalbudget is not known|current.usedCents
          CHANGE,    MAATWERK,      false,   ,       100,    2025-02-25, REJECT,   current.budgetCents
          CHANGE,    MAATWERK,      true,    450000, 0,      ,           PASS,
          INITIAL,   MAATWERK,      false,   ,       ,       ,           PASS,
          CHANGE,    SIGNAALBUDGET, false,   450000, 0,      ,           PASS,
          """)
  void grantsMaatwerkOnlyAfterTheEvaluationAtTheThreshold(
      RequestKind kind,
      BudgetScheme scheme,
      boolean complex,
      @Nullable Long budget,
      @Nullable Long used,
      @Nullable String evaluated,
      String expected,
      @Nullable String mentions) {
    Verdict verdict =
        RULE.judge(
            Requests.initial()
                .withKind(kind)
                .withScheme(scheme)
                .withComplex(complex)
                .withCurrentUse(budget, used)
                .withPlan(
                    new DecisionRequest.Plan(
                        "PLAN-7", null, evaluated == null ? null : date(evaluated)))
                .inPack(PACK)
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "threshold {0}: {1} of 1000 used -> {2}")
  @CsvSource({"0.50, 500, INFO", "0.50, 499, REJECT", "0.90, 899, REJECT", "0.90, 900, INFO"})
  void readsTheThresholdFromThePacksUsageSignal(String threshold, long used, String expected) {
    Verdict verdict =
        new MaatwerkAfterEvaluation(Effect.INVESTIGATE)
            .judge(
                Requests.change()
                    .withScheme(BudgetScheme.MAATWERK)
                    .withCurrentUse(1000L, used)
                    .withPlan(new DecisionRequest.Plan("P", null, date("2025-02-25")))
                    .inPack(withUsageSignal(new BigDecimal(threshold)))
                    .toCase());

    assertVerdict(verdict, expected.equals("REJECT") ? "INVESTIGATE" : expected, null);
  }

  @org.junit.jupiter.api.Test
  void needsAUsageSignalInItsPack() {
    assertThat(RULE.problemWith(Requests.pack(Requests.BUDGETS))).contains("UsageSignal");
    assertThat(RULE.problemWith(PACK)).isNull();
  }

  private static PolicyPack withUsageSignal(BigDecimal threshold) {
    PolicyPack base = Requests.pack(Requests.BUDGETS);
    PackRule signal =
        new PackRule(
            "R-AAA-2",
            "UsageSignal",
            new UsageSignal(threshold),
            new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
            "004",
            false,
            null,
            1);
    return new PolicyPack(
        base.id(),
        base.name(),
        base.validFrom(),
        base.validTo(),
        base.sources(),
        base.municipalities(),
        base.products(),
        base.aspecific(),
        base.budgets(),
        List.of(signal),
        List.of(),
        base.origin());
  }
}
