package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The pace a budget is spent at, the forecast to year end, and the day the budget runs out (issue
 * 13; ADR 0012 Budgets: "forecast to year end at the pace of the last three months"). The seeds set
 * no forecasting rule and CBS has no definition; this is our rule:
 *
 * <ul>
 *   <li>A month is complete when it lies before today's month. The <b>pace</b> is the average paid
 *       per month over the last three complete months of the year (fewer when fewer than three are
 *       complete; none in January, then no forecast).
 *   <li><b>Forecast</b> = paid so far in the year + pace x months left, the months left being 12
 *       minus the complete months: the current month counts as left, as its care is declared after
 *       it ends. A year that is over forecasts what was paid; a year not begun has no forecast.
 *   <li><b>Exhaustion date</b>: when the payments so far passed the budget, the day it happened,
 *       taking the month it happened in as spent evenly over its days; otherwise the day the pace
 *       passes it, spreading each month left's pace evenly over its days; null when that is not
 *       within the year.
 * </ul>
 *
 * @param paidCents paid per month of care, January first (12 entries)
 */
final class BudgetPace {

  private final int year;
  private final long[] paidCents;
  private final LocalDate today;

  BudgetPace(int year, long[] paidCents, LocalDate today) {
    if (paidCents.length != 12)
      throw new IllegalArgumentException("12 months, got " + paidCents.length);
    this.year = year;
    this.paidCents = paidCents.clone();
    this.today = today;
  }

  /** The figures for one budget row; exhaustion fields are null without a budget. */
  record Outlook(
      @Nullable Long forecastCents,
      @Nullable String forecastMissing,
      @Nullable LocalDate exhaustionDate,
      boolean exhausted) {}

  Outlook outlook(@Nullable Long budgetCents) {
    int complete = completeMonths();
    long paid = 0;
    for (long cents : paidCents) paid += cents;
    Long forecast = null;
    String missing = null;
    BigDecimal pace = null;
    if (complete == 12) {
      forecast = paid;
    } else if (today.getYear() < year) {
      missing = "the year has not begun";
    } else if (complete == 0) {
      missing = "no complete month of " + year + " yet";
    } else {
      int n = Math.min(3, complete);
      long lastMonths = 0;
      for (int m = complete - n; m < complete; m++) lastMonths += paidCents[m];
      pace = BigDecimal.valueOf(lastMonths).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
      forecast =
          paid
              + pace.multiply(BigDecimal.valueOf(12 - complete))
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValueExact();
    }
    if (budgetCents == null) return new Outlook(forecast, missing, null, false);
    // already passed: walk the months paid
    long before = 0;
    for (int m = 0; m < 12; m++) {
      long after = before + paidCents[m];
      if (paidCents[m] > 0 && after >= budgetCents) {
        return new Outlook(
            forecast,
            missing,
            dayWithin(YearMonth.of(year, m + 1), budgetCents - before, paidCents[m]),
            true);
      }
      before = after;
    }
    if (pace == null || pace.signum() <= 0) return new Outlook(forecast, missing, null, false);
    BigDecimal remaining = BigDecimal.valueOf(budgetCents - paid);
    for (int m = complete; m < 12; m++) {
      if (remaining.compareTo(pace) <= 0) {
        YearMonth month = YearMonth.of(year, m + 1);
        int day =
            remaining
                .multiply(BigDecimal.valueOf(month.lengthOfMonth()))
                .divide(pace, 0, RoundingMode.CEILING)
                .intValueExact();
        return new Outlook(forecast, missing, month.atDay(Math.max(1, day)), false);
      }
      remaining = remaining.subtract(pace);
    }
    return new Outlook(forecast, missing, null, false);
  }

  /** Months of the year before today's month (12 for a past year, 0 for a future one). */
  int completeMonths() {
    if (today.getYear() > year) return 12;
    if (today.getYear() < year) return 0;
    return today.getMonthValue() - 1;
  }

  /** The day {@code needed} of {@code spent} in {@code month} is reached, spread over its days. */
  private static LocalDate dayWithin(YearMonth month, long needed, long spent) {
    long day =
        BigDecimal.valueOf(needed)
            .multiply(BigDecimal.valueOf(month.lengthOfMonth()))
            .divide(BigDecimal.valueOf(spent), 0, RoundingMode.CEILING)
            .longValueExact();
    return month.atDay((int) Math.max(1, day));
  }
}
