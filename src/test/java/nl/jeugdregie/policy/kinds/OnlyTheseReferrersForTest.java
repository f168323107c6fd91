package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnlyTheseReferrersForTest {

  private static OnlyTheseReferrersFor rule(Effect otherwise) {
    return new OnlyTheseReferrersFor(
        Set.of(ReferrerType.MUNICIPALITY, ReferrerType.CERTIFIED_INSTITUTION),
        Set.of(ReferrerType.JUDGE),
        otherwise);
  }

  @ParameterizedTest(name = "{0} with otherwise {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          MUNICIPALITY,          REJECT,      PASS,
          CERTIFIED_INSTITUTION, REJECT,      PASS,
          JUDGE,                 REJECT,      INVESTIGATE, JUDGE (08) may refer to product 45B01 only with the municipality
          GP,                    REJECT,      REJECT,      'GP (02)|may not refer to product 45B01|only MUNICIPALITY (01), CERTIFIED_INSTITUTION (04)|or JUDGE (08) with the municipality'
          MEDICAL_SPECIALIST,    REJECT,      REJECT,      MEDICAL_SPECIALIST (05)
          NONE,                  REJECT,      REJECT,      NONE (06)
          GP,                    INVESTIGATE, INVESTIGATE, 'GP (02)|MUNICIPALITY (01), CERTIFIED_INSTITUTION (04)'
          JUDGE,                 INVESTIGATE, INVESTIGATE, JUDGE (08)
          """)
  void refusesReferrersOutsideTheListAndRoutesTheInvestigateOnesToTheMunicipality(
      ReferrerType referrer, Effect otherwise, String expected, @Nullable String mentions) {
    Verdict verdict = rule(otherwise).judge(Requests.initial().referredBy(referrer).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "{0} for category 45 -> {1}")
  @CsvSource(
      textBlock =
          """
          CERTIFIED_INSTITUTION, PASS,
          YOUTH_DOCTOR,          REJECT, YOUTH_DOCTOR (03) may not refer to category 45
          """)
  void namesTheCategoryOfAnAspecificRequest(
      ReferrerType referrer, String expected, @Nullable String mentions) {
    Verdict verdict =
        rule(Effect.REJECT)
            .judge(Requests.initial().forCategory("45").referredBy(referrer).toCase());

    assertVerdict(verdict, expected, mentions);
  }

  @ParameterizedTest(name = "{0} without an investigate list -> {1}")
  @CsvSource(
      textBlock =
          """
          MUNICIPALITY, PASS,
          JUDGE,        REJECT, JUDGE (08) may not refer to product 45B01; only MUNICIPALITY (01)
          """)
  void refusesEveryOtherReferrerWhenNoneMayReferThroughTheMunicipality(
      ReferrerType referrer, String expected, @Nullable String mentions) {
    var rule =
        new OnlyTheseReferrersFor(Set.of(ReferrerType.MUNICIPALITY), Set.of(), Effect.REJECT);

    Verdict verdict = rule.judge(Requests.initial().referredBy(referrer).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(Requests.messageOf(verdict)).doesNotContain("with the municipality");
  }
}
