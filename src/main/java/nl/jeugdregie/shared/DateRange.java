package nl.jeugdregie.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A period of days, both ends inclusive as in iJw (Begindatum, Einddatum). An absent end means
 * open-ended.
 */
public record DateRange(LocalDate start, @Nullable LocalDate end) {

  public DateRange {
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  public static DateRange of(LocalDate start, @Nullable LocalDate end) {
    return new DateRange(start, end);
  }

  public boolean isOpenEnded() {
    return end == null;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  /** Number of days, ends included; {@code Long.MAX_VALUE} when open-ended. */
  public long days() {
    return end == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The last day of a period of the given length starting at {@link #start}: a period of one year
   * from 2025-03-10 ends on 2026-03-09.
   */
  public LocalDate lastDayOf(Period length) {
    return lastDay(start, length);
  }

  /**
   * The last day of a period of {@code length} starting on {@code first}: the day before the
   * anniversary. Where the anniversary falls on a day the month lacks (29 February, the 31st) it is
   * the first of the next month, so one year from 2024-02-29 ends on 2025-02-28 and one month from
   * 2025-03-31 on 2025-04-30.
   */
  public static LocalDate lastDay(LocalDate first, Period length) {
    LocalDate anniversary = first.plus(length);
    if (anniversary.getDayOfMonth() < first.getDayOfMonth()) {
      anniversary = anniversary.plusDays(1); // clamped to the month's last day by plus()
    }
    return anniversary.minusDays(1);
  }

  /** Whether this range is longer than the given length (an open end is longer than any). */
  public boolean isLongerThan(Period length) {
    return end == null || end.isAfter(lastDayOf(length));
  }

  /** This range cut to at most the given length; unchanged if it is not longer. */
  public DateRange capTo(Period length) {
    return isLongerThan(length) ? new DateRange(start, lastDayOf(length)) : this;
  }

  public DateRange withEnd(@Nullable LocalDate newEnd) {
    return new DateRange(start, newEnd);
  }

  @Override
  public String toString() {
    return start + ".." + (end == null ? "" : end);
  }
}
