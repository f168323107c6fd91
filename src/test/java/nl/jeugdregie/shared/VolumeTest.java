package nl.jeugdregie.shared;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VolumeTest {

  private static DateRange range(String start, @Nullable String end) {
    return DateRange.of(parse(start), end == null ? null : parse(end));
  }

  @Test
  void a_negative_amount_is_refused() {
    assertThatThrownBy(() -> new Volume(-1, Unit.HOUR, Frequency.PER_WEEK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @ParameterizedTest(name = "{0} .. {1}: {2} days")
  @CsvSource({
    "2025-03-10, 2025-03-10, 1",
    "2025-03-10, 2025-03-16, 7",
    "2025-01-01, 2025-12-31, 365",
    "2024-01-01, 2024-12-31, 366"
  })
  void per_day_counts_every_day_of_the_range_ends_included(String start, String end, long days) {
    assertThat(new Volume(2, Unit.HOUR, Frequency.PER_DAY).totalOver(range(start, end)))
        .isEqualTo(2 * days);
  }

  @ParameterizedTest(name = "{0} .. {1}: {2} weeks begun")
  @CsvSource({
    "2025-03-10, 2025-03-10, 1", // one day begins a week
    "2025-03-10, 2025-03-16, 1", // exactly seven days
    "2025-03-10, 2025-03-17, 2", // eight days begin a second week
    "2025-03-12, 2025-03-25, 2", // fourteen days, not aligned to Monday
    "2025-03-10, 2025-03-24, 3", // fifteen days
    "2025-01-01, 2025-12-31, 53" // 365 days = 52 weeks and a day
  })
  void per_week_counts_the_weeks_begun(String start, String end, long weeks) {
    assertThat(new Volume(3, Unit.HOUR, Frequency.PER_WEEK).totalOver(range(start, end)))
        .isEqualTo(3 * weeks);
  }

  @ParameterizedTest(name = "{0} .. {1}: {2} months touched")
  @CsvSource({
    "2025-03-10, 2025-03-20, 1", // within one month
    "2025-03-01, 2025-03-31, 1", // a whole month
    "2025-01-31, 2025-02-01, 2", // two days in two months
    "2025-03-10, 2026-03-09, 13", // a year not starting on the 1st touches 13 months
    "2025-01-01, 2025-12-31, 12",
    "2025-12-15, 2026-01-15, 2" // over the turn of the year
  })
  void per_month_counts_the_calendar_months_touched(String start, String end, long months) {
    assertThat(new Volume(10, Unit.HOUR, Frequency.PER_MONTH).totalOver(range(start, end)))
        .isEqualTo(10 * months);
  }

  @Test
  void a_total_is_the_amount_whatever_the_range() {
    Volume total = new Volume(40, Unit.HOUR, Frequency.TOTAL);
    assertThat(total.totalOver(range("2025-03-10", "2025-03-10"))).isEqualTo(40);
    assertThat(total.totalOver(range("2025-03-10", "2026-03-09"))).isEqualTo(40);
    assertThat(total.totalOver(range("2025-03-10", null))).isEqualTo(40);
  }

  @ParameterizedTest
  @EnumSource(
      value = Frequency.class,
      names = {"PER_DAY", "PER_WEEK", "PER_MONTH"})
  void a_recurring_volume_over_an_open_ended_range_is_unbounded(Frequency frequency) {
    assertThat(new Volume(1, Unit.HOUR, frequency).totalOver(range("2025-03-10", null)))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(
            new Volume(1, Unit.HOUR, frequency).totalOver(range("2025-03-10", null), Unit.MINUTE))
        .isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @EnumSource(Frequency.class)
  void a_zero_volume_over_an_open_ended_range_is_zero(Frequency frequency) {
    assertThat(new Volume(0, Unit.HOUR, frequency).totalOver(range("2025-03-10", null))).isZero();
  }

  @Test
  void hours_convert_to_minutes() {
    Volume twoHoursADay = new Volume(2, Unit.HOUR, Frequency.PER_DAY);
    DateRange week = range("2025-03-10", "2025-03-16");
    assertThat(twoHoursADay.totalOver(week, Unit.HOUR)).isEqualTo(14);
    assertThat(twoHoursADay.totalOver(week, Unit.MINUTE)).isEqualTo(14 * 60);
  }

  @Test
  void minutes_convert_to_hours() {
    Volume ninetyMinutesAWeek = new Volume(90, Unit.MINUTE, Frequency.PER_WEEK);
    assertThat(ninetyMinutesAWeek.totalOver(range("2025-03-10", "2025-03-23"), Unit.HOUR))
        .isEqualTo(3);
  }

  @Test
  void dayparts_and_days_convert_as_4_and_24_hours() {
    DateRange fiveDays = range("2025-03-10", "2025-03-14");
    assertThat(new Volume(1, Unit.DAYPART, Frequency.PER_DAY).totalOver(fiveDays, Unit.HOUR))
        .isEqualTo(20);
    assertThat(new Volume(1, Unit.DAY, Frequency.PER_DAY).totalOver(fiveDays, Unit.HOUR))
        .isEqualTo(120);
    assertThat(new Volume(6, Unit.DAYPART, Frequency.TOTAL).totalOver(fiveDays, Unit.DAY))
        .isEqualTo(1);
  }

  @Test
  void a_unit_that_is_not_time_converts_only_to_itself() {
    DateRange month = range("2025-03-01", "2025-03-31");
    assertThat(new Volume(250, Unit.EUROS, Frequency.PER_MONTH).totalOver(month, Unit.EUROS))
        .isEqualTo(250);
    assertThatThrownBy(
            () -> new Volume(3, Unit.OUTPUT, Frequency.TOTAL).totalOver(month, Unit.MINUTE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OUTPUT")
        .hasMessageContaining("MINUTE");
    assertThatThrownBy(() -> new Volume(3, Unit.HOUR, Frequency.TOTAL).totalOver(month, Unit.EUROS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Volume(3, Unit.EFFORT, Frequency.TOTAL).totalOver(month, Unit.OUTPUT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_total_that_overflows_saturates_at_long_max_value() {
    assertThat(
            new Volume(Long.MAX_VALUE, Unit.MINUTE, Frequency.PER_DAY)
                .totalOver(range("2025-03-10", "2025-03-12")))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(
            new Volume(1L << 62, Unit.MINUTE, Frequency.PER_DAY)
                .totalOver(range("2025-03-10", "2025-03-13")))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(
            new Volume(Long.MAX_VALUE / 2, Unit.HOUR, Frequency.PER_WEEK)
                .totalOver(range("2025-01-01", "2025-12-31")))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(
            new Volume(Long.MAX_VALUE / 100, Unit.HOUR, Frequency.PER_DAY)
                .totalOver(DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(3000, 1, 1))))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void a_total_just_below_overflow_is_exact() {
    long amount = Long.MAX_VALUE / 7;
    assertThat(
            new Volume(amount, Unit.MINUTE, Frequency.PER_DAY)
                .totalOver(range("2025-03-10", "2025-03-16")))
        .isEqualTo(amount * 7);
  }

  @Test
  void to_string_shows_amount_unit_and_frequency() {
    assertThat(new Volume(3, Unit.HOUR, Frequency.PER_WEEK)).hasToString("3 HOUR PER_WEEK");
  }
}
