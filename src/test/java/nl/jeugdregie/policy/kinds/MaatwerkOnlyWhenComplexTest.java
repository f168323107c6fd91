package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaatwerkOnlyWhenComplexTest {

  @ParameterizedTest(name = "{0}, complex {1}, effect {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # scheme,      complex, effect,      expected,    mentions
          MAATWERK,      true,    INVESTIGATE, INFO,        maatwerkbudget from the start for very complex care
          MAATWERK,      false,   INVESTIGATE, INVESTIGATE, needs an evaluation with the referrer and a plan
          MAATWERK,      false,   REJECT,      REJECT,      needs an evaluation with the referrer and a plan
          MAATWERK,      true,    REJECT,      INFO,        very complex
          SIGNAALBUDGET, false,   INVESTIGATE, PASS,
          ,              false,   REJECT,      PASS,
          """)
  void allowsMaatwerkFromTheStartOnlyForComplexCare(
      @Nullable BudgetScheme scheme,
      boolean complex,
      Effect effect,
      String expected,
      @Nullable String mentions) {
    Verdict verdict =
        new MaatwerkOnlyWhenComplex(effect)
            .judge(Requests.initial().withScheme(scheme).withComplex(complex).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
