package nl.jeugdregie.shared;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingDayCalendarTest {

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({
    "1818, 1818-03-22",
    "1943, 1943-04-25",
    "2000, 2000-04-23",
    "2008, 2008-03-23",
    "2011, 2011-04-24",
    "2016, 2016-03-27",
    "2018, 2018-04-01",
    "2019, 2019-04-21",
    "2020, 2020-04-12",
    "2021, 2021-04-04",
    "2022, 2022-04-17",
    "2023, 2023-04-09",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void easter_sunday_falls_on_the_known_date(int year, LocalDate easter) {
    assertThat(WorkingDayCalendar.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void the_holidays_of_2025_are_exactly_the_eight_dutch_national_holidays() {
    assertThat(holidaysIn(2025))
        .containsExactly(
            parse("2025-01-01"), // New Year's Day
            parse("2025-04-21"), // Easter Monday
            parse("2025-04-26"), // King's Day: 27 April 2025 is a Sunday
            parse("2025-05-05"), // Liberation Day
            parse("2025-05-29"), // Ascension Day
            parse("2025-06-09"), // Whit Monday
            parse("2025-12-25"), // Christmas Day
            parse("2025-12-26")); // Boxing Day
  }

  @Test
  void the_holidays_of_2026_are_exactly_the_eight_dutch_national_holidays() {
    assertThat(holidaysIn(2026))
        .containsExactly(
            parse("2026-01-01"), // New Year's Day
            parse("2026-04-06"), // Easter Monday
            parse("2026-04-27"), // King's Day, a Monday
            parse("2026-05-05"), // Liberation Day
            parse("2026-05-14"), // Ascension Day
            parse("2026-05-25"), // Whit Monday
            parse("2026-12-25"), // Christmas Day
            parse("2026-12-26")); // Boxing Day
  }

  @ParameterizedTest(name = "King''s Day {0} is {1}")
  @CsvSource({
    "2014, 2014-04-26",
    "2015, 2015-04-27",
    "2024, 2024-04-27",
    "2025, 2025-04-26",
    "2026, 2026-04-27",
    "2031, 2031-04-26",
    "2036, 2036-04-26"
  })
  void kings_day_is_27_april_or_26_april_when_the_27th_is_a_sunday(int year, LocalDate kingsDay) {
    assertThat(WorkingDayCalendar.kingsDay(year)).isEqualTo(kingsDay);
    assertThat(WorkingDayCalendar.isHoliday(kingsDay)).isTrue();
  }

  @Test
  void a_sunday_27_april_is_not_itself_a_holiday_once_kings_day_moved_to_the_26th() {
    assertThat(WorkingDayCalendar.isHoliday(parse("2025-04-27"))).isFalse();
    assertThat(WorkingDayCalendar.isHoliday(parse("2025-04-26"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-04-18", // Good Friday is no holiday under the Algemene termijnenwet
        "2025-04-28", // the Monday after King's Day on Saturday: no compensation day
        "2025-12-24", // Christmas Eve
        "2025-12-31", // New Year's Eve
        "2026-04-30", // the old Queen's Day
        "2026-05-04" // Remembrance Day
      })
  void days_that_feel_festive_but_are_not_national_holidays_are_working_days(LocalDate day) {
    assertThat(WorkingDayCalendar.isHoliday(day)).isFalse();
    assertThat(WorkingDayCalendar.isWorkingDay(day)).isTrue();
  }

  @Test
  void saturdays_and_sundays_are_not_working_days_and_weekdays_are() {
    assertThat(WorkingDayCalendar.isWorkingDay(parse("2025-03-08"))).isFalse(); // Saturday
    assertThat(WorkingDayCalendar.isWorkingDay(parse("2025-03-09"))).isFalse(); // Sunday
    assertThat(WorkingDayCalendar.isWorkingDay(parse("2025-03-10"))).isTrue(); // Monday
    assertThat(WorkingDayCalendar.isWorkingDay(parse("2025-03-14"))).isTrue(); // Friday
  }

  @Test
  void a_holiday_on_a_weekday_is_not_a_working_day() {
    assertThat(WorkingDayCalendar.isWorkingDay(parse("2025-05-05"))).isFalse(); // Monday
    assertThat(WorkingDayCalendar.isWorkingDay(parse("2026-04-27"))).isFalse(); // Monday
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // from,      n, expected
    "2025-03-10, 0, 2025-03-10", // zero days: the day itself
    "2025-03-08, 0, 2025-03-08", // zero days, even on a Saturday
    "2025-03-10, 1, 2025-03-11", // Monday -> Tuesday
    "2025-03-14, 1, 2025-03-17", // Friday -> Monday over the weekend
    "2025-03-15, 1, 2025-03-17", // Saturday -> Monday
    "2025-03-16, 1, 2025-03-17", // Sunday -> Monday
    "2025-03-10, 5, 2025-03-17", // five working days is a calendar week
    "2025-03-12, 5, 2025-03-19", // Wednesday -> next Wednesday
    "2025-04-18, 1, 2025-04-22", // Good Friday -> over Easter Monday -> Tuesday
    "2025-04-17, 3, 2025-04-23", // Thu -> Fri 18, Tue 22, Wed 23
    "2025-04-25, 1, 2025-04-28", // Friday -> King's Day falls in the weekend anyway
    "2025-05-02, 1, 2025-05-06", // Friday -> over 5 May (Monday)
    "2025-05-28, 1, 2025-05-30", // over Ascension Day
    "2025-06-06, 1, 2025-06-10", // over Whit Monday
    "2025-12-19, 5, 2025-12-30", // over Christmas and Boxing Day
    "2025-12-31, 1, 2026-01-02", // over New Year's Day into the next year
    "2026-04-24, 1, 2026-04-28", // Friday -> over King's Day on Monday
    "2026-05-04, 1, 2026-05-06", // over 5 May (Tuesday)
    "2026-05-13, 1, 2026-05-15" // over Ascension Day
  })
  void plus_working_days_skips_weekends_and_holidays(LocalDate from, int n, LocalDate expected) {
    assertThat(WorkingDayCalendar.plusWorkingDays(from, n)).isEqualTo(expected);
  }

  @Test
  void plus_working_days_refuses_a_negative_count() {
    assertThatThrownBy(() -> WorkingDayCalendar.plusWorkingDays(parse("2025-03-10"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @ParameterizedTest(name = "{0} .. {1}: {2} working days")
  @CsvSource({
    "2025-03-10, 2025-03-10, 0", // same day
    "2025-03-10, 2025-03-11, 1", // from is not counted, to is
    "2025-03-10, 2025-03-17, 5",
    "2025-03-14, 2025-03-16, 0", // Friday .. Sunday
    "2025-03-14, 2025-03-17, 1", // Friday .. Monday
    "2025-04-18, 2025-04-22, 1", // Good Friday .. Tuesday after Easter Monday
    "2025-12-24, 2026-01-02, 4", // 29, 30, 31 December and 2 January
    "2024-12-31, 2025-12-31, 254", // all working days of 2025
    "2025-12-31, 2026-12-31, 254", // all working days of 2026
    "2025-03-17, 2025-03-10, 0" // to before from
  })
  void working_days_between_counts_days_after_from_up_to_and_including_to(
      LocalDate from, LocalDate to, int expected) {
    assertThat(WorkingDayCalendar.workingDaysBetween(from, to)).isEqualTo(expected);
  }

  private static List<LocalDate> holidaysIn(int year) {
    List<LocalDate> holidays = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (WorkingDayCalendar.isHoliday(day)) holidays.add(day);
    }
    return holidays;
  }
}
