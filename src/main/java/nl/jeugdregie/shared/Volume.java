package nl.jeugdregie.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How much care: an amount of a unit per frequency (iJw Omvang: Volume, Eenheid, Frequentie). */
public record Volume(long amount, Unit unit, Frequency frequency) {

  public Volume {
    if (amount < 0) throw new IllegalArgumentException("amount must not be negative: " + amount);
  }

  /**
   * The total over a period, in this volume's unit: per day x days, per week x weeks begun (days /
   * 7 rounded up), per month x calendar months touched, total as is. {@code Long.MAX_VALUE} for a
   * recurring volume over an open-ended period.
   */
  public long totalOver(DateRange period) {
    if (frequency == Frequency.TOTAL) return amount;
    LocalDate end = period.end();
    if (end == null) return amount == 0 ? 0 : Long.MAX_VALUE;
    long days = period.days();
    long times =
        switch (frequency) {
          case PER_DAY -> days;
          case PER_WEEK -> (days + 6) / 7;
          case PER_MONTH ->
              ChronoUnit.MONTHS.between(period.start().withDayOfMonth(1), end.withDayOfMonth(1))
                  + 1;
          case TOTAL -> 1;
        };
    return saturatedProduct(amount, times);
  }

  /**
   * The total over a period converted to {@code target}, a unit of time; fails for a volume whose
   * unit is not a unit of time or differs in kind.
   */
  public long totalOver(DateRange period, Unit target) {
    long total = totalOver(period);
    if (unit == target) return total;
    if (unit.minutes() == 0 || target.minutes() == 0) {
      throw new IllegalArgumentException("cannot convert " + unit + " to " + target);
    }
    if (total == Long.MAX_VALUE) return total;
    long minutes = saturatedProduct(total, unit.minutes());
    if (minutes == Long.MAX_VALUE) return minutes;
    // rounded up: part of a coarser unit counts whole, so 6001 minutes exceed a cap of 100 hours
    return (minutes + target.minutes() - 1) / target.minutes();
  }

  /** a x b for non-negative numbers, or {@code Long.MAX_VALUE} when that does not fit. */
  private static long saturatedProduct(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException tooLarge) {
      return Long.MAX_VALUE;
    }
  }

  @Override
  public String toString() {
    return amount + " " + unit + " " + frequency;
  }
}
