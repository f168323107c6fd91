package nl.jeugdregie.shared;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DateRangeTest {

  private static final Period ONE_YEAR = Period.ofYears(1);

  @Test
  void the_constructor_refuses_an_end_before_the_start() {
    assertThatThrownBy(() -> DateRange.of(parse("2025-03-10"), parse("2025-03-09")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-03-09")
        .hasMessageContaining("2025-03-10");
  }

  @Test
  void a_range_of_a_single_day_is_allowed_and_lasts_one_day() {
    DateRange day = DateRange.of(parse("2025-03-10"), parse("2025-03-10"));
    assertThat(day.days()).isEqualTo(1);
    assertThat(day.contains(parse("2025-03-10"))).isTrue();
  }

  @Test
  void days_counts_both_ends() {
    assertThat(DateRange.of(parse("2025-01-01"), parse("2025-12-31")).days()).isEqualTo(365);
    assertThat(DateRange.of(parse("2024-01-01"), parse("2024-12-31")).days()).isEqualTo(366);
    assertThat(DateRange.of(parse("2025-02-01"), parse("2025-02-28")).days()).isEqualTo(28);
  }

  @Test
  void contains_includes_both_ends_and_nothing_outside() {
    DateRange range = DateRange.of(parse("2025-03-10"), parse("2025-03-20"));
    assertThat(range.contains(parse("2025-03-09"))).isFalse();
    assertThat(range.contains(parse("2025-03-10"))).isTrue();
    assertThat(range.contains(parse("2025-03-15"))).isTrue();
    assertThat(range.contains(parse("2025-03-20"))).isTrue();
    assertThat(range.contains(parse("2025-03-21"))).isFalse();
  }

  @Test
  void an_open_ended_range_has_no_end_and_lasts_forever() {
    DateRange open = DateRange.of(parse("2025-03-10"), null);
    assertThat(open.isOpenEnded()).isTrue();
    assertThat(open.end()).isNull();
    assertThat(open.days()).isEqualTo(Long.MAX_VALUE);
    assertThat(open.contains(parse("2025-03-09"))).isFalse();
    assertThat(open.contains(parse("2025-03-10"))).isTrue();
    assertThat(open.contains(parse("2999-12-31"))).isTrue();
    assertThat(DateRange.of(parse("2025-03-10"), parse("2025-03-10")).isOpenEnded()).isFalse();
  }

  @Test
  void a_period_of_one_year_ends_the_day_before_the_same_date_a_year_later() {
    assertThat(DateRange.of(parse("2025-03-10"), null).lastDayOf(ONE_YEAR))
        .isEqualTo(parse("2026-03-09"));
    assertThat(DateRange.of(parse("2025-01-01"), null).lastDayOf(ONE_YEAR))
        .isEqualTo(parse("2025-12-31"));
  }

  @Test
  void a_range_of_exactly_one_year_is_not_longer_than_a_year() {
    DateRange exactlyOneYear = DateRange.of(parse("2025-03-10"), parse("2026-03-09"));
    assertThat(exactlyOneYear.isLongerThan(ONE_YEAR)).isFalse();
    assertThat(exactlyOneYear.capTo(ONE_YEAR)).isSameAs(exactlyOneYear);
  }

  @Test
  void a_range_one_day_longer_than_a_year_is_longer_and_is_capped_to_one_year() {
    DateRange oneYearAndADay = DateRange.of(parse("2025-03-10"), parse("2026-03-10"));
    assertThat(oneYearAndADay.isLongerThan(ONE_YEAR)).isTrue();
    assertThat(oneYearAndADay.capTo(ONE_YEAR))
        .isEqualTo(DateRange.of(parse("2025-03-10"), parse("2026-03-09")));
  }

  @Test
  void a_range_shorter_than_the_cap_is_left_as_is() {
    DateRange quarter = DateRange.of(parse("2025-03-10"), parse("2025-06-30"));
    assertThat(quarter.isLongerThan(ONE_YEAR)).isFalse();
    assertThat(quarter.capTo(ONE_YEAR)).isEqualTo(quarter);
  }

  @Test
  void an_open_ended_range_is_longer_than_any_period_and_is_capped_to_it() {
    DateRange open = DateRange.of(parse("2025-03-10"), null);
    assertThat(open.isLongerThan(ONE_YEAR)).isTrue();
    assertThat(open.isLongerThan(Period.ofYears(100))).isTrue();
    assertThat(open.capTo(ONE_YEAR))
        .isEqualTo(DateRange.of(parse("2025-03-10"), parse("2026-03-09")));
    assertThat(open.capTo(Period.ofMonths(3)))
        .isEqualTo(DateRange.of(parse("2025-03-10"), parse("2025-06-09")));
  }

  @ParameterizedTest(name = "a year from {0} runs through {1} ({2} days)")
  @CsvSource({
    "2023-03-01, 2024-02-29, 366", // a year that takes in 29 February
    "2024-01-01, 2024-12-31, 366", // a leap calendar year
    "2024-02-28, 2025-02-27, 366", // starts the day before 29 February and includes it
    "2024-03-01, 2025-02-28, 365" // starts after 29 February
  })
  void a_year_around_a_leap_day_runs_to_the_day_before_the_anniversary(
      LocalDate start, LocalDate lastDay, long days) {
    DateRange oneYear = DateRange.of(start, lastDay);
    assertThat(oneYear.days()).isEqualTo(days);
    assertThat(oneYear.isLongerThan(ONE_YEAR)).isFalse();
    assertThat(oneYear.withEnd(lastDay.plusDays(1)).isLongerThan(ONE_YEAR)).isTrue();
    assertThat(DateRange.of(start, null).capTo(ONE_YEAR)).isEqualTo(oneYear);
  }

  @Test
  void a_year_starting_on_29_february_is_capped_no_later_than_28_february() {
    DateRange leapStart = DateRange.of(parse("2024-02-29"), parse("2025-03-01"));
    assertThat(leapStart.isLongerThan(ONE_YEAR)).isTrue();
    assertThat(leapStart.capTo(ONE_YEAR).end()).isBefore(parse("2025-03-01"));
  }

  @Test
  void with_end_changes_only_the_end_and_still_checks_it() {
    DateRange range = DateRange.of(parse("2025-03-10"), parse("2025-03-20"));
    assertThat(range.withEnd(parse("2025-04-30")))
        .isEqualTo(DateRange.of(parse("2025-03-10"), parse("2025-04-30")));
    assertThat(range.withEnd(null).isOpenEnded()).isTrue();
    assertThatThrownBy(() -> range.withEnd(parse("2025-03-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void to_string_shows_both_ends_and_an_empty_open_end() {
    assertThat(DateRange.of(parse("2025-03-10"), parse("2026-03-09")))
        .hasToString("2025-03-10..2026-03-09");
    assertThat(DateRange.of(parse("2025-03-10"), null)).hasToString("2025-03-10..");
  }
}
