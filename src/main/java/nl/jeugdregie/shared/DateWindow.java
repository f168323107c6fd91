package nl.jeugdregie.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The dates this system accepts at all, on every route (JSON API, JSON Lines bulk, CLI import, the
 * iJw messages): one window, so a typo such as {@code 9999-12} or {@code +999999999-12-31} is
 * refused as bad input (400, the field named) instead of being stored and then locking a provider
 * out (a booked declaration month may never be gone back from, iJw TR318/IV090) or overflowing the
 * database's date range. docs/declarations.md, "Dates this system accepts".
 *
 * <ul>
 *   <li>Care dates (request and allocation periods, start and stop of delivery, receivedOn, product
 *       and declaration periods, referral letters): from {@link #CARE_FROM}, 1 January 2015, when
 *       the Jeugdwet came into force (no care under it can be older), to {@link #YEARS_AHEAD} years
 *       after today. assumption: 5 years ahead mirrors iJw TR335 (a product period at most 5 years
 *       back); no seed or contract allocates further ahead.
 *   <li>A declaration month: from January 2015 to the current month; a month in the future cannot
 *       be declared (iJw TR137 period ≤ Dagtekening, TR135 Dagtekening ≤ today).
 *   <li>Birth dates: from {@link #BIRTH_FROM}, 1 January 1900 (iJw's "date unknown", TR002 allows
 *       120 years before the Dagtekening) to today (TR134).
 * </ul>
 */
public final class DateWindow {

  /** The Jeugdwet came into force on 1 January 2015 (Stb. 2014, 105). */
  public static final LocalDate CARE_FROM = LocalDate.of(2015, 1, 1);

  /** The earliest birth date: iJw's 1900-01-01 for "unknown" (TR002, CS139). */
  public static final LocalDate BIRTH_FROM = LocalDate.of(1900, 1, 1);

  /** How far ahead a care date may lie (assumption, see the class comment). */
  public static final int YEARS_AHEAD = 5;

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private DateWindow() {}

  /** Today in the Netherlands, the day the window is measured from. */
  public static LocalDate today() {
    return LocalDate.now(NL);
  }

  /** The last care date accepted today. */
  public static LocalDate careUntil() {
    return today().plusYears(YEARS_AHEAD);
  }

  /** Why {@code date} is no care date this system accepts; null when it is one. */
  public static @Nullable String careDate(LocalDate date) {
    LocalDate until = careUntil();
    if (date.isBefore(CARE_FROM) || date.isAfter(until)) {
      return "must lie from "
          + CARE_FROM
          + " (the Jeugdwet) to "
          + until
          + " ("
          + YEARS_AHEAD
          + " years ahead), got "
          + date;
    }
    return null;
  }

  /** Why {@code month} is no declaration month this system accepts; null when it is one. */
  public static @Nullable String declarationMonth(YearMonth month) {
    YearMonth now = YearMonth.from(today());
    if (month.isBefore(YearMonth.from(CARE_FROM)) || month.isAfter(now)) {
      return "must lie from "
          + YearMonth.from(CARE_FROM)
          + " (the Jeugdwet) to the current month "
          + now
          + " (a month ahead cannot be declared), got "
          + month;
    }
    return null;
  }

  /** Why {@code date} is no birth date this system accepts; null when it is one. */
  public static @Nullable String birthDate(LocalDate date) {
    LocalDate today = today();
    if (date.isBefore(BIRTH_FROM) || date.isAfter(today)) {
      return "must lie from " + BIRTH_FROM + " to today " + today + ", got " + date;
    }
    return null;
  }
}
