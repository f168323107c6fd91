package nl.jeugdregie.ggk;

import static nl.jeugdregie.ggk.GgkXml.attribute;
import static nl.jeugdregie.ggk.GgkXml.child;
import static nl.jeugdregie.ggk.GgkXml.children;
import static nl.jeugdregie.ggk.GgkXml.name;
import static nl.jeugdregie.ggk.GgkXml.parse;
import static nl.jeugdregie.ggk.GgkXml.refused;
import static nl.jeugdregie.ggk.GgkXml.text;
import static nl.jeugdregie.ggk.GgkXml.validate;
import static nl.jeugdregie.ijw.HardenedXml.masked;
import static nl.jeugdregie.ijw.HardenedXml.shortened;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.jeugdregie.ggk.EnvelopeRefusedException.Herkomst;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.XmlFinding;
import nl.jeugdregie.ijw.XsdCheck;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The StUF-GGk 2.1 envelope around an iJw message on its way to and from the GGk, the
 * municipalities' national hub (ijw.md §7.2; VNG Realisatie StUF-koppelvlak iWmo-iJw, package
 * ggk0310_21 shipped under {@code ggk/}): reading one (a SOAP 1.1 message or the bare envelope),
 * building Di01 and Du01 envelopes and the synchronous answers Bv03 and Fo03. Pure: no clock, no
 * database, no network.
 *
 * <p>Read hardened like {@link XsdCheck}: a DOCTYPE is refused (no DTD, no entity), nothing is
 * fetched, and a message over {@link #MAX_BYTES} is refused before it is parsed. Every envelope
 * read is validated against the GGk XSD, every envelope built is validated before it leaves.
 */
final class GgkEnvelopes {

  static final String GGK = "http://www.stufstandaarden.nl/sectormodel/ggk/0210";
  static final String STUF = "http://www.egem.nl/StUF/StUF0301";
  static final String XMIME = "http://www.w3.org/2005/05/xmlmime";
  static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

  /**
   * The largest message read: an iJw message of the hubs' 25 MB limit (OP179; GGk IB003) in base64
   * (4 characters per 3 bytes), plus 64 KB for the envelope and SOAP around it.
   */
  static final int MAX_BYTES = (XsdCheck.MAX_BYTES + 2) / 3 * 4 + 64 * 1024;

  /**
   * applicatieVersie/-Subversie and functieVersie/-Subversie, 4-digit StUF:Versienr: iJw 3.2, whose
   * messages are all BerichtVersie 3, BerichtSubversie 2 (CS025, CS015). [CHECK] with BIDN which
   * values the GGk expects; the VNG examples (iWmo) carry 0004/0003 and 0001/0001.
   */
  static final String VERSIE = "0003";

  static final String SUBVERSIE = "0002";

  /** The payload's xmime:contentType, as in the VNG examples. */
  static final String CONTENT_TYPE = "application/xml";

  /**
   * A UUID version 4 (RFC 9562), the form ijw.md §7.2 prescribes for referentienummer. The shipped
   * ggk0310 XSD only limits a Refnummer to 40 characters (and the VNG example Di01 carries a
   * version 1 UUID), so envelopes read are not held to it; envelopes built are.
   */
  static final Pattern UUID_V4 =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private static final DateTimeFormatter TIJDSTIP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Europe/Amsterdam"));

  private GgkEnvelopes() {}

  /** The StUF berichtcodes that come in through OntvangAsynchroon (the WSDL's operations). */
  enum Berichtcode {
    /** Heenbericht: an iJw message that is not an answer (and, here, a JW325). */
    DI01("Di01", GGK, "envelopHeenbericht-ggk_Di01", GGK + "/ggk_Di01"),
    /** Retourbericht: the retour on a heenbericht, crossRefnummer naming the Di01. */
    DU01("Du01", GGK, "envelopRetourbericht-ggk_Du01", GGK + "/ggk_Du01"),
    /** Foutbericht: the GGk reports an error (an IB code) on an envelope it received from us. */
    FO01("Fo01", STUF, "Fo01Bericht", STUF + "/Fo01");

    private final String code;
    private final String namespace;
    private final String element;
    private final String soapAction;

    Berichtcode(String code, String namespace, String element, String soapAction) {
      this.code = code;
      this.namespace = namespace;
      this.element = element;
      this.soapAction = soapAction;
    }

    /** As written in StUF:berichtcode: Di01, Du01, Fo01. */
    String code() {
      return code;
    }

    /** The SOAPAction of the operation (ggk0310_OntvangAsynchroon.wsdl). */
    String soapAction() {
      return soapAction;
    }

    static Optional<Berichtcode> of(Element element) {
      for (Berichtcode code : values()) {
        if (code.namespace.equals(element.getNamespaceURI())
            && code.element.equals(element.getLocalName())) {
          return Optional.of(code);
        }
      }
      return Optional.empty();
    }

    static Berichtcode ofCode(String code) {
      for (Berichtcode value : values()) {
        if (value.code.equals(code)) return value;
      }
      throw new IllegalArgumentException("unknown berichtcode " + code);
    }
  }

  /**
   * StUF:Systeem, a zender or ontvanger: the organisation (CBS municipality code, or the AGB code
   * of a provider) and its application; administratie and gebruiker are optional.
   */
  record Systeem(
      @Nullable String organisatie,
      String applicatie,
      @Nullable String administratie,
      @Nullable String gebruiker) {

    static Systeem of(String organisatie, String applicatie) {
      return new Systeem(organisatie, applicatie, null, null);
    }

    /** The organisation, or the application when none is named (StUF:Systeem allows that). */
    String naam() {
      return organisatie != null ? organisatie : applicatie;
    }
  }

  /** The stuurgegevens of an envelope or Fo01 received. */
  record Stuurgegevens(
      Berichtcode berichtcode,
      Systeem zender,
      Systeem ontvanger,
      String referentienummer,
      String tijdstipBericht,
      @Nullable String crossRefnummer,
      @Nullable String functie) {}

  /** What came in: an envelope with an iJw message, or an error report of the GGk. */
  sealed interface Ontvangen permits Envelop, Foutmelding {
    Stuurgegevens stuurgegevens();
  }

  /**
   * A Di01 or Du01: its stuurgegevens, the iJw identifications the parameters carry
   * (referentienummerBericht, crossRefnummerBericht), the file name and the iJw message itself,
   * base64-decoded.
   */
  record Envelop(
      Stuurgegevens stuurgegevens,
      @Nullable String referentienummerBericht,
      @Nullable String crossRefnummerBericht,
      @Nullable String bestandsnaam,
      String contentType,
      byte[] payload)
      implements Ontvangen {}

  /** A Fo01 of the GGk on an envelope of ours (crossRefnummer names it). */
  record Foutmelding(Stuurgegevens stuurgegevens, Fout fout) implements Ontvangen {}

  /**
   * StUF:Foutbericht: code, plek (client or server), omschrijving (max 200), details (max 1000).
   */
  record Fout(String code, String plek, String omschrijving, @Nullable String details) {

    /** A Fo03 body for {@code code}: the standard's text, the specifics in details (masked). */
    static Fout of(StufFoutcode code, String details) {
      return new Fout(
          code.code(), code.plek().value(), code.omschrijving(), shortened(masked(details), 1000));
    }
  }

  /** The iJw message an envelope is to carry: its name (functie) and its identifications. */
  record Inhoud(
      MessageType functie,
      @Nullable String referentienummerBericht,
      @Nullable String crossRefnummerBericht,
      byte[] payload) {}

  /** An envelope built: its fresh referentienummer (a UUID v4) and the SOAP message to send. */
  record Uitgaand(Berichtcode berichtcode, String referentienummer, byte[] soap) {}

  /** The GGk's synchronous answer to an envelope we sent: a Bv03, or a Fo03 with its error. */
  record Antwoord(@Nullable Fout fout) {
    boolean bevestigd() {
      return fout == null;
    }
  }

  // ---- reading ----

  /** Reads a Di01 or Du01 envelope (bare or in a SOAP 1.1 message). */
  static Envelop unwrap(byte[] soapOrEnvelope) {
    Ontvangen ontvangen = read(soapOrEnvelope);
    if (ontvangen instanceof Envelop envelop) return envelop;
    throw new EnvelopeRefusedException(
        "a Fo01 carries no iJw message", List.of(), herkomst(ontvangen.stuurgegevens()));
  }

  /**
   * Reads what the GGk delivers through OntvangAsynchroon: a Di01 or Du01 envelope or a Fo01, bare
   * or in the Body of a SOAP 1.1 message, validated against the GGk XSD.
   *
   * @throws EnvelopeRefusedException naming what is wrong and where (StUF055)
   */
  static Ontvangen read(byte[] message) {
    if (message.length > MAX_BYTES) {
      throw refused(
          0,
          0,
          "the message is "
              + message.length
              + " bytes, over the limit of "
              + MAX_BYTES
              + " (a 25 MB iJw message in base64 with its envelope; OP179, GGk IB003)",
          Herkomst.ONBEKEND);
    }
    Element envelope = envelopeIn(parse(message).getDocumentElement());
    Berichtcode code =
        Berichtcode.of(envelope)
            .orElseThrow(
                () ->
                    refused(
                        0,
                        0,
                        "the SOAP Body holds "
                            + name(envelope)
                            + ", not a StUF-GGk envelope (GGK:envelopHeenbericht-ggk_Di01,"
                            + " GGK:envelopRetourbericht-ggk_Du01 or StUF:Fo01Bericht)",
                        Herkomst.ONBEKEND));
    List<XmlFinding> findings = validate(message);
    if (!findings.isEmpty()) {
      throw new EnvelopeRefusedException(
          "the " + code.code() + " is not valid against the StUF-GGk XSD: " + findings.getFirst(),
          findings,
          herkomstOf(envelope));
    }
    Stuurgegevens stuurgegevens = stuurgegevens(code, envelope);
    if (code == Berichtcode.FO01) {
      Element body = required(child(envelope, STUF, "body"));
      return new Foutmelding(
          stuurgegevens,
          new Fout(
              requiredText(body, STUF, "code"),
              requiredText(body, STUF, "plek"),
              masked(requiredText(body, STUF, "omschrijving")),
              maskedOrNull(text(body, STUF, "details"))));
    }
    Element parameters = required(child(envelope, GGK, "parameters"));
    Element bericht = required(child(parameters, GGK, "bericht"));
    return new Envelop(
        stuurgegevens,
        text(parameters, GGK, "referentienummerBericht"),
        text(parameters, GGK, "crossRefnummerBericht"),
        attribute(bericht, STUF, "bestandsnaam"),
        requireNonNullElse(attribute(bericht, XMIME, "contentType"), CONTENT_TYPE),
        payload(bericht, herkomst(stuurgegevens)));
  }

  /**
   * The GGk's synchronous answer to an envelope we sent: a Bv03, or a SOAP Fault (with a Fo03 in
   * its detail, or only a faultcode and faultstring).
   *
   * @throws IllegalArgumentException when it is neither
   */
  static Antwoord antwoord(byte[] soap) {
    Element answer;
    try {
      answer = envelopeIn(parse(soap).getDocumentElement());
    } catch (EnvelopeRefusedException e) {
      throw new IllegalArgumentException("the GGk's answer: " + e.getMessage(), e);
    }
    if (STUF.equals(answer.getNamespaceURI()) && "Bv03Bericht".equals(answer.getLocalName())) {
      return new Antwoord(null);
    }
    if (SOAP.equals(answer.getNamespaceURI()) && "Fault".equals(answer.getLocalName())) {
      Element detail = child(answer, "", "detail");
      Element fo03 = detail == null ? null : child(detail, STUF, "Fo03Bericht");
      Element body = fo03 == null ? null : child(fo03, STUF, "body");
      if (body != null) {
        return new Antwoord(
            new Fout(
                requireNonNullElse(text(body, STUF, "code"), "?"),
                requireNonNullElse(text(body, STUF, "plek"), "server"),
                masked(requireNonNullElse(text(body, STUF, "omschrijving"), "")),
                maskedOrNull(text(body, STUF, "details"))));
      }
      String faultcode = requireNonNullElse(text(answer, "", "faultcode"), "");
      return new Antwoord(
          new Fout(
              faultcode,
              faultcode.endsWith("Client") ? "client" : "server",
              masked(requireNonNullElse(text(answer, "", "faultstring"), "")),
              null));
    }
    throw new IllegalArgumentException(
        "the GGk answered " + name(answer) + ", neither a Bv03 nor a Fo03");
  }

  /** The envelope: the only element in a SOAP Body, or the root itself. */
  private static Element envelopeIn(Element root) {
    if (!(SOAP.equals(root.getNamespaceURI()) && "Envelope".equals(root.getLocalName()))) {
      if (Berichtcode.of(root).isPresent()) return root;
      throw refused(
          0,
          0,
          "the root element "
              + name(root)
              + " is neither a SOAP 1.1 Envelope nor a StUF-GGk envelope",
          Herkomst.ONBEKEND);
    }
    Element body = child(root, SOAP, "Body");
    if (body == null) {
      throw refused(0, 0, "the SOAP Envelope has no Body", Herkomst.ONBEKEND);
    }
    List<Element> content = children(body);
    if (content.size() != 1) {
      throw refused(
          0,
          0,
          "the SOAP Body holds "
              + content.size()
              + " elements; it must hold exactly one StUF-GGk envelope",
          Herkomst.ONBEKEND);
    }
    return content.getFirst();
  }

  private static Stuurgegevens stuurgegevens(Berichtcode code, Element envelope) {
    Element s = required(child(envelope, code == Berichtcode.FO01 ? STUF : GGK, "stuurgegevens"));
    return new Stuurgegevens(
        code,
        systeem(required(child(s, STUF, "zender"))),
        systeem(required(child(s, STUF, "ontvanger"))),
        requiredText(s, STUF, "referentienummer"),
        requiredText(s, STUF, "tijdstipBericht"),
        text(s, STUF, "crossRefnummer"),
        text(s, STUF, "functie"));
  }

  private static Systeem systeem(Element e) {
    return new Systeem(
        text(e, STUF, "organisatie"),
        requiredText(e, STUF, "applicatie"),
        text(e, STUF, "administratie"),
        text(e, STUF, "gebruiker"));
  }

  /** Whatever can be read of the sender of an invalid envelope, to address the Fo03. */
  private static Herkomst herkomstOf(Element envelope) {
    Element s = child(envelope, GGK, "stuurgegevens");
    if (s == null) s = child(envelope, STUF, "stuurgegevens");
    if (s == null) return Herkomst.ONBEKEND;
    return new Herkomst(
        lenientSysteem(child(s, STUF, "zender")),
        lenientSysteem(child(s, STUF, "ontvanger")),
        usable(text(s, STUF, "referentienummer"), 40));
  }

  private static @Nullable Systeem lenientSysteem(@Nullable Element e) {
    if (e == null) return null;
    String applicatie = usable(text(e, STUF, "applicatie"), 50);
    if (applicatie == null || applicatie.length() < 3) return null;
    return new Systeem(usable(text(e, STUF, "organisatie"), 200), applicatie, null, null);
  }

  private static @Nullable String usable(@Nullable String value, int maxLength) {
    return value == null || value.isEmpty() || value.length() > maxLength ? null : value;
  }

  private static Herkomst herkomst(Stuurgegevens s) {
    return new Herkomst(s.zender(), s.ontvanger(), s.referentienummer());
  }

  /** The iJw message: base64 (the XSD checked its form), at most 25 MB decoded. */
  private static byte[] payload(Element bericht, Herkomst herkomst) {
    byte[] payload = Base64.getMimeDecoder().decode(bericht.getTextContent());
    if (payload.length > XsdCheck.MAX_BYTES) {
      throw refused(
          0,
          0,
          "the iJw message in GGK:bericht is "
              + payload.length
              + " bytes, over the 25 MB limit (OP179, GGk IB003)",
          herkomst);
    }
    return payload;
  }

  // ---- building ----

  /** A Di01 heenbericht carrying {@code inhoud} from {@code zender} to {@code ontvanger}. */
  static Uitgaand di01(Systeem zender, Systeem ontvanger, Inhoud inhoud, Instant now) {
    if (inhoud.crossRefnummerBericht() != null) {
      throw new IllegalArgumentException("a Di01 has no crossRefnummerBericht");
    }
    return envelope(Berichtcode.DI01, zender, ontvanger, null, inhoud, now);
  }

  /** A Du01 retourbericht answering the envelope whose referentienummer is crossRefnummer. */
  static Uitgaand du01(
      Systeem zender, Systeem ontvanger, String crossRefnummer, Inhoud inhoud, Instant now) {
    return envelope(Berichtcode.DU01, zender, ontvanger, crossRefnummer, inhoud, now);
  }

  /** Bv03: the envelope with referentienummer {@code crossRefnummer} is taken. */
  static byte[] bv03(Systeem zender, Systeem ontvanger, String crossRefnummer, Instant now) {
    return soap(
        "Bv03",
        w -> {
          w.writeStartElement("StUF", "Bv03Bericht", STUF);
          answerStuurgegevens(w, "Bv03", zender, ontvanger, crossRefnummer, now);
          w.writeEndElement();
        });
  }

  /**
   * Fo03 in a SOAP 1.1 Fault: the envelope with referentienummer {@code crossRefnummer} is not
   * taken, for {@code fout}. The faultcode is soap:Client or soap:Server after the fout's plek.
   */
  static byte[] fo03(
      Systeem zender, Systeem ontvanger, String crossRefnummer, Fout fout, Instant now) {
    return soap(
        "Fo03",
        w -> {
          w.writeStartElement("soap", "Fault", SOAP);
          plain(w, "faultcode", fout.plek().equals("client") ? "soap:Client" : "soap:Server");
          plain(
              w,
              "faultstring",
              fout.code()
                  + " "
                  + fout.omschrijving()
                  + (fout.details() == null ? "" : ": " + fout.details()));
          w.writeStartElement("detail");
          w.writeStartElement("StUF", "Fo03Bericht", STUF);
          answerStuurgegevens(w, "Fo03", zender, ontvanger, crossRefnummer, now);
          w.writeStartElement("StUF", "body", STUF);
          element(w, STUF, "code", fout.code());
          element(w, STUF, "plek", fout.plek());
          element(w, STUF, "omschrijving", shortened(fout.omschrijving(), 200));
          String details = fout.details();
          element(w, STUF, "details", details == null ? null : shortened(details, 1000));
          w.writeEndElement();
          w.writeEndElement();
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  /** StUF:tijdstipBericht: yyyyMMddHHmmss in Amsterdam time. */
  static String tijdstip(Instant now) {
    return TIJDSTIP.format(now);
  }

  private static Uitgaand envelope(
      Berichtcode code,
      Systeem zender,
      Systeem ontvanger,
      @Nullable String crossRefnummer,
      Inhoud inhoud,
      Instant now) {
    String referentienummer = UUID.randomUUID().toString();
    if (!UUID_V4.matcher(referentienummer).matches()) {
      throw new IllegalStateException("not a UUID v4: " + referentienummer);
    }
    String functie = inhoud.functie().name();
    String bestandsnaam =
        functie
            + "_"
            + (inhoud.referentienummerBericht() != null
                ? inhoud.referentienummerBericht()
                : referentienummer)
            + ".xml";
    byte[] soap =
        soap(
            code.code(),
            w -> {
              w.writeStartElement("GGK", code.element, GGK);
              w.writeStartElement("GGK", "stuurgegevens", GGK);
              element(w, STUF, "berichtcode", code.code());
              systeem(w, "zender", zender);
              systeem(w, "ontvanger", ontvanger);
              element(w, STUF, "referentienummer", referentienummer);
              element(w, STUF, "tijdstipBericht", tijdstip(now));
              element(w, STUF, "crossRefnummer", crossRefnummer);
              element(w, STUF, "functie", functie);
              w.writeEndElement();
              w.writeStartElement("GGK", "parameters", GGK);
              element(w, GGK, "referentienummerBericht", inhoud.referentienummerBericht());
              element(w, GGK, "crossRefnummerBericht", inhoud.crossRefnummerBericht());
              element(w, GGK, "applicatieVersie", VERSIE);
              element(w, GGK, "applicatieSubversie", SUBVERSIE);
              element(w, GGK, "functieVersie", VERSIE);
              element(w, GGK, "functieSubversie", SUBVERSIE);
              w.writeStartElement("GGK", "bericht", GGK);
              w.writeAttribute("StUF", STUF, "bestandsnaam", bestandsnaam);
              w.writeAttribute("xmime", XMIME, "contentType", CONTENT_TYPE);
              w.writeCharacters(Base64.getEncoder().encodeToString(inhoud.payload()));
              w.writeEndElement();
              w.writeEndElement();
              w.writeEndElement();
            });
    return new Uitgaand(code, referentienummer, soap);
  }

  /** The stuurgegevens of a Bv03 or Fo03: a fresh referentienummer, crossRefnummer the answered. */
  private static void answerStuurgegevens(
      XMLStreamWriter w,
      String berichtcode,
      Systeem zender,
      Systeem ontvanger,
      String crossRefnummer,
      Instant now)
      throws XMLStreamException {
    w.writeStartElement("StUF", "stuurgegevens", STUF);
    element(w, STUF, "berichtcode", berichtcode);
    systeem(w, "zender", zender);
    systeem(w, "ontvanger", ontvanger);
    element(w, STUF, "referentienummer", UUID.randomUUID().toString());
    element(w, STUF, "tijdstipBericht", tijdstip(now));
    element(w, STUF, "crossRefnummer", crossRefnummer);
    w.writeEndElement();
  }

  private static void systeem(XMLStreamWriter w, String name, Systeem systeem)
      throws XMLStreamException {
    w.writeStartElement("StUF", name, STUF);
    element(w, STUF, "organisatie", systeem.organisatie());
    element(w, STUF, "applicatie", systeem.applicatie());
    element(w, STUF, "administratie", systeem.administratie());
    element(w, STUF, "gebruiker", systeem.gebruiker());
    w.writeEndElement();
  }

  private interface Writing {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  /** A SOAP 1.1 message around {@code body}, checked against the XSDs before it leaves. */
  private static byte[] soap(String what, Writing body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("soap", "Envelope", SOAP);
      w.writeNamespace("soap", SOAP);
      w.writeNamespace("GGK", GGK);
      w.writeNamespace("StUF", STUF);
      w.writeNamespace("xmime", XMIME);
      w.writeStartElement("soap", "Body", SOAP);
      body.write(w);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("a " + what + " cannot be written: " + e.getMessage(), e);
    }
    byte[] soap = out.toByteArray();
    List<XmlFinding> findings = validate(soap);
    if (!findings.isEmpty()) {
      throw new IllegalStateException(
          "the " + what + " we would send is not valid against the StUF-GGk XSD: " + findings);
    }
    return soap;
  }

  private static void element(XMLStreamWriter w, String ns, String name, @Nullable String value)
      throws XMLStreamException {
    if (value == null) return;
    w.writeStartElement(ns.equals(GGK) ? "GGK" : "StUF", name, ns);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  /** An element in no namespace (the SOAP 1.1 Fault's faultcode, faultstring). */
  private static void plain(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  // ---- text ----

  private static String requiredText(Element parent, String ns, String local) {
    return required(text(parent, ns, local));
  }

  /** Present after the XSD check; absent only on a bug of ours. */
  private static <T> T required(@Nullable T value) {
    if (value == null) throw new IllegalStateException("the XSD let a required element pass");
    return value;
  }

  private static String requireNonNullElse(@Nullable String value, String otherwise) {
    return value != null ? value : otherwise;
  }

  private static @Nullable String maskedOrNull(@Nullable String text) {
    return text == null ? null : masked(text);
  }
}
