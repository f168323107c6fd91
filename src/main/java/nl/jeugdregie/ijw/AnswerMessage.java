package nl.jeugdregie.ijw;

import org.jspecify.annotations.Nullable;

/**
 * A JW319 antwoordbericht (ijw.md §3.8) as a plain record: the answer to the request a provider
 * sent with {@code reference} (ReferentieAanbieder), {@code answer} WJ760 (1 afgewezen, 2 in
 * onderzoek), the WJ759 reason of a rejection and, for reason 8, the municipality responsible by
 * law (Woonplaatsbeginsel/Gemeente). There is no client in a JW319.
 */
public record AnswerMessage(
    Header header,
    String reference,
    String answer,
    @Nullable String rejectionReason,
    @Nullable String responsibleMunicipality) {

  /** WJ760 1: Verzoek afgewezen. */
  public static final String REJECTED = "1";

  /** WJ760 2: Aanvraag in onderzoek. */
  public static final String IN_INVESTIGATION = "2";
}
