package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;

/**
 * What one allocation commits of a municipality's money in one calendar year (issue 13, "allocated"
 * of a budget; ADR 0012 Budgets). An obligation (verplichting), not a payment: the seeds set no
 * rule for it, so this is our reading, named in docs/control.md. CBS Beleidsinformatie Jeugd has no
 * money definition; we follow none.
 *
 * <ul>
 *   <li>An allocation with a budget (iJw needs an end date for one, CD075) commits its budget,
 *       spread evenly over the days of its period: the year gets budget x days in the year / days
 *       of the period.
 *   <li>Otherwise volume x the product book's tariff of the year, for the part of the period in the
 *       year: per day x the days; per week x days / 7; per month x each calendar month's share of
 *       days covered (a whole month counts 1, 10 of 31 days 10/31); a total (frequency 6) spread
 *       evenly over the period's days as a budget is, and an open-ended total wholly in the year it
 *       starts. A volume in another unit of time than the tariff's is converted (60 minutes an
 *       hour); any other unit mismatch, or no tariff, leaves the allocation unpriced (null).
 * </ul>
 *
 * Amounts are rounded half up to the cent once, at the end.
 */
final class Commitment {

  private Commitment() {}

  /**
   * The cents committed in {@code year}; 0 when the period misses the year, null when it cannot be
   * priced.
   *
   * @param tariffCents the product book's tariff per {@code tariffUnit} for the year
   */
  static @Nullable Long cents(
      int year,
      LocalDate start,
      @Nullable LocalDate end,
      @Nullable Long budgetCents,
      @Nullable Long amount,
      @Nullable Unit unit,
      @Nullable Frequency frequency,
      @Nullable Long tariffCents,
      @Nullable Unit tariffUnit) {
    LocalDate yearStart = LocalDate.of(year, 1, 1);
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    if (start.isAfter(yearEnd) || (end != null && end.isBefore(yearStart))) return 0L;
    LocalDate from = start.isBefore(yearStart) ? yearStart : start;
    LocalDate to = end == null || end.isAfter(yearEnd) ? yearEnd : end;
    long daysInYear = ChronoUnit.DAYS.between(from, to) + 1;
    if (budgetCents != null) {
      return spread(BigDecimal.valueOf(budgetCents), start, end, daysInYear, year);
    }
    if (amount == null || unit == null || frequency == null || tariffCents == null) return null;
    if (tariffUnit == null) return null;
    BigDecimal perUnit = BigDecimal.valueOf(tariffCents);
    if (unit != tariffUnit) {
      if (unit.minutes() == 0 || tariffUnit.minutes() == 0) return null;
      // e.g. hours allocated, tariff per minute: 60 x the minute tariff an hour
      perUnit =
          perUnit
              .multiply(BigDecimal.valueOf(unit.minutes()))
              .divide(BigDecimal.valueOf(tariffUnit.minutes()), 10, RoundingMode.HALF_UP);
    }
    BigDecimal each = perUnit.multiply(BigDecimal.valueOf(amount));
    BigDecimal cents =
        switch (frequency) {
          case PER_DAY -> each.multiply(BigDecimal.valueOf(daysInYear));
          case PER_WEEK ->
              each.multiply(BigDecimal.valueOf(daysInYear))
                  .divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP);
          case PER_MONTH -> each.multiply(months(from, to));
          case TOTAL -> BigDecimal.valueOf(spread(each, start, end, daysInYear, year));
        };
    return cents.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** {@code whole} spread evenly over the period's days; open-ended: wholly in the start year. */
  private static long spread(
      BigDecimal whole, LocalDate start, @Nullable LocalDate end, long daysInYear, int year) {
    if (end == null) {
      return start.getYear() == year ? whole.setScale(0, RoundingMode.HALF_UP).longValueExact() : 0;
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    return whole
        .multiply(BigDecimal.valueOf(daysInYear))
        .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The calendar months from {@code from} to {@code to}, each by its share of days covered. */
  private static BigDecimal months(LocalDate from, LocalDate to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
      LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
      long covered = ChronoUnit.DAYS.between(first, last) + 1;
      sum =
          sum.add(
              BigDecimal.valueOf(covered)
                  .divide(BigDecimal.valueOf(m.lengthOfMonth()), 10, RoundingMode.HALF_UP));
    }
    return sum;
  }
}
