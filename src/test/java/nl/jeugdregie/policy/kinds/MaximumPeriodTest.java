package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.DateRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaximumPeriodTest {

  @ParameterizedTest(name = "max {0}: {1}..{2} -> {3}, ends {4}")
  @CsvSource(
      textBlock =
          """
          # max, start,      end,        expected, capped end, mentions
          P1Y,   2025-03-10, 2026-03-09, PASS,     ,
          P1Y,   2025-03-10, 2026-03-10, ADJUST,   2026-03-09, the period 2025-03-10..2026-03-10 is longer than P1Y; it ends on 2026-03-09
          P1Y,   2025-03-10, ,           ADJUST,   2026-03-09, the period 2025-03-10.. is longer than P1Y; it ends on 2026-03-09
          P1Y,   2024-02-29, 2025-02-28, PASS,     ,
          P1Y,   2024-02-29, 2025-03-01, ADJUST,   2025-02-28, it ends on 2025-02-28
          P1M,   2025-03-31, 2025-04-30, PASS,     ,
          P1M,   2025-03-31, 2025-05-01, ADJUST,   2025-04-30, longer than P1M; it ends on 2025-04-30
          P6W,   2025-03-10, 2025-04-20, PASS,     ,
          P6W,   2025-03-10, 2025-04-21, ADJUST,   2025-04-20, longer than P42D; it ends on 2025-04-20
          P6M,   2025-01-31, 2025-07-30, PASS,     ,
          P6M,   2025-01-31, 2025-07-31, ADJUST,   2025-07-30, longer than P6M; it ends on 2025-07-30
          P1D,   2025-03-10, 2025-03-10, PASS,     ,
          P1D,   2025-03-10, 2025-03-11, ADJUST,   2025-03-10, it ends on 2025-03-10
          """)
  void capsThePeriodAtStartPlusMaximumMinusOneDay(
      Period max,
      LocalDate start,
      @Nullable LocalDate end,
      String expected,
      @Nullable LocalDate cappedEnd,
      @Nullable String mentions) {
    Requests request = Requests.initial().withPeriod(start, end);

    Verdict verdict = new MaximumPeriod(max, Effect.ADJUST).judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict))
        .isEqualTo(
            cappedEnd == null ? null : request.grant().withPeriod(DateRange.of(start, cappedEnd)));
  }

  @ParameterizedTest(name = "effect {0}, ending {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          REJECT,      2026-03-09, PASS,
          REJECT,      2026-03-10, REJECT,      longer than P1Y; it ends on 2026-03-09
          INVESTIGATE, 2026-03-10, INVESTIGATE, longer than P1Y
          INVESTIGATE, ,           INVESTIGATE, the period 2025-03-10.. is longer than P1Y
          """)
  void refusesInsteadOfCappingWhenTheEffectSaysSo(
      Effect effect, @Nullable LocalDate end, String expected, @Nullable String mentions) {
    Verdict verdict =
        new MaximumPeriod(Period.ofYears(1), effect)
            .judge(Requests.initial().withPeriod(Requests.PERIOD_START, end).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
