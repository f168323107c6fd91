package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaximumTotalVolumeTest {

  /** Twente vaktherapie: at most 2,200 minutes in total. */
  private static final MaximumTotalVolume CAP =
      new MaximumTotalVolume(2200, Unit.MINUTE, Effect.ADJUST);

  private static final Volume CAPPED = new Volume(2200, Unit.MINUTE, Frequency.TOTAL);

  @ParameterizedTest(name = "{0} {1} {2} from 2025-03-10 to {3} -> {4}")
  @CsvSource(
      textBlock =
          """
          # amount, unit,    frequency, period end, expected, mentions
          2200,     MINUTE,  TOTAL,     2026-03-09, PASS,
          2201,     MINUTE,  TOTAL,     2026-03-09, ADJUST,   2201 MINUTE in total asked; at most 2200 MINUTE
          100,      MINUTE,  PER_WEEK,  2025-08-10, PASS,
          100,      MINUTE,  PER_WEEK,  2025-08-11, ADJUST,   2300 MINUTE in total asked; at most 2200 MINUTE
          1100,     MINUTE,  PER_MONTH, 2025-04-30, PASS,
          1100,     MINUTE,  PER_MONTH, 2025-05-01, ADJUST,   3300 MINUTE in total asked
          200,      MINUTE,  PER_DAY,   2025-03-20, PASS,
          200,      MINUTE,  PER_DAY,   2025-03-21, ADJUST,   2400 MINUTE in total asked
          36,       HOUR,    TOTAL,     2026-03-09, PASS,
          37,       HOUR,    TOTAL,     2026-03-09, ADJUST,   2220 MINUTE in total asked; at most 2200 MINUTE
          9,        DAYPART, TOTAL,     2026-03-09, PASS,
          10,       DAYPART, TOTAL,     2026-03-09, ADJUST,   2400 MINUTE in total
          100,      MINUTE,  PER_WEEK,  ,           ADJUST,   an open-ended volume asked; at most 2200 MINUTE
          2201,     MINUTE,  TOTAL,     ,           ADJUST,   2201 MINUTE in total
          0,        MINUTE,  PER_WEEK,  ,           PASS,
          """)
  void capsTheTotalVolumeOverThePeriodAsATotal(
      long amount,
      Unit unit,
      Frequency frequency,
      @Nullable LocalDate end,
      String expected,
      @Nullable String mentions) {
    Requests request =
        Requests.initial()
            .withPeriod(Requests.PERIOD_START, end)
            .withVolume(amount, unit, frequency);

    Verdict verdict = CAP.judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict))
        .isEqualTo(expected.equals("ADJUST") ? request.grant().withVolume(CAPPED) : null);
  }

  @ParameterizedTest(name = "{0} minutes in total, effect {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          2200, REJECT,      PASS,
          2201, REJECT,      REJECT,      2201 MINUTE in total asked; at most 2200 MINUTE
          2201, INVESTIGATE, INVESTIGATE, 2201 MINUTE in total asked; at most 2200 MINUTE
          """)
  void refusesInsteadOfCappingWhenTheEffectSaysSo(
      long minutes, Effect effect, String expected, @Nullable String mentions) {
    Verdict verdict =
        new MaximumTotalVolume(2200, Unit.MINUTE, effect)
            .judge(Requests.initial().withVolume(minutes, Unit.MINUTE, Frequency.TOTAL).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "{0} {1} against a cap in {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # a volume that is not time cannot be compared with a cap in time, nor the other way round
          100,  EUROS,  MINUTE, INVESTIGATE, the volume in EUROS cannot be compared with the cap in MINUTE
          100,  MINUTE, EUROS,  INVESTIGATE, the volume in MINUTE cannot be compared with the cap in EUROS
          2200, EUROS,  EUROS,  PASS,
          2201, EUROS,  EUROS,  ADJUST,      2201 EUROS in total asked; at most 2200 EUROS
          """)
  void investigatesAVolumeInAnIncomparableUnit(
      long amount, Unit unit, Unit capUnit, String expected, @Nullable String mentions) {
    Requests request = Requests.initial().withVolume(amount, unit, Frequency.TOTAL);

    Verdict verdict = new MaximumTotalVolume(2200, capUnit, Effect.ADJUST).judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict))
        .isEqualTo(
            expected.equals("ADJUST")
                ? request.grant().withVolume(new Volume(2200, capUnit, Frequency.TOTAL))
                : null);
  }
}
