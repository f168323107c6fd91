package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.DeliveryNotice;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.ijw.DeliveryMessage.Client;
import nl.jeugdregie.ijw.DeliveryMessage.Line;
import nl.jeugdregie.ijw.DeliveryMessage.Name;
import nl.jeugdregie.ijw.DeliveryMessage.Product;
import nl.jeugdregie.ijw.DeliveryMessage.StartLine;
import nl.jeugdregie.ijw.DeliveryMessage.StopLine;
import nl.jeugdregie.ijw.DeliveryMessage.XsdVersions;
import nl.jeugdregie.ijw.xml.basis.CDTAchternaam;
import nl.jeugdregie.ijw.xml.basis.CDTBerichtIdentificatie;
import nl.jeugdregie.ijw.xml.basis.CDTGeboortedatum;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.basis.CDTVerkorteNaam;
import nl.jeugdregie.ijw.xml.basis.CDTXsdVersie;
import nl.jeugdregie.ijw.xml.jw305.StartProduct;
import nl.jeugdregie.ijw.xml.jw305.StartProducten;
import nl.jeugdregie.ijw.xml.jw307.StopProduct;
import nl.jeugdregie.ijw.xml.jw307.StopProducten;
import org.jspecify.annotations.Nullable;

/**
 * JW305 and JW307 between their generated JAXB classes and {@link DeliveryMessage}: reading a
 * received message into data, writing data as a message (checked against the XSD by {@link
 * IjwXml#write}), and the lines as the client route's {@link DeliveryNotice}s.
 */
final class DeliveryMessages {

  /** BerichtCode (COD002) of JW305 and JW307. */
  private static final String START_CODE = "438";

  private static final String STOP_CODE = "440";

  /** BerichtVersie and BerichtSubversie of iJw 3.2 (CS025, CS015). */
  private static final int VERSION = 3;

  private static final int SUBVERSION = 2;

  private DeliveryMessages() {}

  /**
   * A start or stop dated outside the {@link nl.jeugdregie.shared.DateWindow} (before the Jeugdwet,
   * or years ahead) is bad input on this route as on the JSON one: refused naming the element,
   * nothing stored.
   */
  private static void careDate(String element, @Nullable LocalDate date) {
    String outside = date == null ? null : nl.jeugdregie.shared.DateWindow.careDate(date);
    if (outside != null) {
      throw new nl.jeugdregie.policy.InvalidRequestException(element, outside);
    }
  }

  static DeliveryMessage of(nl.jeugdregie.ijw.xml.jw305.Root root) {
    var h = root.getHeader();
    var c = root.getClient();
    List<Line> lines = new ArrayList<>();
    List<StartProduct> starts = c.getStartProducten().getStartProduct();
    for (int i = 0; i < starts.size(); i++) {
      StartProduct p = starts.get(i);
      String at = "StartProduct[" + i + "].";
      careDate(at + "ToewijzingIngangsdatum", p.getToewijzingIngangsdatum());
      careDate(at + "Begindatum", p.getBegindatum());
      lines.add(
          new StartLine(
              p.getToewijzingNummer(),
              product(p.getProduct()),
              p.getToewijzingIngangsdatum(),
              p.getBegindatum(),
              p.getStatusAanlevering()));
    }
    return new DeliveryMessage(
        MessageType.JW305,
        new Header(
            h.getAfzender(),
            h.getOntvanger(),
            h.getBerichtIdentificatie().getIdentificatie(),
            h.getBerichtIdentificatie().getDagtekening()),
        versions(h.getXsdVersie()),
        new Client(
            c.getBsn(),
            c.getGeboortedatum().getDatum(),
            c.getGeboortedatum().getDatumGebruik(),
            c.getGeslacht(),
            name(c.getNaam())),
        lines);
  }

  static DeliveryMessage of(nl.jeugdregie.ijw.xml.jw307.Root root) {
    var h = root.getHeader();
    var c = root.getClient();
    List<Line> lines = new ArrayList<>();
    List<StopProduct> stops = c.getStopProducten().getStopProduct();
    for (int i = 0; i < stops.size(); i++) {
      StopProduct p = stops.get(i);
      String at = "StopProduct[" + i + "].";
      careDate(at + "ToewijzingIngangsdatum", p.getToewijzingIngangsdatum());
      careDate(at + "Begindatum", p.getBegindatum());
      careDate(at + "Einddatum", p.getEinddatum());
      lines.add(
          new StopLine(
              p.getToewijzingNummer(),
              product(p.getProduct()),
              p.getToewijzingIngangsdatum(),
              p.getBegindatum(),
              p.getRedenBeeindiging(),
              p.getEinddatum(),
              p.getStatusAanlevering()));
    }
    return new DeliveryMessage(
        MessageType.JW307,
        new Header(
            h.getAfzender(),
            h.getOntvanger(),
            h.getBerichtIdentificatie().getIdentificatie(),
            h.getBerichtIdentificatie().getDagtekening()),
        versions(h.getXsdVersie()),
        new Client(
            c.getBsn(),
            c.getGeboortedatum().getDatum(),
            c.getGeboortedatum().getDatumGebruik(),
            c.getGeslacht(),
            name(c.getNaam())),
        lines);
  }

  /** {@code message} as XML, valid against its XSD. */
  static byte[] write(DeliveryMessage message) {
    return message.type() == MessageType.JW305 ? writeStart(message) : writeStop(message);
  }

  private static byte[] writeStart(DeliveryMessage message) {
    Header header = message.header();
    Client client = message.client();
    var h = new nl.jeugdregie.ijw.xml.jw305.Header();
    h.setBerichtCode(START_CODE);
    h.setBerichtVersie(VERSION);
    h.setBerichtSubversie(SUBVERSION);
    h.setAfzender(header.sender());
    h.setOntvanger(header.receiver());
    h.setBerichtIdentificatie(identification(header));
    h.setXsdVersie(versions(message.versions()));
    var c = new nl.jeugdregie.ijw.xml.jw305.Client();
    c.setBsn(client.bsn());
    c.setGeboortedatum(birthDate(client));
    c.setGeslacht(client.gender());
    c.setNaam(name(client.name()));
    StartProducten products = new StartProducten();
    for (Line line : message.lines()) {
      StartLine l = (StartLine) line;
      StartProduct p = new StartProduct();
      p.setToewijzingNummer(l.number());
      p.setProduct(product(l.product()));
      p.setToewijzingIngangsdatum(l.allocationStart());
      p.setBegindatum(l.begin());
      p.setStatusAanlevering(l.status());
      products.getStartProduct().add(p);
    }
    c.setStartProducten(products);
    var root = new nl.jeugdregie.ijw.xml.jw305.Root();
    root.setHeader(h);
    root.setClient(c);
    return IjwXml.write(MessageType.JW305, nl.jeugdregie.ijw.xml.jw305.Root.class, root);
  }

  private static byte[] writeStop(DeliveryMessage message) {
    Header header = message.header();
    Client client = message.client();
    var h = new nl.jeugdregie.ijw.xml.jw307.Header();
    h.setBerichtCode(STOP_CODE);
    h.setBerichtVersie(VERSION);
    h.setBerichtSubversie(SUBVERSION);
    h.setAfzender(header.sender());
    h.setOntvanger(header.receiver());
    h.setBerichtIdentificatie(identification(header));
    h.setXsdVersie(versions(message.versions()));
    var c = new nl.jeugdregie.ijw.xml.jw307.Client();
    c.setBsn(client.bsn());
    c.setGeboortedatum(birthDate(client));
    c.setGeslacht(client.gender());
    c.setNaam(name(client.name()));
    StopProducten products = new StopProducten();
    for (Line line : message.lines()) {
      StopLine l = (StopLine) line;
      StopProduct p = new StopProduct();
      p.setToewijzingNummer(l.number());
      p.setProduct(product(l.product()));
      p.setToewijzingIngangsdatum(l.allocationStart());
      p.setBegindatum(l.begin());
      p.setRedenBeeindiging(l.reason());
      p.setEinddatum(l.end());
      p.setStatusAanlevering(l.status());
      products.getStopProduct().add(p);
    }
    c.setStopProducten(products);
    var root = new nl.jeugdregie.ijw.xml.jw307.Root();
    root.setHeader(h);
    root.setClient(c);
    return IjwXml.write(MessageType.JW307, nl.jeugdregie.ijw.xml.jw307.Root.class, root);
  }

  /**
   * The lines as the client route judges them. Only for a message that passed the content rules:
   * StatusAanlevering is 1 or 3 (CS058) and RedenBeeindiging a JZ588 code (XSD).
   */
  static List<DeliveryNotice> notices(DeliveryMessage message) {
    List<DeliveryNotice> notices = new ArrayList<>();
    for (Line line : message.lines()) {
      Product product = line.product();
      String category = product == null ? null : product.category();
      String code = product == null ? null : product.code();
      boolean withdrawal = DeliveryMessage.WITHDRAWAL.equals(line.status());
      notices.add(
          switch (line) {
            case StartLine start ->
                new DeliveryNotice.Start(start.number(), category, code, start.begin(), withdrawal);
            case StopLine stop ->
                new DeliveryNotice.Stop(
                    stop.number(),
                    category,
                    code,
                    stop.begin(),
                    StopReason.parse(stop.reason()),
                    stop.end(),
                    withdrawal);
          });
    }
    return notices;
  }

  private static @Nullable Product product(@Nullable CDTProduct product) {
    return product == null ? null : new Product(product.getCategorie(), product.getCode());
  }

  private static @Nullable CDTProduct product(@Nullable Product product) {
    if (product == null) return null;
    CDTProduct p = new CDTProduct();
    p.setCategorie(product.category());
    p.setCode(product.code());
    return p;
  }

  private static XsdVersions versions(CDTXsdVersie versions) {
    return new XsdVersions(versions.getBasisschemaXsdVersie(), versions.getBerichtXsdVersie());
  }

  private static CDTXsdVersie versions(XsdVersions versions) {
    CDTXsdVersie v = new CDTXsdVersie();
    v.setBasisschemaXsdVersie(versions.basisschema());
    v.setBerichtXsdVersie(versions.message());
    return v;
  }

  private static CDTBerichtIdentificatie identification(Header header) {
    CDTBerichtIdentificatie id = new CDTBerichtIdentificatie();
    id.setIdentificatie(header.identification());
    id.setDagtekening(header.dated());
    return id;
  }

  private static CDTGeboortedatum birthDate(Client client) {
    CDTGeboortedatum date = new CDTGeboortedatum();
    date.setDatum(client.birthDate());
    date.setDatumGebruik(client.birthDateUsage());
    return date;
  }

  private static Name name(CDTVerkorteNaam name) {
    return new Name(
        name.getGeslachtsnaam().getAchternaam(),
        name.getGeslachtsnaam().getVoorvoegsel(),
        name.getVoornamen(),
        name.getVoorletters());
  }

  private static CDTVerkorteNaam name(Name name) {
    CDTAchternaam surname = new CDTAchternaam();
    surname.setAchternaam(name.surname());
    surname.setVoorvoegsel(name.prefix());
    CDTVerkorteNaam n = new CDTVerkorteNaam();
    n.setGeslachtsnaam(surname);
    n.setVoornamen(name.firstNames());
    n.setVoorletters(name.initials());
    return n;
  }
}
