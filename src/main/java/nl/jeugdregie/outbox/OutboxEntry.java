package nl.jeugdregie.outbox;

import java.time.Instant;
import java.util.UUID;
import nl.jeugdregie.ijw.MessageType;
import org.jspecify.annotations.Nullable;

/**
 * One message in the municipality's outbox (a JW301 or JW319), without its content: to whom it
 * goes, about which client (pseudonym), its state and, once its retour came, the retour's code.
 *
 * <ul>
 *   <li>{@code WAITING}: made, not fetched by the provider yet;
 *   <li>{@code SENT}: fetched, its retour awaited; {@code overdue} once 3 working days passed
 *       without one (iJw OP090);
 *   <li>{@code ANSWERED}: the retour came; {@code retourCode} 0200 is accepted, anything else a
 *       rejection (the message counts as not sent, OP286);
 *   <li>{@code HELD}: it cannot be made yet; {@code note} says why (e.g. the client's address is
 *       unknown, TR061). A held entry has no XML to fetch.
 * </ul>
 */
public record OutboxEntry(
    UUID id,
    MessageType type,
    String sender,
    String receiver,
    @Nullable String clientPseudonym,
    Instant createdAt,
    String state,
    @Nullable Instant sentAt,
    @Nullable String retourCode,
    boolean overdue,
    @Nullable String note) {}
