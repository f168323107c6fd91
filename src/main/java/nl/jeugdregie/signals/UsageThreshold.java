package nl.jeugdregie.signals;

import java.math.BigDecimal;
import java.util.Optional;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Amstelveen/Aalsmeer R-AAA-2 (seed 004 'Signaalbudgetten': "Wanneer een aanbieder het budget voor
 * 75% heeft gebruikt dan zijn er twee mogelijkheden"): once the consumed share of the budget is at
 * or above the pack's {@code UsageSignal} threshold, the provider either finishes within the budget
 * or evaluates with the referrer (possibly towards a maatwerk signaalbudget). For the provider: it
 * is the provider who chooses and starts the evaluation; the access team sees it in its scope.
 */
final class UsageThreshold {

  private UsageThreshold() {}

  static Optional<Finding> check(
      String rule,
      BigDecimal threshold,
      String subject,
      long consumedCents,
      @Nullable Long limitCents) {
    if (limitCents == null || limitCents <= 0) return Optional.empty();
    BigDecimal consumed = BigDecimal.valueOf(consumedCents);
    if (consumed.compareTo(threshold.multiply(BigDecimal.valueOf(limitCents))) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            SignalKind.USAGE_THRESHOLD,
            rule,
            Role.PROVIDER,
            null,
            subject
                + ": "
                + Money.euros(consumedCents)
                + " of the budget of "
                + Money.euros(limitCents)
                + " used ("
                + Money.percent(consumedCents, limitCents)
                + ", signal at "
                + threshold.movePointRight(2).stripTrailingZeros().toPlainString()
                + "%); finish within the budget or evaluate with the referrer ("
                + rule
                + ")"));
  }
}
