package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.allocation.ChangePlan.EndAndNew;
import nl.jeugdregie.allocation.ChangePlan.InPlace;
import nl.jeugdregie.allocation.ChangePlan.Refused;
import nl.jeugdregie.allocation.ChangePlan.Unchanged;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationChangeTest {

  /** Every current allocation in these tables starts here. */
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  private static final Volume THREE_HOURS_A_WEEK = new Volume(3, Unit.HOUR, Frequency.PER_WEEK);

  /** "3 HOUR PER_WEEK" → a volume; empty → none. */
  private static @Nullable Volume volume(@Nullable String text) {
    if (text == null) return null;
    String[] parts = text.trim().split(" ");
    return new Volume(
        Long.parseLong(parts[0]), Unit.valueOf(parts[1]), Frequency.valueOf(parts[2]));
  }

  private static AllocationTerms terms(
      LocalDate start, @Nullable LocalDate end, @Nullable Volume volume, @Nullable Long budget) {
    return new AllocationTerms(new DateRange(start, end), volume, budget);
  }

  private static String kind(ChangePlan plan) {
    return switch (plan) {
      case Unchanged unchanged -> "UNCHANGED";
      case InPlace inPlace -> "IN_PLACE";
      case EndAndNew endAndNew -> "END_AND_NEW";
      case Refused refused -> "REFUSED";
    };
  }

  @ParameterizedTest(name = "[{index}] {10}")
  @CsvSource(
      delimiter = '|',
      value = {
        // current end | current volume | budget | desired start | desired end | desired volume |
        // budget | change on | today | expected | case
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-12-31 | 3 HOUR PER_WEEK  |        | 2026-07-01 | 2026-06-01 | UNCHANGED   | the same terms",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2027-06-30 | 3 HOUR PER_WEEK  |        | 2026-07-01 | 2026-11-01 | IN_PLACE    | extension before expiry",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2027-06-30 | 3 HOUR PER_WEEK  |        | 2027-01-01 | 2026-12-31 | IN_PLACE    | extension on the last day",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2027-06-30 | 3 HOUR PER_WEEK  |        | 2027-01-01 | 2027-01-01 | END_AND_NEW | extension the day after expiry",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-06-30 | 3 HOUR PER_WEEK  |        | 2026-07-01 | 2026-06-01 | IN_PLACE    | shortening",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-01-01 | 3 HOUR PER_WEEK  |        | 2026-01-01 | 2026-06-01 | IN_PLACE    | shortening to the start date (deletion)",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-12-31 | 4 HOUR PER_WEEK  |        | 2026-07-01 | 2026-06-01 | END_AND_NEW | more hours per week",
        "2026-12-31 | 13 HOUR PER_MONTH |      | 2026-01-01 | 2026-12-31 | 10 HOUR PER_MONTH |       | 2026-07-01 | 2026-06-01 | END_AND_NEW | fewer hours per month",
        "2026-12-31 | 2 HOUR PER_DAY  |        | 2026-01-01 | 2026-12-31 | 1 HOUR PER_DAY   |        | 2026-07-01 | 2026-06-01 | END_AND_NEW | fewer hours per day",
        "2026-12-31 | 80 HOUR TOTAL   |        | 2026-01-01 | 2026-12-31 | 100 HOUR TOTAL   |        | 2026-01-01 | 2026-06-01 | IN_PLACE    | a larger total",
        "2026-12-31 | 80 HOUR TOTAL   |        | 2026-01-01 | 2027-06-30 | 100 HOUR TOTAL   |        | 2026-01-01 | 2026-06-01 | IN_PLACE    | a larger total and a later end",
        "2026-12-31 | 80 HOUR TOTAL   |        | 2026-01-01 | 2026-12-31 | 100 HOUR TOTAL   |        | 2026-07-01 | 2026-06-01 | REFUSED     | a total changing mid-period (TR373)",
        "2026-12-31 | 80 HOUR TOTAL   |        | 2026-01-01 | 2026-12-31 | 4800 MINUTE TOTAL |       | 2026-07-01 | 2026-06-01 | END_AND_NEW | a total in another unit",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-12-31 | 13 HOUR PER_MONTH |       | 2026-07-01 | 2026-06-01 | END_AND_NEW | another frequency",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-12-31 | 150 HOUR TOTAL   |        | 2026-07-01 | 2026-06-01 | END_AND_NEW | per week to a total",
        "2026-12-31 |                 | 500000 | 2026-01-01 | 2026-12-31 |                  | 600000 | 2026-01-01 | 2026-06-01 | IN_PLACE    | a larger budget",
        "2026-12-31 |                 | 500000 | 2026-01-01 | 2027-03-31 |                  | 600000 | 2026-01-01 | 2026-06-01 | IN_PLACE    | a larger budget and a later end",
        "2026-12-31 |                 | 500000 | 2026-01-01 | 2026-12-31 |                  | 600000 | 2026-07-01 | 2026-06-01 | REFUSED     | a budget changing mid-period (TR373)",
        "2026-12-31 |                 |        | 2026-01-01 | 2026-12-31 |                  | 500000 | 2026-07-01 | 2026-06-01 | END_AND_NEW | a budget where there was none",
        "2026-12-31 |                 | 500000 | 2026-01-01 | 2026-12-31 | 80 HOUR TOTAL    |        | 2026-07-01 | 2026-06-01 | END_AND_NEW | a volume where there was a budget",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-03-01 | 2026-12-31 | 3 HOUR PER_WEEK  |        | 2026-03-01 | 2026-02-01 | END_AND_NEW | a later start",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-03-01 | 2026-12-31 | 3 HOUR PER_WEEK  |        | 2026-04-01 | 2026-02-01 | REFUSED     | a start that is neither current start nor change date",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-12-31 | 4 HOUR PER_WEEK  |        | 2026-01-01 | 2025-12-01 | REFUSED     | end and new on the current start",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-12-31 | 4 HOUR PER_WEEK  |        | 2025-12-01 | 2025-11-01 | REFUSED     | end and new before the current start",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-12-31 | 4 HOUR PER_WEEK  |        | 2026-01-02 | 2025-12-01 | END_AND_NEW | end and new the day after the current start",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2027-06-30 | 4 HOUR PER_WEEK  |        | 2027-01-01 | 2026-12-01 | END_AND_NEW | end and new adjoining the current end",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2027-06-30 | 4 HOUR PER_WEEK  |        | 2027-01-02 | 2026-12-01 | REFUSED     | end and new after a gap",
        "2026-12-31 | 3 HOUR PER_WEEK |        | 2026-01-01 | 2026-05-31 | 4 HOUR PER_WEEK  |        | 2026-07-01 | 2026-06-01 | REFUSED     | a new allocation ending before its start",
        "2026-12-31 |                 | 500000 | 2026-01-01 | 2027-06-30 |                  | 500000 | 2026-01-01 | 2027-02-01 | REFUSED     | extending a budget after expiry",
        "2026-12-31 | 80 HOUR TOTAL   |        | 2026-01-01 | 2027-06-30 | 80 HOUR TOTAL    |        | 2026-01-01 | 2027-02-01 | REFUSED     | extending a total after expiry",
        "2026-12-31 | 80 HOUR TOTAL   |        | 2026-01-01 | 2027-06-30 | 80 HOUR TOTAL    |        | 2026-01-01 | 2026-12-01 | IN_PLACE    | extending a total before expiry",
        "2026-12-31 |                 |        | 2026-01-01 | 2027-06-30 |                  |        | 2027-01-01 | 2027-02-01 | END_AND_NEW | extending an aspecific allocation after expiry",
        "           | 13 HOUR PER_MONTH |      | 2026-01-01 | 2026-12-31 | 13 HOUR PER_MONTH |       | 2026-07-01 | 2026-06-01 | IN_PLACE    | an end for an open-ended allocation",
        "           | 13 HOUR PER_MONTH |      | 2026-01-01 |            | 10 HOUR PER_MONTH |       | 2026-07-01 | 2026-06-01 | END_AND_NEW | fewer hours per month, open-ended",
        "2026-12-31 | 13 HOUR PER_MONTH |      | 2026-01-01 |            | 13 HOUR PER_MONTH |       | 2026-07-01 | 2026-06-01 | IN_PLACE    | an open end for a closed allocation"
      })
  void plansEachKindOfChange(
      @Nullable LocalDate currentEnd,
      @Nullable String currentVolume,
      @Nullable Long currentBudget,
      LocalDate desiredStart,
      @Nullable LocalDate desiredEnd,
      @Nullable String desiredVolume,
      @Nullable Long desiredBudget,
      LocalDate changeOn,
      LocalDate today,
      String expected,
      String description) {
    AllocationTerms current = terms(START, currentEnd, volume(currentVolume), currentBudget);
    AllocationTerms desired = terms(desiredStart, desiredEnd, volume(desiredVolume), desiredBudget);
    assertThat(kind(AllocationChange.plan(current, desired, changeOn, today)))
        .as(description)
        .isEqualTo(expected);
  }

  @Test
  void changesAPerWeekVolumeByEndingTheDayBeforeAndAllocatingAnew() {
    AllocationTerms current = terms(START, END, THREE_HOURS_A_WEEK, null);
    Volume fourHours = new Volume(4, Unit.HOUR, Frequency.PER_WEEK);
    AllocationTerms desired = terms(START, END, fourHours, null);
    LocalDate july = LocalDate.of(2026, 7, 1);

    assertThat(AllocationChange.plan(current, desired, july, july.minusDays(14)))
        .isEqualTo(new EndAndNew(LocalDate.of(2026, 6, 30), terms(july, END, fourHours, null)));
  }

  @Test
  void changesATotalInPlaceUnderTheSameNumber() {
    Volume eighty = new Volume(80, Unit.HOUR, Frequency.TOTAL);
    Volume hundred = new Volume(100, Unit.HOUR, Frequency.TOTAL);
    AllocationTerms desired = terms(START, END, hundred, null);

    assertThat(
            AllocationChange.plan(
                terms(START, END, eighty, null), desired, START, LocalDate.of(2026, 5, 1)))
        .isEqualTo(new InPlace(desired));
  }

  @Test
  void extendsAfterExpiryWithANewAdjoiningAllocation() {
    AllocationTerms current = terms(START, END, THREE_HOURS_A_WEEK, null);
    LocalDate newEnd = LocalDate.of(2027, 6, 30);
    AllocationTerms desired = terms(START, newEnd, THREE_HOURS_A_WEEK, null);
    LocalDate dayAfter = END.plusDays(1);

    assertThat(AllocationChange.plan(current, desired, START, dayAfter))
        .isEqualTo(new EndAndNew(END, terms(dayAfter, newEnd, THREE_HOURS_A_WEEK, null)));
  }

  @Test
  void refusesToEndAndRenewOnTheStartExplainingThatNothingWouldRemain() {
    AllocationTerms current = terms(START, END, THREE_HOURS_A_WEEK, null);
    AllocationTerms desired = terms(START, END, new Volume(4, Unit.HOUR, Frequency.PER_WEEK), null);

    ChangePlan plan = AllocationChange.plan(current, desired, START, START.minusDays(10));

    assertThat(plan).isInstanceOf(Refused.class);
    assertThat(((Refused) plan).message())
        .contains("nothing of the current allocation")
        .contains("13")
        .contains("TR385");
  }

  @Test
  void refusesABudgetChangeFromALaterDateCitingTr373() {
    AllocationTerms current = terms(START, END, null, 500_000L);
    AllocationTerms desired = terms(START, END, null, 600_000L);

    ChangePlan plan =
        AllocationChange.plan(current, desired, LocalDate.of(2026, 7, 1), START.plusDays(30));

    assertThat(plan).isInstanceOf(Refused.class);
    assertThat(((Refused) plan).message()).contains("TR373").contains("2026-01-01");
  }

  @ParameterizedTest(name = "[{index}] {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-12-31 | 3 HOUR PER_WEEK   | 2027-06-30 | 3 HOUR PER_WEEK   | 2026-11-01 | true  | same volume per week, before expiry",
        "2026-12-31 | 3 HOUR PER_WEEK   | 2027-06-30 | 3 HOUR PER_WEEK   | 2026-12-31 | true  | on the last day",
        "2026-12-31 | 3 HOUR PER_WEEK   | 2027-06-30 | 3 HOUR PER_WEEK   | 2027-01-01 | false | after expiry",
        "2026-12-31 | 3 HOUR PER_WEEK   | 2027-06-30 | 4 HOUR PER_WEEK   | 2026-11-01 | false | with another volume",
        "2026-12-31 | 80 HOUR TOTAL     | 2027-06-30 | 80 HOUR TOTAL     | 2026-11-01 | false | frequency 6",
        "2026-12-31 |                   | 2027-06-30 |                   | 2026-11-01 | true  | no volume",
        "2026-12-31 | 13 HOUR PER_MONTH |            | 13 HOUR PER_MONTH | 2026-11-01 | true  | to an open end",
        "2026-12-31 | 3 HOUR PER_WEEK   | 2026-06-30 | 3 HOUR PER_WEEK   | 2026-05-01 | false | shortening",
        "2026-12-31 | 3 HOUR PER_WEEK   | 2026-12-31 | 3 HOUR PER_WEEK   | 2026-05-01 | false | the same end",
        "           | 13 HOUR PER_MONTH |            | 13 HOUR PER_MONTH | 2026-05-01 | false | already open-ended"
      })
  void extensionIsMandatoryInPlaceUnderOp380(
      @Nullable LocalDate currentEnd,
      @Nullable String currentVolume,
      @Nullable LocalDate desiredEnd,
      @Nullable String desiredVolume,
      LocalDate today,
      boolean expected,
      String description) {
    AllocationTerms current = terms(START, currentEnd, volume(currentVolume), null);
    AllocationTerms desired = terms(START, desiredEnd, volume(desiredVolume), null);

    assertThat(AllocationChange.mustExtendInPlace(current, desired, today))
        .as(description)
        .isEqualTo(expected);
    if (expected) {
      assertThat(AllocationChange.plan(current, desired, START, today))
          .as("the plan for a mandatory extension in place")
          .isEqualTo(new InPlace(desired));
    }
  }

  @Test
  void aLaterStartIsNotAMandatoryExtension() {
    AllocationTerms current = terms(START, END, THREE_HOURS_A_WEEK, null);
    AllocationTerms desired =
        terms(START.plusMonths(1), LocalDate.of(2027, 6, 30), THREE_HOURS_A_WEEK, null);
    assertThat(AllocationChange.mustExtendInPlace(current, desired, START)).isFalse();
  }
}
