package nl.jeugdregie.ijw;

import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestOutcome;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.ijw.xml.jw301.Root;
import nl.jeugdregie.ijw.xml.jw301.ToegewezenProduct;
import nl.jeugdregie.shared.IjwRules;
import org.springframework.stereotype.Component;

/**
 * The rules of a JW301 against earlier messages (control level 3, ijw.md §2.1), each with its own
 * return code, checked on every JW301 the municipality is about to send:
 *
 * <ul>
 *   <li>TR332 → 9332: a ToewijzingNummer is unique per municipality: no earlier JW301 used it for
 *       another client or provider. The allocation table guarantees it too; this checks what was
 *       actually sent.
 *   <li>TR379 → 9379: a ReferentieAanbieder is only given when the product honours a request (VOT
 *       or VOW) of this provider for this client that was approved, and only the first time: no
 *       earlier JW301 to the provider carried it.
 *   <li>TR385 → 9385: an allocation with approved declaration lines that are not credited is not
 *       deleted (RedenWijziging 13).
 * </ul>
 */
@Component
@IjwRules({"TR332", "TR379", "TR385"})
class AllocationHistoryRules {

  private static final String DELETED = "13";

  private final SentMessages store;
  private final Requests requests;
  private final Allocations allocations;
  private final Declarations declarations;

  AllocationHistoryRules(
      SentMessages store, Requests requests, Allocations allocations, Declarations declarations) {
    this.store = store;
    this.requests = requests;
    this.allocations = allocations;
    this.declarations = declarations;
  }

  /** Checks {@code message}, a JW301 for client {@code clientId} ({@code pseudonym}). */
  void check(Root message, UUID clientId, String pseudonym, Findings f) {
    String municipality = message.getHeader().getAfzender();
    String agb = message.getHeader().getOntvanger();
    for (ToegewezenProduct p :
        message.getClient().getToegewezenProducten().getToegewezenProduct()) {
      int number = p.getToewijzingNummer();
      if (store.numberSentForOther(municipality, number, pseudonym, agb)) {
        f.add(
            "TR332",
            "9332",
            p,
            "ToewijzingNummer",
            "allocation number " + number + " was sent before for another client or provider");
      }
      String reference = p.getReferentieAanbieder();
      if (reference != null) reference(f, p, agb, clientId, reference);
      if (DELETED.equals(p.getRedenWijziging())) {
        Optional<Allocations.Facts> facts = allocations.facts(municipality, number);
        if (facts.isPresent() && declarations.hasApprovedUncreditedLines(facts.get().id())) {
          f.add(
              "TR385",
              "9385",
              p,
              "RedenWijziging",
              "allocation "
                  + number
                  + " has approved declaration lines that are not credited: it cannot be deleted");
        }
      }
    }
  }

  private void reference(
      Findings f, ToegewezenProduct p, String agb, UUID clientId, String reference) {
    Optional<RequestOutcome> request = requests.outcome(agb, reference);
    if (request.isEmpty()
        || !request.get().clientId().equals(clientId)
        || request.get().state() != RequestState.APPROVED) {
      f.add(
          "TR379",
          "9379",
          p,
          "ReferentieAanbieder",
          "ReferentieAanbieder does not name an approved request of this provider for this client");
    } else if (store.referenceAllocated(agb, reference)) {
      f.add(
          "TR379",
          "9379",
          p,
          "ReferentieAanbieder",
          "ReferentieAanbieder was given in an earlier JW301: only the first one honouring the"
              + " request carries it");
    }
  }
}
