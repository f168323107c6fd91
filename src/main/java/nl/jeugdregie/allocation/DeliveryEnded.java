package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published inside the transaction of a definitive stop of delivery that a region's ending rule
 * (IJsselland R-IJS-8, 001 §4.3.1.3) asks something of afterwards: a notice to the referrer's side
 * ({@link Ending#NOTICE_AFTERWARDS}), or, on the iJw route where a stop is not refused (OP364), the
 * finding that the referrer was not consulted beforehand ({@link Ending#NOT_CONSULTED}). No
 * personal data.
 */
public record DeliveryEnded(
    UUID allocationId,
    String municipality,
    int number,
    String region,
    String providerAgb,
    LocalDate endedOn,
    String stopReason,
    String rule,
    Ending ending) {

  /** What the ending asks afterwards. */
  public enum Ending {
    NOTICE_AFTERWARDS,
    NOT_CONSULTED
  }
}
