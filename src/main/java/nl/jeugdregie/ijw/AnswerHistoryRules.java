package nl.jeugdregie.ijw;

import java.util.List;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.ijw.xml.jw319.Antwoord;
import nl.jeugdregie.ijw.xml.jw319.Root;
import nl.jeugdregie.shared.IjwRules;
import org.springframework.stereotype.Component;

/**
 * The rules of a JW319 against earlier messages (control level 3, ijw.md §2.3), each with its own
 * return code, checked on every JW319 the municipality is about to send:
 *
 * <ul>
 *   <li>TR355 → 9355: the ReferentieAanbieder is that of an earlier request (VOT or VOW) of the
 *       provider.
 *   <li>TR359 → 9359: no JW301 with this ReferentieAanbieder was sent before (an allocation is the
 *       final answer).
 *   <li>TR360 → 9360: "in onderzoek" (VerzoekAntwoord 2) only when no answer with this
 *       ReferentieAanbieder was sent before.
 *   <li>TR365 → 9365: after an earlier answer on this reference, that answer was 2 (in onderzoek);
 *       after a rejection nothing follows.
 * </ul>
 */
@Component
@IjwRules({"TR355", "TR359", "TR360", "TR365"})
class AnswerHistoryRules {

  private final SentMessages store;
  private final Requests requests;

  AnswerHistoryRules(SentMessages store, Requests requests) {
    this.store = store;
    this.requests = requests;
  }

  void check(Root message, Findings f) {
    String agb = message.getHeader().getOntvanger();
    Antwoord a = message.getAntwoord();
    String reference = a.getReferentieAanbieder();
    if (requests.outcome(agb, reference).isEmpty()) {
      f.add(
          "TR355",
          "9355",
          a,
          "ReferentieAanbieder",
          "ReferentieAanbieder is not that of a request of provider " + agb);
    }
    if (store.referenceAllocated(agb, reference)) {
      f.add(
          "TR359",
          "9359",
          a,
          "ReferentieAanbieder",
          "a JW301 with this ReferentieAanbieder was sent already: the request is answered");
    }
    List<String> earlier = store.answersSent(agb, reference);
    if (AnswerMessage.IN_INVESTIGATION.equals(a.getVerzoekAntwoord()) && !earlier.isEmpty()) {
      f.add(
          "TR360",
          "9360",
          a,
          "VerzoekAntwoord",
          "'in onderzoek' is sent once per ReferentieAanbieder; an answer was sent before");
    }
    if (earlier.stream().anyMatch(answer -> !AnswerMessage.IN_INVESTIGATION.equals(answer))) {
      f.add(
          "TR365",
          "9365",
          a,
          "VerzoekAntwoord",
          "an earlier answer on this ReferentieAanbieder rejected the request: nothing follows it");
    }
  }
}
