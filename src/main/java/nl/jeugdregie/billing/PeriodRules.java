package nl.jeugdregie.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.shared.DateRange;

/**
 * The product period: one calendar month (CS337), not after the declaration (TR319, TR137), not
 * more than 5 years back (TR335), within the allocation (TR307, TR308) and from its first to its
 * last day in that month (TR387, TR388) (ijw.md 2.6, 5.6).
 */
final class PeriodRules {

  private PeriodRules() {}

  /** The rules that need only the line and the declaration; {@code end} is the period's end. */
  static void checkDeclaration(
      DateRange period, LocalDate end, LineContext context, List<ReturnCode> codes) {
    if (!YearMonth.from(period.start()).equals(YearMonth.from(end))) {
      codes.add(
          ReturnCode.technical("CS337", "product period " + period + " is not within one month"));
    }
    if (end.isAfter(context.declarationDate())) {
      codes.add(
          ReturnCode.technical(
              "TR137",
              "product period ends "
                  + end
                  + ", after the declaration date "
                  + context.declarationDate()));
    }
    if (end.isBefore(context.declarationDate().minusYears(5))) {
      codes.add(
          ReturnCode.technical(
              "TR335",
              "product period ends "
                  + end
                  + ", more than 5 years before the declaration date "
                  + context.declarationDate()));
    }
    if (YearMonth.from(end).isAfter(context.declarationPeriod())) {
      codes.add(
          new ReturnCode(
              "9319",
              "TR319",
              "product period "
                  + period
                  + " is after the declaration period "
                  + context.declarationPeriod()));
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
