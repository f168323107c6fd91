package nl.jeugdregie.ijw;

import java.util.List;

/**
 * What the municipality sent before, as far as the rules against earlier messages need it (control
 * level 3: TR332, TR379, TR355/TR360). The outbox keeps that history and answers these questions;
 * this module only asks them, so the rules stay here with the standard they come from.
 */
public interface SentMessages {

  /** TR332: an earlier JW301 used allocation {@code number} for another client or provider. */
  boolean numberSentForOther(String municipality, int number, String clientPseudonym, String agb);

  /** TR379: an earlier JW301 to {@code agb} carried ReferentieAanbieder {@code reference}. */
  boolean referenceAllocated(String agb, String reference);

  /** TR355/TR360: the VerzoekAntwoord codes already sent in JW319s answering {@code reference}. */
  List<String> answersSent(String agb, String reference);
}
