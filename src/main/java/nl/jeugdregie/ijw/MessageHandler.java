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
