package nl.jeugdregie.signals;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.RequestState;
import org.jspecify.annotations.Nullable;

/** What the deadline rules need to know of one request. No personal data. */
record RequestSituation(
    UUID id,
    boolean changeRequest,
    String providerReference,
    String municipality,
    String region,
    String providerAgb,
    RequestState state,
    LocalDate answerDue,
    @Nullable LocalDate answeredOn,
    @Nullable LocalDate investigationDue) {

  String label() {
    return (changeRequest ? "change request " : "request ")
        + providerReference
        + " of provider "
        + providerAgb;
  }
}
