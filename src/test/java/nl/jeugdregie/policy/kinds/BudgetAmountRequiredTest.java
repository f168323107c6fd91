package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetAmountRequiredTest {

  @ParameterizedTest(name = "{0} amount {1}, effect {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # scheme,    amount, effect,      expected,    mentions
          OFFERTE,     ,       REJECT,      REJECT,      a OFFERTE budget must name its agreed amount|budget.amountCents
          OFFERTE,     0,      REJECT,      REJECT,      OFFERTE|budget.amountCents
          OFFERTE,     1,      REJECT,      PASS,
          OFFERTE,     250000, REJECT,      PASS,
          MAATWERK,    0,      REJECT,      REJECT,      a MAATWERK budget must name its agreed amount
          OFFERTE,     0,      INVESTIGATE, INVESTIGATE, OFFERTE|budget.amountCents
          KEUZEBUDGET, ,       REJECT,      PASS,
          ,            ,       REJECT,      PASS,
          """)
  void refusesAnAgreedBudgetWithoutAPositiveAmount(
      @Nullable BudgetScheme scheme,
      @Nullable Long amount,
      Effect effect,
      String expected,
      @Nullable String mentions) {
    var rule =
        new BudgetAmountRequired(Set.of(BudgetScheme.OFFERTE, BudgetScheme.MAATWERK), effect);

    Verdict verdict =
        rule.judge(Requests.initial().withScheme(scheme).withAmountCents(amount).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
