package nl.jeugdregie.signals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * IJsselland R-IJS-5 (seed 001 §4.2.1.5.3: "Een aanpassing dient ten minste 8 weken voorafgaand aan
 * het bereiken van het keuzebudget (in tijd en geld) te worden aangevraagd"): the provider asks the
 * access team for an adjustment at least the pack's {@code ExhaustionLeadTime} before the budget
 * runs out, in money or in time. So the signal is raised once the forecast exhaustion day is within
 * the lead time, and its due date is that day minus the lead time (the last day to ask in time,
 * which may already be past). For the provider: it is the provider who asks.
 *
 * <ul>
 *   <li><b>In money</b>: the burn rate is what was booked in the last (up to) 3 booked months,
 *       spread over the calendar days of those months; at that rate the remaining budget lasts
 *       {@code floor(remaining / rate)} days from today. Nothing is forecast without a booked month
 *       or with a rate of zero or less; a budget that lasts beyond the allocation's end raises
 *       nothing (the time signal covers that end).
 *   <li><b>In time</b>: the allocation's end date is within the lead time (and not past).
 * </ul>
 */
final class Exhaustion {

  /** How many of the most recent booked months make the burn rate. */
  static final int RATE_MONTHS = 3;

  private Exhaustion() {}

  /** What was booked (net of credits) for one month of care. */
  record Month(YearMonth month, long cents) {}

  static Optional<Finding> money(
      String rule,
      int leadWeeks,
      String subject,
      long consumedCents,
      @Nullable Long limitCents,
      List<Month> booked,
      @Nullable LocalDate end,
      LocalDate today) {
    if (limitCents == null) return Optional.empty();
    List<Month> recent =
        booked.stream()
            .sorted((a, b) -> b.month().compareTo(a.month()))
            .limit(RATE_MONTHS)
            .toList();
    long cents = recent.stream().mapToLong(Month::cents).reduce(0L, Math::addExact);
    long days = recent.stream().mapToLong(m -> m.month().lengthOfMonth()).sum();
    long remaining = Math.subtractExact(limitCents, consumedCents);
    LocalDate runsOut;
    if (remaining <= 0) {
      runsOut = today;
    } else {
      if (cents <= 0) return Optional.empty();
      // exact: remaining x days may pass a long for a large budget; then it runs out far ahead
      java.math.BigInteger daysLeft =
          java.math.BigInteger.valueOf(remaining)
              .multiply(java.math.BigInteger.valueOf(days))
              .divide(java.math.BigInteger.valueOf(cents));
      if (daysLeft.bitLength() > 31) return Optional.empty();
      runsOut = today.plusDays(daysLeft.longValue());
    }
    if (end != null && runsOut.isAfter(end)) return Optional.empty();
    if (runsOut.isAfter(today.plusWeeks(leadWeeks))) return Optional.empty();
    return Optional.of(
        new Finding(
            SignalKind.EXHAUSTION_MONEY,
            rule,
            Role.PROVIDER,
            runsOut.minusWeeks(leadWeeks),
            subject
                + ": at "
                + (days == 0
                    ? "the bookings so far"
                    : Money.euros(Math.multiplyExact(cents, 30) / days) + " a month")
                + " the budget ("
                + Money.euros(limitCents)
                + ", "
                + Money.euros(Math.max(remaining, 0))
                + " left) runs out around "
                + runsOut
                + "; ask the access team for an adjustment at least "
                + leadWeeks
                + " weeks before ("
                + rule
                + ")"));
  }

  static Optional<Finding> time(
      String rule, int leadWeeks, String subject, @Nullable LocalDate end, LocalDate today) {
    if (end == null || end.isBefore(today) || end.isAfter(today.plusWeeks(leadWeeks))) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            SignalKind.EXHAUSTION_TIME,
            rule,
            Role.PROVIDER,
            end.minusWeeks(leadWeeks),
            subject
                + ": the budget ends on "
                + end
                + "; an adjustment is asked of the access team at least "
                + leadWeeks
                + " weeks before ("
                + rule
                + ")"));
  }
}
