package nl.jeugdregie.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Dutch working days: not Saturday or Sunday and not a national holiday as the Algemene
 * termijnenwet (art. 3) counts them: New Year's Day, Easter Monday, Ascension Day, Whit Monday,
 * King's Day (27 April, 26 April when the 27th is a Sunday; before 2014 Queen's Day, 30 April), 5
 * May, Christmas Day and Boxing Day. iJw deadlines (5 working days for an answer, 3 working days
 * for crisis follow-up in IJsselland) are counted in these days.
 */
public final class WorkingDayCalendar {

  private WorkingDayCalendar() {}

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  public static boolean isHoliday(LocalDate day) {
    int year = day.getYear();
    Month month = day.getMonth();
    int dom = day.getDayOfMonth();
    if (month == Month.JANUARY && dom == 1) return true;
    if (month == Month.DECEMBER && (dom == 25 || dom == 26)) return true;
    if (month == Month.MAY && dom == 5) return true;
    if (day.equals(kingsDay(year))) return true;
    LocalDate easter = easterSunday(year);
    return day.equals(easter.plusDays(1))
        || day.equals(easter.plusDays(39))
        || day.equals(easter.plusDays(50));
  }

  /** The day {@code n} working days after {@code from} (not counting {@code from} itself). */
  public static LocalDate plusWorkingDays(LocalDate from, int n) {
    if (n < 0) throw new IllegalArgumentException("n must not be negative: " + n);
    LocalDate day = from;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) counted++;
    }
    return day;
  }

  /**
   * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later.
   */
  public static int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) count++;
    }
    return count;
  }

  /**
   * King's Day from 2014 (27 April); Queen's Day before (30 April); a Sunday moves it a day
   * earlier.
   */
  static LocalDate kingsDay(int year) {
    LocalDate day = LocalDate.of(year, Month.APRIL, year >= 2014 ? 27 : 30);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
  }

  /**
   * Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm,
   * "Meeus/Jones/Butcher").
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
