package nl.jeugdregie.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the signal rules need to know of one allocation today: its current terms, delivery, the
 * referral letter it was requested on, and what billing booked on it. No personal data.
 */
record AllocationSituation(
    UUID id,
    String municipality,
    int number,
    String region,
    String providerAgb,
    String category,
    @Nullable String productCode,
    String delivery,
    boolean deleted,
    LocalDate start,
    @Nullable LocalDate end,
    @Nullable Long budgetCents,
    long consumedCents,
    List<Exhaustion.Month> booked,
    @Nullable LocalDate careStartedOn,
    @Nullable String referrerType,
    @Nullable LocalDate letterDate) {

  AllocationSituation {
    booked = List.copyOf(booked);
  }

  String label() {
    return "allocation " + municipality + "/" + number;
  }

  boolean careStarted() {
    return careStartedOn != null || !delivery.equals("NOT_STARTED");
  }
}
