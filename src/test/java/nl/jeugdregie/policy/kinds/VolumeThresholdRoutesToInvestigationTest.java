package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeThresholdRoutesToInvestigationTest {

  /** Twente 'Behandeling individueel': more than 6,000 minutes or longer than 1 year. */
  private static final VolumeThresholdRoutesToInvestigation TWENTE =
      new VolumeThresholdRoutesToInvestigation(6000, Unit.MINUTE, Period.ofYears(1), true);

  @ParameterizedTest(name = "{0} {1} {2} over 2025-03-10..2026-03-09 -> {3}")
  @CsvSource(
      textBlock =
          """
          # the period is one year (365 days, 53 weeks begun, 13 months touched)
          # amount, unit,    frequency, expected,    mentions
          6000,     MINUTE,  TOTAL,     PASS,
          6001,     MINUTE,  TOTAL,     INVESTIGATE, expected effort of 6001 MINUTE is more than 6000|without prior contact
          100,      HOUR,    TOTAL,     PASS,
          101,      HOUR,    TOTAL,     INVESTIGATE, 6060 MINUTE is more than 6000
          25,       DAYPART, TOTAL,     PASS,
          26,       DAYPART, TOTAL,     INVESTIGATE, 6240 MINUTE is more than 6000
          113,      MINUTE,  PER_WEEK,  PASS,
          114,      MINUTE,  PER_WEEK,  INVESTIGATE, 6042 MINUTE is more than 6000
          461,      MINUTE,  PER_MONTH, PASS,
          462,      MINUTE,  PER_MONTH, INVESTIGATE, 6006 MINUTE is more than 6000
          16,       MINUTE,  PER_DAY,   PASS,
          17,       MINUTE,  PER_DAY,   INVESTIGATE, 6205 MINUTE is more than 6000
          0,        MINUTE,  PER_DAY,   PASS,
          100,      EUROS,   TOTAL,     INVESTIGATE, the volume is in EUROS|cannot be compared with 6000 MINUTE
          """)
  void investigatesAboveTheMinuteThresholdWithoutPriorContact(
      long amount, Unit unit, Frequency frequency, String expected, @Nullable String mentions) {
    Verdict verdict = TWENTE.judge(Requests.initial().withVolume(amount, unit, frequency).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "period ending {0} -> {1}")
  @CsvSource(
      textBlock =
          """
          # from 2025-03-10; the last day of one year is 2026-03-09
          2026-03-09, PASS,
          2026-03-10, INVESTIGATE, the period 2025-03-10..2026-03-10 is longer than P1Y|without prior contact
          ,           INVESTIGATE, the period 2025-03-10.. is longer than P1Y
          2025-03-10, PASS,
          """)
  void investigatesAPeriodLongerThanTheMaximum(
      @Nullable LocalDate end, String expected, @Nullable String mentions) {
    Verdict verdict =
        TWENTE.judge(
            Requests.initial()
                .withPeriod(Requests.PERIOD_START, end)
                .withVolume(100, Unit.MINUTE, Frequency.TOTAL)
                .toCase());

    assertVerdict(verdict, expected, mentions);
  }

  @ParameterizedTest(name = "unlessPriorContact {0}, contact {1}, {2} minutes ending {3} -> {4}")
  @CsvSource(
      textBlock =
          """
          # unless, contact, minutes, end,        expected,    mentions
          true,     true,    6001,    2026-03-09, INFO,        6001 MINUTE is more than 6000; provider and municipality had contact first
          true,     true,    6000,    2026-03-10, INFO,        longer than P1Y; provider and municipality had contact first
          true,     true,    6000,    2026-03-09, PASS,
          true,     false,   6001,    2026-03-09, INVESTIGATE, without prior contact
          false,    true,    6001,    2026-03-09, INVESTIGATE, 6001 MINUTE is more than 6000 without prior contact
          false,    true,    6000,    2026-03-10, INVESTIGATE, longer than P1Y without prior contact
          false,    true,    6000,    2026-03-09, PASS,
          """)
  void letsPriorContactPassAboveTheThresholdWithAnInfo(
      boolean unlessPriorContact,
      boolean priorContact,
      long minutes,
      LocalDate end,
      String expected,
      @Nullable String mentions) {
    var rule =
        new VolumeThresholdRoutesToInvestigation(
            6000, Unit.MINUTE, Period.ofYears(1), unlessPriorContact);

    Verdict verdict =
        rule.judge(
            Requests.initial()
                .withPriorContact(priorContact)
                .withPeriod(Requests.PERIOD_START, end)
                .withVolume(minutes, Unit.MINUTE, Frequency.TOTAL)
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
