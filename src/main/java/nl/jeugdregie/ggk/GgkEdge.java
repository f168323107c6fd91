package nl.jeugdregie.ggk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.ggk.GgkEnvelopeLog.NewEnvelope;
import nl.jeugdregie.ggk.GgkEnvelopes.Envelop;
import nl.jeugdregie.ggk.GgkEnvelopes.Fout;
import nl.jeugdregie.ggk.GgkEnvelopes.Foutmelding;
import nl.jeugdregie.ggk.GgkEnvelopes.Inhoud;
import nl.jeugdregie.ggk.GgkEnvelopes.Ontvangen;
import nl.jeugdregie.ggk.GgkEnvelopes.Stuurgegevens;
import nl.jeugdregie.ggk.GgkEnvelopes.Systeem;
import nl.jeugdregie.ggk.GgkEnvelopes.Uitgaand;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.IjwXml;
import nl.jeugdregie.ijw.Inbox;
import nl.jeugdregie.ijw.MessageLog;
import nl.jeugdregie.ijw.MessageRefusedException;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.Reply;
import nl.jeugdregie.ijw.Retours;
import nl.jeugdregie.ijw.XmlFinding;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The municipality's StUF-GGk edge (ijw.md §7.2, §7.4): the GGk delivers each iJw message of a
 * provider in a StUF-GGk envelope (OntvangAsynchroon: Di01 heenbericht, Du01 retourbericht, Fo01
 * error report) and gets a synchronous Bv03 (taken) or Fo03 (refused, as a SOAP Fault). The iJw
 * message goes to the {@link Inbox}; its answer goes back to the GGk asynchronously, in an envelope
 * of its own: a retour in a Du01 whose crossRefnummer names the Di01 it answers, a JW325 in a Di01
 * (it answers a JW323 but is no retour; [CHECK] ijw.md §7.2).
 *
 * <p>Refused with a Fo03, nothing stored: an envelope that is not XML, hostile, too large or
 * invalid against the GGk XSD (StUF055); an iJw message refused on its XSD (StUF055, naming the
 * first finding: control level 1 has no iJw retour, ijw.md §2.1); an envelope whose zender is not
 * the organisation that sent the iJw message in it (StUF052); an envelope id reused for another
 * envelope (StUF016). The same envelope again gets its Bv03 again and nothing more.
 */
@Service
public class GgkEdge {

  /** The synchronous answer: a Bv03, or a SOAP Fault with a Fo03 (HTTP 500, as SOAP 1.1 says). */
  public record Answer(byte[] soap, boolean fault) {}

  /** The largest SOAP message taken: a 25 MB iJw message in base64 with its envelope. */
  public static final int MAX_BYTES = GgkEnvelopes.MAX_BYTES;

  private static final Logger log = LoggerFactory.getLogger(GgkEdge.class);

  /** How we name ourselves in a Fo03 when the envelope could not say how it addressed us. */
  private static final Systeem JEUGDREGIE = new Systeem(null, "jeugdregie", null, null);

  private static final Systeem ONBEKEND = new Systeem(null, "onbekend", null, null);

  /** Retours keep the header of the message they answer: their sender is its Ontvanger. */
  private static final Set<MessageType> RETOURS =
      EnumSet.copyOf(
          EnumSet.allOf(MessageType.class).stream()
              .flatMap(t -> Retours.retourOf(t).stream())
              .collect(Collectors.toSet()));

  private static final String WSDL = "ggk/ggk0310_21/ggkberichten/ggk0310_OntvangAsynchroon.wsdl";
  private static final String WSDL_ADDRESS =
      "http://example.com/CGS/ws1/services/StUFOntvangAsynchroonGGK0310Service";

  private final Inbox inbox;
  private final GgkEnvelopeLog envelopes;
  private final GgkOutbox outbox;
  private final Clock clock;
  private final TransactionTemplate transactions;

  GgkEdge(
      Inbox inbox,
      GgkEnvelopeLog envelopes,
      GgkOutbox outbox,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.inbox = inbox;
    this.envelopes = envelopes;
    this.outbox = outbox;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Only the GGk connection delivers envelopes: a technical account with the administrator role.
   *
   * @throws RouteRefusedException (not permitted) for any other role
   */
  public static void permit(Actor actor) {
    if (actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted(
          "only the GGk connection (an administrator account) delivers StUF-GGk envelopes;"
              + " providers send their iJw messages through VECOZO and the GGk");
    }
  }

  /**
   * Takes one SOAP message of the GGk (or a bare envelope) and answers it synchronously.
   *
   * @throws RouteRefusedException when {@code actor} is not the GGk connection
   */
  public Answer receive(Actor actor, byte[] soap) {
    permit(actor);
    Instant now = clock.instant();
    Ontvangen ontvangen;
    try {
      ontvangen = GgkEnvelopes.read(soap);
    } catch (EnvelopeRefusedException e) {
      EnvelopeRefusedException.Herkomst from = e.herkomst();
      return fault(
          from.ontvanger(),
          from.zender(),
          from.referentienummer(),
          Fout.of(StufFoutcode.STUF055, "the envelope: " + listed(e.findings(), e.getMessage())),
          now);
    }
    return switch (ontvangen) {
      case Envelop envelop -> envelop(actor, envelop, now);
      case Foutmelding melding -> foutmelding(melding, now);
    };
  }

  /** The WSDL of OntvangAsynchroon (VNG's ggk0310), its address set to {@code endpoint}. */
  public byte[] wsdl(String endpoint) {
    try (InputStream in = GgkEdge.class.getClassLoader().getResourceAsStream(WSDL)) {
      if (in == null) throw new IllegalStateException("missing " + WSDL);
      String wsdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String address = endpoint.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
      return wsdl.replace(WSDL_ADDRESS, address).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the WSDL cannot be read", e);
    }
  }

  private Answer envelop(Actor actor, Envelop envelop, Instant now) {
    Stuurgegevens s = envelop.stuurgegevens();
    String hash = MessageLog.hash(envelop.payload());
    Optional<Answer> repeat = repeat(s, hash, now);
    if (repeat.isPresent()) return repeat.get();
    String mismatch = senderMismatch(s, envelop.payload());
    if (mismatch != null) return refuse(s, Fout.of(StufFoutcode.STUF052, mismatch), now);
    Reply reply;
    try {
      reply = inbox.receive(actor, envelop.payload());
    } catch (MessageRefusedException e) {
      return refuse(
          s,
          Fout.of(
              StufFoutcode.STUF055,
              "the iJw message in GGK:bericht: " + listed(e.findings(), e.getMessage())),
          now);
    } catch (RouteRefusedException e) {
      StufFoutcode code =
          switch (e.kind()) {
            case NOT_PERMITTED -> StufFoutcode.STUF052;
            case CONFLICT -> StufFoutcode.STUF058;
            case NOT_FOUND, UNPROCESSABLE -> StufFoutcode.STUF037;
          };
      return refuse(s, Fout.of(code, String.valueOf(e.getMessage())), now);
    } catch (RuntimeException e) {
      log.error(
          "{} {} from {}: the iJw message could not be processed",
          s.berichtcode().code(),
          s.referentienummer(),
          s.zender().naam(),
          e);
      return refuse(
          s,
          Fout.of(StufFoutcode.STUF058, "the message could not be processed; send it again"),
          now);
    }
    UUID answer;
    try {
      Header header = Inbox.header(envelop.payload());
      Antwoordenvelop back = answerEnvelope(s, header, reply, now);
      answer =
          transactions.execute(
              tx -> {
                envelopes.insertReceived(
                    new NewEnvelope(
                        s, header.identification(), envelop.crossRefnummerBericht(), hash),
                    null,
                    now);
                return back == null
                    ? null
                    : envelopes.insertToSend(back.row(), back.uit().soap(), now);
              });
    } catch (DataAccessException e) {
      log.error(
          "{} {}: the envelope could not be stored",
          s.berichtcode().code(),
          s.referentienummer(),
          e);
      return refuse(
          s, Fout.of(StufFoutcode.STUF046, "the envelope could not be stored; send it again"), now);
    } catch (RuntimeException e) {
      log.error(
          "{} {}: no envelope for the answer", s.berichtcode().code(), s.referentienummer(), e);
      return refuse(
          s,
          Fout.of(
              StufFoutcode.STUF058, "the answer could not be put in an envelope; send it again"),
          now);
    }
    if (answer != null) outbox.sendSoon(answer);
    log.info(
        "{} {} ({}) from {} taken{}",
        s.berichtcode().code(),
        s.referentienummer(),
        s.functie(),
        s.zender().naam(),
        answer == null ? "" : "; its " + reply.type() + " waits for the GGk");
    return new Answer(
        GgkEnvelopes.bv03(s.ontvanger(), s.zender(), s.referentienummer(), now), false);
  }

  /** An answer envelope built, with its row for the envelope log. */
  private record Antwoordenvelop(Uitgaand uit, NewEnvelope row) {}

  /**
   * The envelope that takes the iJw answer back, if there is one: addressed to whoever sent the
   * received envelope, from whom it was addressed to. Built (and checked against the XSD) before
   * any transaction starts.
   */
  private static @Nullable Antwoordenvelop answerEnvelope(
      Stuurgegevens s, Header header, Reply reply, Instant now) {
    byte[] xml = reply.xml();
    MessageType type = reply.type();
    if (xml == null || type == null) return null;
    String identification = Inbox.identificationOf(xml);
    boolean retour = type != MessageType.JW325;
    String crossRefnummerBericht = retour ? header.identification() : null;
    Inhoud inhoud = new Inhoud(type, identification, crossRefnummerBericht, xml);
    Uitgaand uit =
        retour
            ? GgkEnvelopes.du01(s.ontvanger(), s.zender(), s.referentienummer(), inhoud, now)
            : GgkEnvelopes.di01(s.ontvanger(), s.zender(), inhoud, now);
    Stuurgegevens out =
        new Stuurgegevens(
            uit.berichtcode(),
            s.ontvanger(),
            s.zender(),
            uit.referentienummer(),
            GgkEnvelopes.tijdstip(now),
            retour ? s.referentienummer() : null,
            type.name());
    return new Antwoordenvelop(
        uit, new NewEnvelope(out, identification, crossRefnummerBericht, MessageLog.hash(xml)));
  }

  /**
   * A Fo01: the GGk (or VECOZO behind it) could not deliver an envelope of ours, e.g. IB010
   * addressee not connected. Never refused, so no error report is lost: it is kept, the envelope it
   * names is marked REFUSED (not sent again), and it is logged as an error for the administrator.
   */
  private Answer foutmelding(Foutmelding melding, Instant now) {
    Stuurgegevens s = melding.stuurgegevens();
    Fout fout = melding.fout();
    String crossRefnummer = String.valueOf(s.crossRefnummer());
    String hash =
        MessageLog.hash((crossRefnummer + " " + fout.code()).getBytes(StandardCharsets.UTF_8));
    Optional<Answer> repeat = repeat(s, hash, now);
    if (repeat.isPresent()) return repeat.get();
    String why =
        fout.code()
            + " "
            + fout.omschrijving()
            + (fout.details() == null ? "" : ": " + fout.details());
    Boolean ours;
    try {
      ours =
          transactions.execute(
              tx -> {
                envelopes.insertReceived(new NewEnvelope(s, null, null, hash), fout, now);
                return envelopes.refused(crossRefnummer, fout.code(), why);
              });
    } catch (DataAccessException e) {
      log.error("Fo01 {}: could not be stored", s.referentienummer(), e);
      return refuse(
          s, Fout.of(StufFoutcode.STUF046, "the Fo01 could not be stored; send it again"), now);
    }
    log.error(
        "the GGk reports on envelope {}{}: {}",
        crossRefnummer,
        Boolean.TRUE.equals(ours) ? "" : " (not an envelope of ours)",
        why);
    return new Answer(
        GgkEnvelopes.bv03(s.ontvanger(), s.zender(), s.referentienummer(), now), false);
  }

  /**
   * The same envelope again (zender and referentienummer known, same content): Bv03 and nothing
   * more, its answer was queued the first time. Another envelope under a used id: StUF016.
   */
  private Optional<Answer> repeat(Stuurgegevens s, String hash, Instant now) {
    return envelopes
        .received(s.zender().naam(), s.referentienummer())
        .map(
            earlier ->
                earlier.contentHash().equals(hash)
                    ? new Answer(
                        GgkEnvelopes.bv03(s.ontvanger(), s.zender(), s.referentienummer(), now),
                        false)
                    : refuse(
                        s,
                        Fout.of(
                            StufFoutcode.STUF016,
                            "referentienummer "
                                + s.referentienummer()
                                + " of "
                                + s.zender().naam()
                                + " came before with another message"),
                        now));
  }

  /**
   * Whether the envelope's zender is the organisation that sent the iJw message: its Afzender, or
   * for a retour (which keeps the header of the message it answers) its Ontvanger. Null when it is,
   * or when the message cannot be read (the Inbox's XSD check then names why).
   */
  private static @Nullable String senderMismatch(Stuurgegevens s, byte[] payload) {
    Optional<MessageType> type = typeOf(payload);
    Header header;
    try {
      header = Inbox.header(payload);
    } catch (RuntimeException e) {
      return null;
    }
    if (type.isEmpty()) return null;
    boolean retour = RETOURS.contains(type.get());
    String sender = retour ? header.receiver() : header.sender();
    String zender = s.zender().organisatie();
    if (sender.equals(zender)) return null;
    return "the envelope's zender organisatie "
        + (zender == null ? "(none)" : zender)
        + " is not the "
        + (retour ? "Ontvanger" : "Afzender")
        + " "
        + sender
        + " of the "
        + type.get()
        + " in it";
  }

  private static Optional<MessageType> typeOf(byte[] payload) {
    try (InputStream in = new ByteArrayInputStream(payload)) {
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          String ns = reader.getNamespaceURI();
          return MessageType.ofNamespace(ns == null ? "" : ns);
        }
      }
    } catch (XMLStreamException | IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Answer refuse(Stuurgegevens s, Fout fout, Instant now) {
    return fault(s.ontvanger(), s.zender(), s.referentienummer(), fout, now);
  }

  /** A Fo03 from whom the envelope was addressed to, to whoever sent it. */
  private static Answer fault(
      @Nullable Systeem us,
      @Nullable Systeem them,
      @Nullable String referentienummer,
      Fout fout,
      Instant now) {
    log.warn(
        "StUF-GGk envelope {} from {} refused: {} {}",
        referentienummer == null ? "(unreadable)" : referentienummer,
        them == null ? "(unreadable)" : them.naam(),
        fout.code(),
        fout.details());
    return new Answer(
        GgkEnvelopes.fo03(
            us != null ? us : JEUGDREGIE,
            them != null ? them : ONBEKEND,
            referentienummer != null ? referentienummer : "onbekend",
            fout,
            now),
        true);
  }

  /** The first message, then the further findings (each with line and column). */
  private static String listed(List<XmlFinding> findings, @Nullable String first) {
    StringBuilder text = new StringBuilder(String.valueOf(first));
    for (XmlFinding finding : findings.subList(Math.min(1, findings.size()), findings.size())) {
      text.append("; ").append(finding);
    }
    return text.toString();
  }
}
