package nl.jeugdregie.ijw;

import nl.jeugdregie.ijw.xml.jw319.Antwoord;
import nl.jeugdregie.ijw.xml.jw319.Root;
import nl.jeugdregie.shared.IjwRules;

/**
 * The content rules (control level 2, return code 0001) of a JW319 antwoordbericht (ijw.md §3.8),
 * checked on every JW319 the municipality sends:
 *
 * <ul>
 *   <li>CD085: RedenAfwijzingVerzoek is filled when VerzoekAntwoord is 1 (verzoek afgewezen).
 *   <li>CD086: RedenAfwijzingVerzoek is empty when VerzoekAntwoord is 2 (aanvraag in onderzoek).
 *   <li>TR377: with RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) the class Woonplaatsbeginsel is
 *       there, naming the responsible municipality.
 *   <li>TR409: with any other (or no) RedenAfwijzingVerzoek the class Woonplaatsbeginsel is absent.
 * </ul>
 */
@IjwRules({"CD085", "CD086", "TR377", "TR409"})
final class AnswerRules {

  private static final String PLACE_OF_RESIDENCE = "8";

  private AnswerRules() {}

  static void check(Root message, Findings f) {
    Antwoord a = message.getAntwoord();
    String reason = a.getRedenAfwijzingVerzoek();
    if (AnswerMessage.REJECTED.equals(a.getVerzoekAntwoord()) && reason == null) {
      f.content(
          "CD085",
          a,
          "RedenAfwijzingVerzoek",
          "a rejection (VerzoekAntwoord 1) needs a RedenAfwijzingVerzoek");
    }
    if (AnswerMessage.IN_INVESTIGATION.equals(a.getVerzoekAntwoord()) && reason != null) {
      f.content(
          "CD086",
          a,
          "RedenAfwijzingVerzoek",
          "an answer 'in onderzoek' (VerzoekAntwoord 2) has no RedenAfwijzingVerzoek");
    }
    boolean residence = PLACE_OF_RESIDENCE.equals(reason);
    if (residence && a.getWoonplaatsbeginsel() == null) {
      f.content(
          "TR377",
          a,
          "Woonplaatsbeginsel",
          "RedenAfwijzingVerzoek 8 needs Woonplaatsbeginsel with the responsible municipality");
    }
    if (!residence && a.getWoonplaatsbeginsel() != null) {
      f.content(
          "TR409",
          a.getWoonplaatsbeginsel(),
          null,
          "Woonplaatsbeginsel is only given with RedenAfwijzingVerzoek 8");
    }
  }
}
