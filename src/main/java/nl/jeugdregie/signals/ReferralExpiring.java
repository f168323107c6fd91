package nl.jeugdregie.signals;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Twente R-TWE-1 (seed 002 p.1: "moet starten binnen 1 jaar na afgifte datum van de verwijsbrief.
 * Is de jeugdhulp niet binnen een jaar gestart, dan is een nieuwe verwijzing nodig"): the last
 * valid day of a letter is letter date + validity - 1 day (as {@code ReferralLetterValidity}
 * decides). The signal is raised {@link #NOTICE_WEEKS} weeks before that day while care has not
 * started, and is due on it; it closes once care starts or the letter has expired (then a new
 * referral is needed and the request route refuses the old letter). For the provider: it is the
 * provider who starts care. The 4 weeks' notice is our choice; the seed sets none.
 */
final class ReferralExpiring {

  /** How long before the letter's last valid day the signal is raised: our choice. */
  static final int NOTICE_WEEKS = 4;

  private ReferralExpiring() {}

  static Optional<Finding> check(
      String rule,
      Period validFor,
      String subject,
      @Nullable LocalDate letterDate,
      boolean careStarted,
      LocalDate today) {
    if (letterDate == null || careStarted) return Optional.empty();
    LocalDate lastDay = DateRange.lastDay(letterDate, validFor);
    if (today.isAfter(lastDay) || lastDay.isAfter(today.plusWeeks(NOTICE_WEEKS))) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            SignalKind.REFERRAL_EXPIRING,
            rule,
            Role.PROVIDER,
            lastDay,
            subject
                + ": care has not started and the referral letter of "
                + letterDate
                + " is valid until "
                + lastDay
                + "; after that a new referral is needed ("
                + rule
                + ")"));
  }
}
