package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.IjwRules;
import nl.jeugdregie.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Where every iJw message a municipality receives comes in (ijw.md §2.1). The XSD comes first
 * (level 1): a message that fails it is refused whole and nothing is stored, since the standard
 * gives no retour for it. Then iJw TR056 (→ 9056): a message type's identification is unique per
 * sender; the same message again (same identification, same bytes) gets the answer it got the first
 * time, another message under a used identification is rejected. Every message is logged with its
 * answer; the handler for the type judges levels 2 to 4 and does the work.
 *
 * <p>Who may send: a provider only under its own AGB code (the header's Afzender), and the system
 * actors of the exchange (the GGk edge, admin).
 */
@Service
@IjwRules({"TR056"})
public class Inbox {

  /** WJ001 9056: identification not unique per message type for the sender (TR056). */
  static final String DUPLICATE_IDENTIFICATION = "9056";

  /** The messages a municipality receives; the others it sends. */
  private static final Set<MessageType> RECEIVED =
      Set.of(
          MessageType.JW302,
          MessageType.JW305,
          MessageType.JW307,
          MessageType.JW315,
          MessageType.JW317,
          MessageType.JW320,
          MessageType.JW323);

  /** How long a repeated message waits for the first one's answer (a JW323 of 25 MB included). */
  private static final java.time.Duration WAIT_FOR_FIRST = java.time.Duration.ofSeconds(60);

  private static final Logger log = LoggerFactory.getLogger(Inbox.class);

  private final XsdCheck xsd = new XsdCheck();
  private final Map<MessageType, MessageHandler> handlers = new EnumMap<>(MessageType.class);
  private final MessageLog messages;
  private final Clock clock;

  Inbox(List<MessageHandler> handlers, MessageLog messages, Clock clock) {
    for (MessageHandler handler : handlers) {
      for (MessageType type : handler.types()) {
        MessageHandler earlier = this.handlers.put(type, handler);
        if (earlier != null) {
          throw new IllegalStateException(
              type + " has two handlers: " + earlier.getClass() + ", " + handler.getClass());
        }
      }
    }
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Receives one raw iJw message and answers it as the standard prescribes.
   *
   * @throws MessageRefusedException when the message fails control level 1 (nothing stored)
   * @throws RouteRefusedException when the actor may not send it, or it is not a message a
   *     municipality receives
   */
  public Reply receive(Actor actor, byte[] xml) {
    maySend(actor);
    XsdCheck.Result check = xsd.check(xml);
    MessageType type = check.type();
    if (type == null || !check.valid()) {
      throw new MessageRefusedException(
          type,
          check.findings(),
          (type == null
                  ? "not an iJw 3.2 message"
                  : "the " + type + " is not valid against its XSD")
              + ": "
              + check.findings().getFirst());
    }
    if (!RECEIVED.contains(type)) {
      throw RouteRefusedException.unprocessable(
          "message",
          null,
          "a "
              + type
              + " is sent by a municipality, not received by one; this system receives "
              + RECEIVED.stream().sorted().toList());
    }
    Header header = header(xml);
    // a retour keeps the header of the message it answers; its own sender is that message's
    // receiver, its own identification and date are IdentificatieRetour and DagtekeningRetour
    Header from = isRetour(type) ? retourHeader(xml, header) : header;
    mayReceive(actor, type, from);
    MessageHandler handler = handlers.get(type);
    if (handler == null) {
      throw RouteRefusedException.unprocessable(
          "message", null, "receiving a " + type + " is not supported yet");
    }
    LocalDate today = LocalDate.now(clock);
    Optional<MessageLog.Entry> earlier =
        messages.find(MessageLog.Direction.IN, type, from.sender(), from.identification());
    String hash = MessageLog.hash(xml);
    if (earlier.isPresent()) {
      MessageLog.Entry first = earlier.get();
      if (first.contentHash().equals(hash)) return replay(first);
    }
    Instant now = clock.instant();
    UUID id;
    try {
      id =
          messages.insert(
              new MessageLog.NewMessage(
                  MessageLog.Direction.IN,
                  type,
                  from,
                  xml,
                  earlier.isPresent() ? "REJECTED" : "RECEIVED",
                  null,
                  null,
                  null,
                  actor.role() == Role.PROVIDER ? actor.agb() : null,
                  null),
              now);
    } catch (DuplicateKeyException simultaneous) {
      // the same identification was taken in between by a post at the same moment (the unique
      // index of TR056): the same message waits for that one's answer, and is not processed twice
      Optional<MessageLog.Entry> first =
          messages.find(MessageLog.Direction.IN, type, from.sender(), from.identification());
      if (first.isPresent() && first.get().contentHash().equals(hash)) return replay(first.get());
      throw simultaneous;
    }
    Received received = new Received(id, type, header, xml, today);
    Handled handled;
    try {
      handled =
          earlier.isPresent()
              ? handler.duplicate(received, newIdentification())
              : handler.handle(actor, received);
    } catch (RuntimeException e) {
      // nothing half-stored: the message did not get an answer, so it is not kept either
      messages.delete(id);
      throw e;
    }
    byte[] reply = handled.reply();
    MessageType replyType = handled.replyType();
    if (reply != null && replyType != null) {
      Header replyHeader =
          new Header(header.receiver(), header.sender(), identificationOf(reply), today);
      messages.insert(
          new MessageLog.NewMessage(
              MessageLog.Direction.OUT,
              replyType,
              replyHeader,
              reply,
              "DELIVERED",
              handled.returnCode(),
              id,
              handled.clientPseudonym(),
              header.sender(),
              header.receiver()),
          now);
    }
    // finished only once its answer is kept: the same message posted meanwhile waits for this
    messages.finish(id, handled.accepted() ? "ACCEPTED" : "REJECTED", handled.returnCode());
    log.info(
        "received {} {} from {}: {}",
        type,
        header.identification(),
        header.sender(),
        handled.accepted() ? "accepted" : "rejected " + handled.returnCode());
    return new Reply(type, replyType, reply, false);
  }

  /**
   * The answer the same message got the first time. A first that is still being processed (a
   * simultaneous post) is waited for, up to {@link #WAIT_FOR_FIRST}, so both posts get one answer.
   */
  private Reply replay(MessageLog.Entry entry) {
    MessageLog.Entry first = entry;
    long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
    while (first.state().equals("RECEIVED") && System.nanoTime() < deadline) {
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      Optional<MessageLog.Entry> now = messages.get(first.id());
      if (now.isEmpty()) {
        // the first failed and was not kept: this one may be sent again
        throw RouteRefusedException.conflict(
            "message", null, "the same message sent at the same moment failed; send it again");
      }
      first = now.get();
    }
    if (first.state().equals("RECEIVED")) {
      throw RouteRefusedException.conflict(
          "message",
          null,
          "this message is being processed right now; send it again later for its answer");
    }
    Optional<MessageType> replyType = replyTypeOf(first.type());
    if (replyType.isEmpty()) return new Reply(first.type(), null, null, true);
    Optional<MessageLog.Entry> answer = messages.answerTo(first.id(), replyType.get());
    return new Reply(
        first.type(), replyType.get(), answer.map(a -> messages.xml(a.id())).orElse(null), true);
  }

  private static Optional<MessageType> replyTypeOf(MessageType type) {
    return type == MessageType.JW323 ? Optional.of(MessageType.JW325) : Retours.retourOf(type);
  }

  /**
   * Whether this actor may send iJw messages at all: a provider (with its AGB code) or the exchange
   * (admin). Checked before a byte of the message is read or parsed, so no other role gets to
   * upload megabytes; the per-AGB check follows once the header is read ({@link #mayReceive}).
   *
   * @throws RouteRefusedException (not permitted) for any other role
   */
  public static void maySend(Actor actor) {
    switch (actor.role()) {
      case PROVIDER, ADMIN -> {}
      default ->
          throw RouteRefusedException.notPermitted(
              "only providers (and the exchange) send iJw messages to the municipality");
    }
  }

  private static void mayReceive(Actor actor, MessageType type, Header header) {
    switch (actor.role()) {
      case PROVIDER -> {
        if (!header.sender().equals(actor.agb())) {
          throw RouteRefusedException.notPermitted(
              "a provider sends iJw messages under its own AGB code only; this "
                  + type
                  + " names another sender");
        }
      }
      case ADMIN -> {}
      default ->
          throw RouteRefusedException.notPermitted(
              "only providers (and the exchange) send iJw messages to the municipality");
    }
  }

  /** A new identification for an answer: 12 characters, unique in practice (UUID v4 based). */
  public static String newIdentification() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
  }

  private static boolean isRetour(MessageType type) {
    return type == MessageType.JW302 || type == MessageType.JW320;
  }

  /** A retour's own sender (the copied header's receiver), identification and date. */
  private static Header retourHeader(byte[] xml, Header copied) {
    String identification = null;
    String dated = null;
    try (InputStream in = new ByteArrayInputStream(xml)) {
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      while (reader.hasNext() && (identification == null || dated == null)) {
        if (reader.next() != XMLStreamConstants.START_ELEMENT) continue;
        switch (reader.getLocalName()) {
          case "IdentificatieRetour" -> identification = reader.getElementText().trim();
          case "DagtekeningRetour" -> dated = reader.getElementText().trim();
          default -> {}
        }
      }
      reader.close();
    } catch (XMLStreamException | IOException e) {
      throw new IllegalArgumentException("the header cannot be read: " + e.getMessage(), e);
    }
    if (identification == null || dated == null) {
      throw new IllegalArgumentException("the retour lacks IdentificatieRetour or its date");
    }
    return new Header(copied.receiver(), copied.sender(), identification, LocalDate.parse(dated));
  }

  /** The header of an XSD-valid message: sender, receiver, identification, date. */
  public static Header header(byte[] xml) {
    String sender = null;
    String receiver = null;
    String identification = null;
    String dated = null;
    try (InputStream in = new ByteArrayInputStream(xml)) {
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("Header")) {
          break;
        }
        if (event != XMLStreamConstants.START_ELEMENT) continue;
        switch (reader.getLocalName()) {
          case "Afzender" -> sender = reader.getElementText().trim();
          case "Ontvanger" -> receiver = reader.getElementText().trim();
          case "Identificatie" -> {
            if (identification == null) identification = reader.getElementText().trim();
          }
          case "Dagtekening" -> {
            if (dated == null) dated = reader.getElementText().trim();
          }
          default -> {}
        }
      }
      reader.close();
    } catch (XMLStreamException | IOException e) {
      throw new IllegalArgumentException("the header cannot be read: " + e.getMessage(), e);
    }
    if (sender == null || receiver == null || identification == null || dated == null) {
      throw new IllegalArgumentException("the header lacks a sender, receiver or identification");
    }
    return new Header(sender, receiver, identification, LocalDate.parse(dated));
  }

  /** The retour's own identification (IdentificatieRetour), or the header's for a JW325. */
  public static String identificationOf(byte[] reply) {
    try (InputStream in = new ByteArrayInputStream(reply)) {
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      String first = null;
      while (reader.hasNext()) {
        if (reader.next() != XMLStreamConstants.START_ELEMENT) continue;
        String name = reader.getLocalName();
        if (name.equals("IdentificatieRetour")) return reader.getElementText().trim();
        if (name.equals("Identificatie") && first == null) first = reader.getElementText().trim();
        if (name.equals("DeclaratieIdentificatie") || name.equals("Client")) break;
      }
      if (first == null) throw new IllegalStateException("an answer without identification");
      return first;
    } catch (XMLStreamException | IOException e) {
      throw new IllegalStateException("our answer cannot be read back: " + e.getMessage(), e);
    }
  }
}
