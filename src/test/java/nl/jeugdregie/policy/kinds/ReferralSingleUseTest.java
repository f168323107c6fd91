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

class ReferralSingleUseTest {

  @ParameterizedTest(name = "{0}, used before {1}, effect {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # referrer,         used before, effect,      expected,    mentions
          GP,                 false,       REJECT,      PASS,
          GP,                 true,        REJECT,      REJECT,      used before|can be used once
          MEDICAL_SPECIALIST, true,        REJECT,      REJECT,      used before
          YOUTH_DOCTOR,       true,        INVESTIGATE, INVESTIGATE, used before|can be used once
          YOUTH_DOCTOR,       false,       INVESTIGATE, PASS,
          MUNICIPALITY,       true,        REJECT,      PASS,
          JUDGE,              true,        REJECT,      PASS,
          """)
  void refusesALetterOfTheListedReferrersTheSecondTime(
      ReferrerType referrer,
      boolean usedBefore,
      Effect effect,
      String expected,
      @Nullable String mentions) {
    var rule =
        new ReferralSingleUse(
            Set.of(ReferrerType.GP, ReferrerType.YOUTH_DOCTOR, ReferrerType.MEDICAL_SPECIALIST),
            effect);

    Verdict verdict =
        rule.judge(
            Requests.initial().referredBy(referrer).withLetterUsedBefore(usedBefore).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
