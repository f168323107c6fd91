package nl.jeugdregie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarPropertiesTest {

  @Property
  void plus_working_days_lands_on_a_working_day_for_a_positive_count(
      @ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 30) int n) {
    assertThat(WorkingDayCalendar.isWorkingDay(WorkingDayCalendar.plusWorkingDays(from, n)))
        .isTrue();
  }

  @Property
  void working_days_between_undoes_plus_working_days(
      @ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 30) int n) {
    LocalDate to = WorkingDayCalendar.plusWorkingDays(from, n);
    assertThat(WorkingDayCalendar.workingDaysBetween(from, to)).isEqualTo(n);
  }

  @Property
  void plus_working_days_is_the_first_day_reaching_the_count(
      @ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 30) int n) {
    LocalDate to = WorkingDayCalendar.plusWorkingDays(from, n);
    assertThat(to).isAfter(from);
    assertThat(WorkingDayCalendar.workingDaysBetween(from, to.minusDays(1))).isEqualTo(n - 1);
  }

  @Property
  void a_weekend_day_is_never_a_working_day(@ForAll("dates") LocalDate day) {
    switch (day.getDayOfWeek()) {
      case SATURDAY, SUNDAY -> assertThat(WorkingDayCalendar.isWorkingDay(day)).isFalse();
      default ->
          assertThat(WorkingDayCalendar.isWorkingDay(day))
              .isEqualTo(!WorkingDayCalendar.isHoliday(day));
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2300, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(
            edges ->
                edges.add(
                    LocalDate.of(2025, 4, 18),
                    LocalDate.of(2025, 12, 24),
                    LocalDate.of(2026, 4, 24)));
  }
}
