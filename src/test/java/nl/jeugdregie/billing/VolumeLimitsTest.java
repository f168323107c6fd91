package nl.jeugdregie.billing;

import static nl.jeugdregie.billing.Lines.ALLOCATED;
import static nl.jeugdregie.billing.Lines.THREE_HOURS_A_WEEK;
import static nl.jeugdregie.billing.Lines.codes;
import static nl.jeugdregie.billing.Lines.context;
import static nl.jeugdregie.billing.Lines.hours;
import static nl.jeugdregie.billing.Lines.month;
import static nl.jeugdregie.billing.Lines.period;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeLimitsTest {

  @ParameterizedTest(name = "3 hours a week in {0}..{1}: at most {2}")
  @CsvSource({
    // the ijw.md 5.6 example: weeks 41-44, 44-48, 49-1
    "2025-10-07, 2025-10-31, 12",
    "2025-11-01, 2025-11-30, 15",
    "2025-12-01, 2025-12-30, 15",
    // only days within the allocation count: December ends on 12-30 either way
    "2025-12-01, 2025-12-31, 15",
    // a product period starting before the allocation counts from its start
    "2025-10-01, 2025-10-31, 12",
    // the whole allocation: weeks 41 to 52 and week 1 of 2026
    "2025-10-07, 2025-12-30, 39",
    // one day is a whole ISO week, a Sunday to Monday two
    "2025-10-07, 2025-10-07, 3",
    "2025-10-12, 2025-10-13, 6",
    // outside the allocation nothing may be declared
    "2026-01-01, 2026-01-31, 0",
  })
  void perWeekCountsTheIsoWeeksThePeriodTouchesWithinTheAllocation(
      LocalDate start, LocalDate end, long max) {
    assertThat(LineCheck.maxVolumeIn(DateRange.of(start, end), THREE_HOURS_A_WEEK)).isEqualTo(max);
  }

  @ParameterizedTest(name = "{0}: {1} ISO weeks")
  @CsvSource({
    // March 2025 runs from a Saturday (week 9) to a Monday (week 14)
    "2025-03, 6",
    // February 2021 runs from Monday to Sunday: exactly four weeks
    "2021-02, 4",
    "2025-11, 5",
  })
  void aFullMonthHasFourFiveOrSixIsoWeeks(String month, long weeks) {
    AllocationTerms year =
        new AllocationTerms(
            period("2021-01-01", "2025-12-31"), new Volume(1, Unit.HOUR, Frequency.PER_WEEK), null);
    java.time.YearMonth ym = java.time.YearMonth.parse(month);
    assertThat(LineCheck.maxVolumeIn(DateRange.of(ym.atDay(1), ym.atEndOfMonth()), year))
        .isEqualTo(weeks);
  }

  @ParameterizedTest(name = "{2} {3} {4} over {0}..{1}: at most {5}")
  @CsvSource({
    // per day: days within the allocation (from 10-07) times the volume
    "2025-10-01, 2025-10-31, 2, HOUR, PER_DAY, 50",
    "2025-11-01, 2025-11-30, 2, HOUR, PER_DAY, 60",
    // per month: the volume, also in a partial first or last month (IV078)
    "2025-10-07, 2025-10-31, 15, HOUR, PER_MONTH, 15",
    "2025-12-01, 2025-12-30, 15, HOUR, PER_MONTH, 15",
    // total: the whole volume in any period
    "2025-11-01, 2025-11-30, 80, HOUR, TOTAL, 80",
  })
  void otherFrequenciesFollowIjw(
      LocalDate start, LocalDate end, long amount, Unit unit, Frequency frequency, long max) {
    AllocationTerms terms =
        new AllocationTerms(ALLOCATED, new Volume(amount, unit, frequency), null);
    assertThat(LineCheck.maxVolumeIn(DateRange.of(start, end), terms)).isEqualTo(max);
  }

  @Test
  void anAllocationWithoutVolumeHasNoVolumeLimit() {
    AllocationTerms budgetOnly = new AllocationTerms(ALLOCATED, null, 100_000L);
    assertThat(LineCheck.maxVolumeIn(month(11), budgetOnly)).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest(name = "{1} hours in {0}: {2}")
  @CsvSource({
    "10, 12, ''",
    "10, 13, 9321",
    "11, 15, ''",
    "11, 16, 9321",
    "12, 15, ''",
    "12, 16, 9321",
  })
  void aLineAboveItsPeriodsMaximumIsRejected(int month, long hours, String code) {
    assertThat(codes(hours("R1", month(month), hours), context()))
        .containsExactlyElementsOf(code.isEmpty() ? java.util.List.of() : java.util.List.of(code));
  }

  @ParameterizedTest(name = "{0} minutes in October: {1}")
  @CsvSource({"720, ''", "721, 9321"})
  void minutesOnAnHourlyAllocationAreHeldToTheHoursInMinutes(long minutes, String code) {
    DeclaredLine line =
        Lines.line(
            month(10),
            minutes,
            Unit.MINUTE,
            145L,
            LineCheck.amountCents(minutes, Unit.MINUTE, Lines.HOUR_TARIFF, Unit.HOUR));
    assertThat(codes(line, context()))
        .containsExactlyElementsOf(code.isEmpty() ? java.util.List.of() : java.util.List.of(code));
  }

  @Test
  void theMessageSaysHowTheMaximumWasCounted() {
    assertThat(LineCheck.check(hours("R1", month(10), 20), context()))
        .singleElement()
        .isEqualTo(
            new ReturnCode(
                "9321",
                "TR321",
                "volume 20 hours is more than the 12 hours allocated for 2025-10"
                    + " (3 per week x 4 ISO weeks)"));
  }

  @ParameterizedTest(name = "after 12 in October and 15 in November, {0} in December: {1}")
  @CsvSource({"12, ''", "13, 9322"})
  void theSumOverTheAllocationIsHeldToItsWeeks(long december, String code) {
    LineContext context =
        context(Lines.booked(hours("R1", month(10), 12)), Lines.booked(hours("R2", month(11), 15)));
    assertThat(codes(hours("R3", month(12), december), context))
        .containsExactlyElementsOf(code.isEmpty() ? java.util.List.of() : java.util.List.of(code));
  }

  @Test
  void creditsReduceTheSumSoACorrectedMonthFitsAgain() {
    DeclaredLine november = hours("R2", month(11), 15);
    LineContext context =
        context(
            Lines.booked(hours("R1", month(10), 12)),
            Lines.booked(november),
            Lines.booked(Lines.creditOf(november, "R2C")));
    assertThat(codes(hours("R3", month(12), 15), context)).isEmpty();
    assertThat(codes(hours("R4", month(11), 12), context)).isEmpty();
  }

  @Test
  void minutesAndHoursAddUpOnAnHourlyAllocation() {
    DeclaredLine octoberInMinutes =
        Lines.line(
            month(10),
            720,
            Unit.MINUTE,
            145L,
            LineCheck.amountCents(720, Unit.MINUTE, 8725, Unit.HOUR));
    LineContext context =
        context(Lines.booked(octoberInMinutes), Lines.booked(hours("R2", month(11), 15)));
    assertThat(codes(hours("R3", month(12), 12), context)).isEmpty();
    assertThat(codes(hours("R3", month(12), 13), context)).containsExactly("9322");
  }
}
