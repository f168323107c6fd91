package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferralLetterValidityTest {

  private static final Set<ReferrerType> MEDICAL =
      Set.of(ReferrerType.GP, ReferrerType.YOUTH_DOCTOR, ReferrerType.MEDICAL_SPECIALIST);

  @ParameterizedTest(name = "letter {0} valid {1}, care from {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # letter,   validFor, care start, expected, mentions
          2024-03-10, P1Y,      2025-03-09, PASS,
          2024-03-10, P1Y,      2025-03-10, REJECT, care starts on 2025-03-10|letter of 2024-03-10|valid until 2025-03-09|new referral
          2024-03-10, P1Y,      2024-03-10, PASS,
          # the anniversary of a letter of 29 February is 1 March: the last valid day is 28 February
          2024-02-29, P1Y,      2025-02-28, PASS,
          2024-02-29, P1Y,      2025-03-01, REJECT, letter of 2024-02-29|valid until 2025-02-28
          2024-08-31, P6M,      2025-02-28, PASS,
          2024-08-31, P6M,      2025-03-01, REJECT, valid until 2025-02-28
          2025-01-31, P6M,      2025-07-30, PASS,
          2025-01-31, P6M,      2025-07-31, REJECT, care starts on 2025-07-31|valid until 2025-07-30
          2025-03-01, P6W,      2025-04-11, PASS,
          2025-03-01, P6W,      2025-04-12, REJECT, valid until 2025-04-11
          """)
  void refusesCareStartingAfterTheLastValidDayOfTheLetter(
      LocalDate letter,
      Period validFor,
      LocalDate careStart,
      String expected,
      @Nullable String mentions) {
    var rule = new ReferralLetterValidity(MEDICAL, validFor, Effect.REJECT);

    Verdict verdict =
        rule.judge(
            Requests.initial()
                .withLetterDate(letter)
                .withPeriod(careStart, careStart.plusMonths(6))
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "period from {0}, care started {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          # period start, careStartedOn, expected, mentions
          2025-03-10,     2025-03-09,    PASS,
          2025-03-01,     2025-03-10,    REJECT, care starts on 2025-03-10|valid until 2025-03-09
          2025-03-10,     ,              REJECT, care starts on 2025-03-10
          2025-03-09,     ,              PASS,
          """)
  void countsTheStatedCareStartBeforeThePeriodStart(
      LocalDate periodStart,
      @Nullable LocalDate careStartedOn,
      String expected,
      @Nullable String mentions) {
    var rule = new ReferralLetterValidity(MEDICAL, Period.ofYears(1), Effect.REJECT);

    Verdict verdict =
        rule.judge(
            Requests.extension()
                .withLetterDate(LocalDate.of(2024, 3, 10))
                .withPeriod(periodStart, LocalDate.of(2025, 12, 31))
                .withCareStartedOn(careStartedOn)
                .toCase());

    assertVerdict(verdict, expected, mentions);
  }

  @ParameterizedTest(name = "{0}, letter {1}, effect {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # referrer,           letter,     effect,      expected,    mentions
          GP,                   ,           REJECT,      REJECT,      GP (02) needs the letter
          MEDICAL_SPECIALIST,   ,           INVESTIGATE, INVESTIGATE, MEDICAL_SPECIALIST (05) needs the letter
          YOUTH_DOCTOR,         2024-03-10, INVESTIGATE, INVESTIGATE, valid until 2025-03-09
          MUNICIPALITY,         ,           REJECT,      PASS,
          CERTIFIED_INSTITUTION, 2020-01-01, REJECT,     PASS,
          """)
  void treatsAMissingLetterDateAsInvalidOnlyForTheListedReferrers(
      ReferrerType referrer,
      @Nullable LocalDate letter,
      Effect effect,
      String expected,
      @Nullable String mentions) {
    var rule = new ReferralLetterValidity(MEDICAL, Period.ofYears(1), effect);

    Verdict verdict =
        rule.judge(
            Requests.initial()
                .referredBy(referrer)
                .withLetterDate(letter)
                .withPeriod(LocalDate.of(2025, 3, 10), null)
                .toCase());

    assertVerdict(verdict, expected, mentions);
  }
}
