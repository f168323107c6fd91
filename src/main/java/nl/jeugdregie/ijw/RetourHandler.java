package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the provider's retour on a message we sent: a JW302 on our JW301, a JW320 on our JW319
 * (ijw.md §2.1). A retour copies our header unchanged, so its Afzender is our municipality and its
 * Identificatie ours: by those the message it answers is found and marked ANSWERED with the
 * retour's code. That code is the first RetourCode other than 0200 (geen opmerking) and 0233 (niet
 * beoordeeld) anywhere in the retour, else 0200: a retour without codes, or with only those,
 * accepts the message; any other code rejects it, and then it counts as not sent (OP286). A retour
 * gets no answer of its own.
 */
@Component
class RetourHandler implements MessageHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RetourHandler.class);

  private static final Set<String> NO_OBJECTION = Set.of("0200", "0233");

  private final MessageLog log;
  private final Clock clock;

  RetourHandler(MessageLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Override
  public Set<MessageType> types() {
    return Set.of(MessageType.JW302, MessageType.JW320);
  }

  /** A retour gets no answer; one under a used identification is logged as rejected (TR056). */
  @Override
  public Handled duplicate(Received retour, String retourIdentification) {
    return new Handled(null, null, false, Inbox.DUPLICATE_IDENTIFICATION, null);
  }

  @Override
  public Handled handle(Actor actor, Received retour) {
    MessageType answered =
        retour.type() == MessageType.JW302 ? MessageType.JW301 : MessageType.JW319;
    Header header = retour.header();
    Optional<MessageLog.Entry> ours =
        log.find(MessageLog.Direction.OUT, answered, header.sender(), header.identification());
    if (ours.isEmpty()) {
      return refused(retour, "it answers no " + answered + " that " + header.sender() + " sent");
    }
    MessageLog.Entry sent = ours.get();
    if (!sent.receiver().equals(header.receiver())
        || (actor.role() == Role.PROVIDER && !sent.receiver().equals(actor.agb()))) {
      return refused(retour, "our " + answered + " was sent to another provider");
    }
    if (sent.state().equals("ANSWERED")) {
      return refused(retour, "our " + answered + " has its retour already");
    }
    String code = code(retour.xml());
    log.markAnswered(sent.id(), retour.id(), code, clock.instant());
    return new Handled(null, null, true, code, null);
  }

  /** Not taken: logged with why (the retour names no person), nothing changes. */
  private static Handled refused(Received retour, String why) {
    LOG.warn(
        "{} {} of {} not taken: {}",
        retour.type(),
        retour.header().identification(),
        retour.header().receiver(),
        why);
    return new Handled(null, null, false, null, null);
  }

  /** The first code that objects, else 0200. */
  static String code(byte[] xml) {
    try (InputStream in = new ByteArrayInputStream(xml)) {
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamReader.START_ELEMENT
              && reader.getLocalName().equals("RetourCode")) {
            String code = reader.getElementText().strip();
            if (!NO_OBJECTION.contains(code)) return code;
          }
        }
      } finally {
        reader.close();
      }
      return Retours.NO_REMARK;
    } catch (XMLStreamException | IOException e) {
      throw new IllegalArgumentException("the retour cannot be read: " + e.getMessage(), e);
    }
  }
}
