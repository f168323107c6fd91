package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import org.jspecify.annotations.Nullable;

/**
 * How the request handlers ({@link VotHandler}, {@link VowHandler}) answer: a retour ({@link
 * Retours}) with a new identification, dated today (ijw.md §2.1, §3.4).
 */
final class VerzoekRetours {

  private VerzoekRetours() {}

  /**
   * IdentificatieRetour: 12 hex characters of a random UUID (at most 12, LDT_IdentificatieBericht).
   */
  static String newIdentification() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
  }

  /** Nothing wrong: the header only (return code 0200 in the log). */
  static Handled accepted(Received message, @Nullable String pseudonym) {
    byte[] xml =
        Retours.accepted(message.type(), message.xml(), newIdentification(), message.today());
    return new Handled(retour(message), xml, true, Retours.NO_REMARK, pseudonym);
  }

  /** A content rule broken: the header with 0001, nothing processed (OP286). */
  static Handled rejectedOnContent(Received message, @Nullable String pseudonym) {
    byte[] xml =
        Retours.rejectedOnContent(
            message.type(), message.xml(), newIdentification(), message.today());
    return new Handled(retour(message), xml, false, Findings.TECHNICAL, pseudonym);
  }

  /**
   * Rules of levels 3 and 4 broken: the codes on their classes, the whole message rejected. The
   * return code logged is the header's own when a finding is on the header, else the first
   * finding's, so a rejected message never logs 0200.
   */
  static Handled rejected(Received message, Findings findings, @Nullable String pseudonym) {
    List<RuleFinding> all = findings.all();
    byte[] xml =
        Retours.rejected(message.type(), message.xml(), newIdentification(), message.today(), all);
    String code = all.getFirst().returnCode();
    for (RuleFinding f : all) {
      if (f.xpath().startsWith("/Bericht/Header")) {
        code = f.returnCode();
        break;
      }
    }
    return new Handled(retour(message), xml, false, code, pseudonym);
  }

  /** The rule behind a return code the client route refuses with (WJ001 → TR). */
  private static final Map<String, String> RULES =
      Map.ofEntries(
          Map.entry("8187", "TR304"),
          Map.entry("9347", "TR347"),
          Map.entry("9349", "TR349"),
          Map.entry("9350", "TR350"),
          Map.entry("9351", "TR351"),
          Map.entry("9357", "TR357"),
          Map.entry("9361", "TR361"),
          Map.entry("9373", "TR373"),
          Map.entry("9374", "TR374"),
          Map.entry("9375", "TR375"),
          Map.entry("9411", "TR411"),
          Map.entry("9412", "TR412"));

  /** The TR rule of a return code of the client route ({@code 9347} → {@code TR347}). */
  static String ruleOf(String returnCode) {
    return RULES.getOrDefault(returnCode, returnCode);
  }

  private static MessageType retour(Received message) {
    return Retours.retourOf(message.type()).orElseThrow();
  }
}
