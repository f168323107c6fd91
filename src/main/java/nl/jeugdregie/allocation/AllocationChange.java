package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.Objects;
import nl.jeugdregie.allocation.ChangePlan.EndAndNew;
import nl.jeugdregie.allocation.ChangePlan.InPlace;
import nl.jeugdregie.allocation.ChangePlan.Refused;
import nl.jeugdregie.allocation.ChangePlan.Unchanged;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * How an allocation changes (ijw.md 2.2, 2.4, 5.3): in place under the same allocation number, or
 * by ending it and allocating anew under a new number.
 *
 * <ul>
 *   <li>iJw IV066/OP033x1: in place are only a change of end date (shorten = withdraw, lengthen =
 *       extend), of the budget, and of the volume amount when the frequency is 6 (total within the
 *       period). Several of these at once are still in place.
 *   <li>iJw OP257: every other change (volume per day, week or month, unit, frequency, a volume
 *       where there was a budget or the other way round, adding or dropping a budget, the start
 *       date) ends the current allocation the day before the change date and allocates anew from
 *       that date.
 *   <li>iJw OP380: extending is mandatory in place when the volume is unchanged or empty, the
 *       frequency is not 6, and the current end has not passed when the change is sent ({@link
 *       #mustExtendInPlace}). After expiry an extension is a new, adjoining allocation (ijw.md
 *       5.3).
 *   <li>iJw TR373: a budget or total (frequency 6) applies to the whole period, so its change takes
 *       effect on the current start date.
 * </ul>
 *
 * {@code desired} states the terms wanted: its period starts either on the current start (the whole
 * allocation as it should read) or on the change date (the terms from then on, as a VOW's
 * TeWijzigenProduct with its GewensteIngangsdatum). A plan is refused when:
 *
 * <ul>
 *   <li>the desired start is neither the current start nor the change date (ambiguous);
 *   <li>a budget or total changes with a change date other than the current start (TR373);
 *   <li>a budget or total allocation would be extended after it expired: its budget or total
 *       covered the old period, so the extension needs its own, stated for the new period only;
 *   <li>an end-and-new change falls on or before the current start: nothing of the current
 *       allocation would remain (its end would be before its start). If the allocation is wrong
 *       from the start, delete it (end date = start date, JZ002 13; not when approved declarations
 *       exist, TR385) and allocate anew: a decision for a person, not a plan;
 *   <li>an end-and-new change falls more than a day after the current end: nothing is current then,
 *       so it is a new allocation, not a change (VOW NieuwProduct);
 *   <li>the new allocation would end before the change date.
 * </ul>
 *
 * What the plan cannot know stays with the caller: shortening to a date in the past needs the
 * provider's agreement (OP186) and lowering a budget or total his consent (OP298, OP299), unless he
 * asked for it in a VOW; neither may make delivered or declared care unlawful (OP345, OP362). When
 * ending and allocating anew, the current allocation keeps its budget or total: lowering it is a
 * separate change. The JZ002 reason is the caller's too (e.g. 04 extension, 12 from a VOW).
 */
public final class AllocationChange {

  private AllocationChange() {}

  /**
   * The plan that brings {@code current} to {@code desired}, the change taking effect on {@code
   * changeOn}, decided on {@code today}. For a change of end date alone the change date does not
   * matter.
   */
  public static ChangePlan plan(
      AllocationTerms current, AllocationTerms desired, LocalDate changeOn, LocalDate today) {
    if (desired.equals(current)) return new Unchanged();
    LocalDate currentStart = current.period().start();
    LocalDate desiredStart = desired.period().start();
    boolean sameStart = desiredStart.equals(currentStart);
    if (!sameStart && !desiredStart.equals(changeOn)) {
      return new Refused(
          "the desired terms start on "
              + desiredStart
              + ", which is neither the current start "
              + currentStart
              + " nor the change date "
              + changeOn);
    }
    if (sameStart && onlyInPlaceFieldsDiffer(current, desired)) {
      return inPlace(current, desired, changeOn, today);
    }
    return endAndNew(current, desired, changeOn);
  }

  /**
   * iJw OP380: whether {@code desired} extends {@code current} in a way that must be done in place
   * (oprekken): same start, a later or open end, the volume unchanged or empty with a frequency
   * other than 6, and the current end not passed on {@code today} (the last day itself has not
   * passed). A budget may change along with it, as a budget change is in place anyway.
   */
  public static boolean mustExtendInPlace(
      AllocationTerms current, AllocationTerms desired, LocalDate today) {
    LocalDate currentEnd = current.period().end();
    return currentEnd != null
        && desired.period().start().equals(current.period().start())
        && isLater(desired.period().end(), currentEnd)
        && Objects.equals(desired.volume(), current.volume())
        && !current.isTotal()
        && !currentEnd.isBefore(today);
  }

  private static ChangePlan inPlace(
      AllocationTerms current, AllocationTerms desired, LocalDate changeOn, LocalDate today) {
    boolean wholePeriodChange =
        !Objects.equals(current.budgetCents(), desired.budgetCents())
            || !Objects.equals(current.volume(), desired.volume());
    LocalDate currentStart = current.period().start();
    if (wholePeriodChange && !changeOn.equals(currentStart)) {
      return new Refused(
          "a budget or total (frequency 6) applies to the whole period, so its change takes effect"
              + " on the current start "
              + currentStart
              + ", not on "
              + changeOn
              + " (iJw TR373)");
    }
    LocalDate currentEnd = current.period().end();
    LocalDate desiredEnd = desired.period().end();
    if (currentEnd == null || !isLater(desiredEnd, currentEnd) || !currentEnd.isBefore(today)) {
      return new InPlace(desired); // not an extension after expiry
    }
    if (current.budgetCents() != null || current.isTotal()) {
      return new Refused(
          "the allocation ended on "
              + currentEnd
              + ", so an extension is a new allocation (iJw OP380, ijw.md 5.3); its budget or total"
              + " covered the old period, so state the new one's for the period from "
              + currentEnd.plusDays(1)
              + " only");
    }
    return new EndAndNew(
        currentEnd, desired.withPeriod(new DateRange(currentEnd.plusDays(1), desiredEnd)));
  }

  private static ChangePlan endAndNew(
      AllocationTerms current, AllocationTerms desired, LocalDate changeOn) {
    LocalDate currentStart = current.period().start();
    LocalDate currentEnd = current.period().end();
    LocalDate desiredEnd = desired.period().end();
    if (!changeOn.isAfter(currentStart)) {
      return new Refused(
          "this change ends the current allocation and allocates anew, but on "
              + changeOn
              + " nothing of the current allocation (from "
              + currentStart
              + ") would remain; if it is wrong from the start, delete it (end date = start date,"
              + " JZ002 13; not with approved declarations, iJw TR385) and allocate anew");
    }
    if (currentEnd != null && changeOn.isAfter(currentEnd.plusDays(1))) {
      return new Refused(
          "the current allocation ends on "
              + currentEnd
              + ", before "
              + changeOn
              + ": that is a new allocation, not a change");
    }
    if (desiredEnd != null && desiredEnd.isBefore(changeOn)) {
      return new Refused(
          "the new allocation would end on "
              + desiredEnd
              + ", before its start on "
              + changeOn
              + " (iJw CS003)");
    }
    LocalDate endsOn = changeOn.minusDays(1);
    return new EndAndNew(endsOn, desired.withPeriod(new DateRange(changeOn, desiredEnd)));
  }

  /**
   * iJw IV066: only the end date, the budget (where both have one) and the amount of a total
   * (frequency 6, same unit) differ.
   */
  private static boolean onlyInPlaceFieldsDiffer(AllocationTerms current, AllocationTerms desired) {
    boolean budgetInPlace =
        Objects.equals(current.budgetCents(), desired.budgetCents())
            || (current.budgetCents() != null && desired.budgetCents() != null);
    return budgetInPlace && volumeInPlace(current.volume(), desired.volume());
  }

  private static boolean volumeInPlace(@Nullable Volume current, @Nullable Volume desired) {
    if (Objects.equals(current, desired)) return true;
    return current != null
        && desired != null
        && current.frequency() == Frequency.TOTAL
        && desired.frequency() == Frequency.TOTAL
        && current.unit() == desired.unit();
  }

  /** Whether {@code end} (null = open) is later than {@code than}. */
  private static boolean isLater(@Nullable LocalDate end, LocalDate than) {
    return end == null || end.isAfter(than);
  }
}
