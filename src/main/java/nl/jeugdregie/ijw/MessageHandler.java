package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Processes one kind of received iJw message after it passed its XSD (control level 1): the content
 * rules (level 2, answered with return code 0001 in the header), then the rules against earlier
 * messages and external sources (levels 3 and 4, answered per class), then the work in the domain
 * (ijw.md §2.1). {@link Inbox} has logged the message and stores the answer.
 */
interface MessageHandler {

  /** The message types this handler takes. */
  Set<MessageType> types();

  /** Judges and processes {@code message}; never throws for what the sender did wrong. */
  Handled handle(Actor actor, Received message);

  /**
   * iJw TR056 → 9056: the sender used this identification before for another message of this type.
   * Nothing is processed; the answer carries 9056 in its header. The default answers with the
   * retour of the type; a handler whose answer is no retour (JW323 → JW325) overrides it.
   */
  default Handled duplicate(Received message, String retourIdentification) {
    RuleFinding finding =
        new RuleFinding(
            "TR056",
            Inbox.DUPLICATE_IDENTIFICATION,
            "identification "
                + message.header().identification()
                + " was used before for another "
                + message.type(),
            "/Bericht/Header/BerichtIdentificatie",
            0);
    MessageType retour = Retours.retourOf(message.type()).orElseThrow();
    byte[] xml =
        Retours.rejected(
            message.type(),
            message.xml(),
            retourIdentification,
            message.today(),
            java.util.List.of(finding));
    return new Handled(retour, xml, false, Inbox.DUPLICATE_IDENTIFICATION, null);
  }

  /**
   * A received message: its log id, type, header, the raw XML (XSD-valid) and today's date (the
   * receiver's system date, TR135).
   */
  record Received(UUID id, MessageType type, Header header, byte[] xml, LocalDate today) {}

  /**
   * What a handler answers: the reply to send back (a retour, or a JW325 for a JW323; null for a
   * retour we received, which gets none), whether the message was accepted, and the header's return
   * code (0200 accepted, 0001 content rules, or a level-3 code).
   */
  record Handled(
      @Nullable MessageType replyType,
      byte @Nullable [] reply,
      boolean accepted,
      @Nullable String returnCode,
      @Nullable String clientPseudonym) {}
}
