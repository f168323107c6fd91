package nl.jeugdregie.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.IjwRules;

/**
 * The product period (ijw.md 2.6, 5.6): one calendar month (CS337, 0001), not after the declaration
 * date (TR137, 0001) nor the declaration month (TR319, 9319), not more than 5 years back (TR335,
 * 0001), within the allocation (TR307, 9307; TR308, 9308) and from its first to its last day in
 * that month (TR387, 9387; TR388, 9388).
 */
@IjwRules({"CS337", "TR137", "TR319", "TR335", "TR307", "TR308", "TR387", "TR388"})
final class PeriodRules {

  private PeriodRules() {}

  /**
   * The content rules (control level 2, code 0001) on the product period: one calendar month
   * (CS337), ending neither after the DeclaratieDagtekening {@code dated} (TR137) nor more than 5
   * years before it (TR335). {@code end} is the period's end.
   */
  static void checkContent(
      DateRange period, LocalDate end, LocalDate dated, List<ReturnCode> codes) {
    if (!YearMonth.from(period.start()).equals(YearMonth.from(end))) {
      codes.add(
          ReturnCode.technical("CS337", "product period " + period + " is not within one month"));
    }
    if (end.isAfter(dated)) {
      codes.add(
          ReturnCode.technical(
              "TR137", "product period ends " + end + ", after the declaration date " + dated));
    }
    if (end.isBefore(dated.minusYears(5))) {
      codes.add(
          ReturnCode.technical(
              "TR335",
              "product period ends "
                  + end
                  + ", more than 5 years before the declaration date "
                  + dated));
    }
  }

  /** TR319: the product period lies in the declaration month or before it. */
  static void checkDeclarationPeriod(
      DateRange period, LocalDate end, YearMonth declarationPeriod, List<ReturnCode> codes) {
    if (YearMonth.from(end).isAfter(declarationPeriod)) {
      codes.add(
          new ReturnCode(
              "9319",
              "TR319",
              "product period "
                  + period
                  + " is after the declaration period "
                  + declarationPeriod));
    }
  }

  /** The rules against the allocation's period. */
  static void checkAllocation(
      DateRange period, LocalDate end, DateRange allocated, List<ReturnCode> codes) {
    LocalDate start = period.start();
    LocalDate allocatedEnd = allocated.end();
    if (start.isBefore(allocated.start())) {
      codes.add(
          new ReturnCode(
              "9307",
              "TR307",
              "product period starts " + start + ", before the allocation " + allocated));
    }
    if (allocatedEnd != null && end.isAfter(allocatedEnd)) {
      codes.add(
          new ReturnCode(
              "9308",
              "TR308",
              "product period ends " + end + ", after the allocation " + allocated));
    }
    LocalDate firstDay = YearMonth.from(start).atDay(1);
    LocalDate expectedStart =
        allocated.start().isAfter(firstDay)
                && YearMonth.from(allocated.start()).equals(YearMonth.from(start))
            ? allocated.start()
            : firstDay;
    if (!start.equals(expectedStart)) {
      codes.add(
          new ReturnCode(
              "9387", "TR387", "product period starts " + start + ", must start " + expectedStart));
    }
    LocalDate lastDay = YearMonth.from(end).atEndOfMonth();
    LocalDate expectedEnd =
        allocatedEnd != null
                && allocatedEnd.isBefore(lastDay)
                && YearMonth.from(allocatedEnd).equals(YearMonth.from(end))
            ? allocatedEnd
            : lastDay;
    if (!end.equals(expectedEnd)) {
      codes.add(
          new ReturnCode(
              "9388", "TR388", "product period ends " + end + ", must end " + expectedEnd));
    }
  }
}
