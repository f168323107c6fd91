package nl.jeugdregie.ijw;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.jeugdregie.billing.DebitCredit;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.ijw.xml.basis.CDTGeslotenPeriode;
import nl.jeugdregie.ijw.xml.basis.CDTTotaalBedragMetDC;
import nl.jeugdregie.ijw.xml.jw323.Client;
import nl.jeugdregie.ijw.xml.jw323.Header;
import nl.jeugdregie.ijw.xml.jw323.Prestatie;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JW323 part by part, so a declaration of the hubs' 25 MB (OP179) never becomes one object
 * tree: StAX walks the message, and JAXB binds one part at a time: the Header, the Declaratie's own
 * elements, then each Client. A Client is judged on content ({@link DeclarationMessageRules}),
 * mapped to billing's compact lines and forgotten before the next is read; what stays is the
 * declaration as billing takes it ({@link DeclarationSubmission}).
 */
final class Jw323Reader {

  private Jw323Reader() {}

  /**
   * A JW323 as read: its header, the Declaratie's number and total, the declaration for billing
   * (null when a line cannot be one: a Bsn failing the 11-proef, a period ending before it starts;
   * both content findings), and every content rule it breaks, located.
   */
  record Jw323(
      Header header,
      String number,
      CDTTotaalBedragMetDC total,
      @Nullable DeclarationSubmission submission,
      Findings findings) {

    /** The total as a signed amount: debit positive. */
    long totalCents() {
      return DeclarationMessageRules.signed(total.getTotaalBedrag(), total.getDebetCredit());
    }
  }

  /**
   * Reads {@code xml}, a JW323 the XSD accepted.
   *
   * @throws IllegalArgumentException when it cannot be read after all (it should have failed the
   *     XSD)
   */
  static Jw323 read(byte[] xml) {
    try (InputStream in = new ByteArrayInputStream(xml)) {
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      try {
        return read(reader, MessageLog.hash(xml));
      } finally {
        reader.close();
      }
    } catch (JAXBException | XMLStreamException | IOException e) {
      throw new IllegalArgumentException("the JW323 cannot be read: " + e.getMessage(), e);
    }
  }

  private static Jw323 read(XMLStreamReader reader, String contentHash)
      throws JAXBException, XMLStreamException {
    Locations locations = new Locations(reader);
    Unmarshaller unmarshaller = IjwXml.unmarshaller(locations);
    Findings findings = new Findings(locations);

    step(reader, "Bericht");
    locations.under("/Bericht");
    Header header = part(reader, unmarshaller, "Header", Header.class);
    step(reader, "Declaratie");
    locations.under("/Bericht/Declaratie");
    String number = text(reader, "DeclaratieNummer");
    CDTGeslotenPeriode period =
        part(reader, unmarshaller, "DeclaratiePeriode", CDTGeslotenPeriode.class);
    LocalDate declarationDated = LocalDate.parse(text(reader, "DeclaratieDagtekening").trim());
    CDTTotaalBedragMetDC total =
        part(reader, unmarshaller, "TotaalIngediendBedrag", CDTTotaalBedragMetDC.class);
    DeclarationMessageRules rules =
        new DeclarationMessageRules(findings, header.getBerichtIdentificatie().getDagtekening());
    rules.declaratie(period, declarationDated, total);
    step(reader, "Clienten");
    locations.under("/Bericht/Declaratie/Clienten");

    List<ClientLines> clients = new ArrayList<>();
    boolean mappable = true;
    int index = 0;
    while (tag(reader) == XMLStreamConstants.START_ELEMENT) {
      Client client = part(reader, unmarshaller, "Client", Client.class);
      rules.client(client);
      List<IndexedLine> lines = new ArrayList<>();
      for (Prestatie p : client.getPrestaties().getPrestatie()) {
        DeclaredLine line = line(p);
        rules.prestatie(p, line);
        if (line == null) {
          mappable = false;
        } else if (mappable) {
          lines.add(new IndexedLine(index, line));
        }
        index++;
      }
      if (!Bsn.isValid(client.getBsn())) mappable = false;
      if (mappable) clients.add(new ClientLines(Bsn.of(client.getBsn()), lines));
      locations.forget(client);
    }
    rules.end();

    DeclarationSubmission submission =
        mappable
            ? new DeclarationSubmission(
                header.getAfzender(),
                number,
                header.getOntvanger(),
                YearMonth.from(period.getBegindatum()),
                declarationDated,
                clients,
                contentHash)
            : null;
    return new Jw323(header, number, total, submission, findings);
  }

  /**
   * A Prestatie as billing's line: every value as the message has it (the JW325 returns it
   * unchanged, TR367). Null when its ProductPeriode ends before it starts (TR137).
   */
  static @Nullable DeclaredLine line(Prestatie p) {
    CDTGeslotenPeriode period = p.getProductPeriode();
    if (period.getEinddatum().isBefore(period.getBegindatum())) return null;
    Integer tariff = p.getProductTarief();
    return new DeclaredLine(
        p.getProductReferentie().getReferentieNummer(),
        p.getProductReferentie().getVorigReferentieNummer(),
        DebitCredit.parse(p.getIngediendBedrag().getDebetCredit().value()),
        p.getToewijzingNummer(),
        p.getProductCategorie(),
        p.getProductCode(),
        DateRange.of(period.getBegindatum(), period.getEinddatum()),
        p.getGeleverdVolume(),
        Unit.parse(p.getEenheid()),
        tariff == null ? null : tariff.longValue(),
        p.getIngediendBedrag().getBedrag());
  }

  /** Binds the element the reader is at, {@code name}, as {@code type}; leaves it after it. */
  private static <T> T part(
      XMLStreamReader reader, Unmarshaller unmarshaller, String name, Class<T> type)
      throws JAXBException, XMLStreamException {
    expect(reader, name);
    return unmarshaller.unmarshal(reader, type).getValue();
  }

  /** The text of the element {@code name} the reader is at; leaves it after it. */
  private static String text(XMLStreamReader reader, String name) throws XMLStreamException {
    expect(reader, name);
    String text = reader.getElementText();
    reader.next();
    return text;
  }

  /** Steps into the element {@code name} the reader is at. */
  private static void step(XMLStreamReader reader, String name) throws XMLStreamException {
    expect(reader, name);
    reader.next();
  }

  private static void expect(XMLStreamReader reader, String name) throws XMLStreamException {
    if (tag(reader) != XMLStreamConstants.START_ELEMENT || !reader.getLocalName().equals(name)) {
      throw new XMLStreamException(
          "expected "
              + name
              + " at line "
              + reader.getLocation().getLineNumber()
              + ", found "
              + (reader.hasName() ? reader.getLocalName() : "event " + reader.getEventType()));
    }
  }

  /** Moves to the next start or end tag, unless the reader is at one; its event type. */
  private static int tag(XMLStreamReader reader) throws XMLStreamException {
    int event = reader.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT
        && event != XMLStreamConstants.END_ELEMENT
        && event != XMLStreamConstants.END_DOCUMENT) {
      event = reader.next();
    }
    return event;
  }
}
