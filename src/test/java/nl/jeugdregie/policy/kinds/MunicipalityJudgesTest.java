package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityJudgesTest {

  @ParameterizedTest(name = "unlessPriorContact {0}, prior contact {1}, {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # unlessPriorContact, prior contact, referrer,     expected,    mentions
          false,                false,         GP,           INVESTIGATE, the municipality decides EXTENSION requests for product 45B01 itself
          false,                true,          GP,           INVESTIGATE, EXTENSION|45B01
          true,                 false,         GP,           INVESTIGATE, EXTENSION|45B01
          true,                 true,          GP,           PASS,
          false,                false,         JUDGE,        PASS,
          false,                true,          JUDGE,        PASS,
          true,                 false,         JUDGE,        PASS,
          false,                false,         MUNICIPALITY, INVESTIGATE, EXTENSION
          """)
  void investigatesUnlessPriorContactOrAnExemptReferrer(
      boolean unlessPriorContact,
      boolean priorContact,
      ReferrerType referrer,
      String expected,
      @Nullable String mentions) {
    var rule = new MunicipalityJudges(unlessPriorContact, Set.of(ReferrerType.JUDGE));

    Verdict verdict =
        rule.judge(
            Requests.extension().withPriorContact(priorContact).referredBy(referrer).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "{0} for category {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          CHANGE,  43, the municipality decides CHANGE requests for category 43 itself
          INITIAL, 45, INITIAL requests for category 45
          """)
  void namesTheRequestKindAndTheCategoryOfAnAspecificRequest(
      RequestKind kind, String category, String mentions) {
    Verdict verdict =
        new MunicipalityJudges(false, Set.of())
            .judge(Requests.initial().withKind(kind).forCategory(category).toCase());

    assertVerdict(verdict, "INVESTIGATE", mentions);
  }
}
