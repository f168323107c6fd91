package nl.jeugdregie.signals;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Twente R-TWE-4 (seed 002 p.2: "geeft de aanbieder 8 tot 12 weken voor het verstrijken van de
 * einddatum bij de gemeente aan of er een verlenging noodzakelijk is"): from {@code fromWeeks} up
 * to and including {@code toWeeks} before the end date (both ends inclusive) the provider reports
 * whether an extension is needed. Due on the last day of the window; after the window the signal
 * closes (the report is then late, and a new allocation is the access team's own call). For the
 * provider: the seed puts the report on the provider.
 */
final class ExtensionDue {

  private ExtensionDue() {}

  static Optional<Finding> check(
      String rule,
      int fromWeeks,
      int toWeeks,
      String subject,
      @Nullable LocalDate end,
      LocalDate today) {
    if (end == null) return Optional.empty();
    LocalDate opens = end.minusWeeks(fromWeeks);
    LocalDate closes = end.minusWeeks(toWeeks);
    if (today.isBefore(opens) || today.isAfter(closes)) return Optional.empty();
    return Optional.of(
        new Finding(
            SignalKind.EXTENSION_WINDOW,
            rule,
            Role.PROVIDER,
            closes,
            subject
                + " ends on "
                + end
                + ": report to the municipality by "
                + closes
                + " whether an extension is needed ("
                + rule
                + ")"));
  }
}
