package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalBudgetTest {

  @ParameterizedTest(name = "{0} for {1}, amount {2} -> {3}, budget {4}")
  @CsvSource(
      textBlock =
          """
          # 45S01 has a signaalbudget of 250000 cents; 45B01 has none
          # scheme,      product, amount, expected, granted budget, mentions
          SIGNAALBUDGET, 45S01,   ,       INFO,     250000,         'signaalbudget of 45S01: € 2.500,00'
          SIGNAALBUDGET, 45S01,   249999, PASS,     ,
          SIGNAALBUDGET, 45S01,   250000, PASS,     ,
          SIGNAALBUDGET, 45S01,   250001, ADJUST,   250000,         '€ 2.500,01 is above the signaalbudget of € 2.500,00|maatwerk'
          SIGNAALBUDGET, 45S01,   0,      PASS,     ,
          SIGNAALBUDGET, 45B01,   ,       REJECT,   ,               product 45B01 has no signaalbudget
          SIGNAALBUDGET, 45B01,   100,    REJECT,   ,               product 45B01 has no signaalbudget
          MAATWERK,      45S01,   900000, PASS,     ,
          ,              45B01,   ,       PASS,     ,
          """)
  void grantsAtMostTheProductsSignalBudget(
      @Nullable BudgetScheme scheme,
      String product,
      @Nullable Long amount,
      String expected,
      @Nullable Long grantedBudget,
      @Nullable String mentions) {
    Requests request =
        Requests.initial().forProduct(product).withScheme(scheme).withAmountCents(amount);

    Verdict verdict = new SignalBudget().judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict))
        .isEqualTo(grantedBudget == null ? null : request.grant().withBudgetCents(grantedBudget));
  }

  @ParameterizedTest(name = "aspecific category {0} -> {1}")
  @CsvSource(
      textBlock =
          """
          45, REJECT, category 45 has no signaalbudget
          """)
  void refusesAnAspecificRequestWhichHasNoProductSignalBudget(
      String category, String expected, String mentions) {
    Verdict verdict =
        new SignalBudget()
            .judge(
                Requests.initial()
                    .forCategory(category)
                    .withScheme(BudgetScheme.SIGNAALBUDGET)
                    .toCase());

    assertVerdict(verdict, expected, mentions);
  }
}
