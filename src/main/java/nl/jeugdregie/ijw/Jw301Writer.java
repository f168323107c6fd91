package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.ijw.AllocationMessage.Address;
import nl.jeugdregie.ijw.AllocationMessage.BirthDate;
import nl.jeugdregie.ijw.AllocationMessage.Communication;
import nl.jeugdregie.ijw.AllocationMessage.Contact;
import nl.jeugdregie.ijw.AllocationMessage.FullName;
import nl.jeugdregie.ijw.AllocationMessage.House;
import nl.jeugdregie.ijw.AllocationMessage.Period;
import nl.jeugdregie.ijw.AllocationMessage.Phone;
import nl.jeugdregie.ijw.AllocationMessage.Phones;
import nl.jeugdregie.ijw.AllocationMessage.Product;
import nl.jeugdregie.ijw.AllocationMessage.Relation;
import nl.jeugdregie.ijw.AllocationMessage.Surname;
import nl.jeugdregie.ijw.xml.basis.CDTAchternaam;
import nl.jeugdregie.ijw.xml.basis.CDTAdres;
import nl.jeugdregie.ijw.xml.basis.CDTBerichtIdentificatie;
import nl.jeugdregie.ijw.xml.basis.CDTCommunicatie;
import nl.jeugdregie.ijw.xml.basis.CDTGeboortedatum;
import nl.jeugdregie.ijw.xml.basis.CDTHuis;
import nl.jeugdregie.ijw.xml.basis.CDTOmvang;
import nl.jeugdregie.ijw.xml.basis.CDTOpenPeriode;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.basis.CDTTelefoon;
import nl.jeugdregie.ijw.xml.basis.CDTTelefoonnummers;
import nl.jeugdregie.ijw.xml.basis.CDTVolledigeNaam;
import nl.jeugdregie.ijw.xml.basis.CDTXsdVersie;
import nl.jeugdregie.ijw.xml.basis.LDTAanduidingWoonadres;
import nl.jeugdregie.ijw.xml.basis.LDTLandCode;
import nl.jeugdregie.ijw.xml.jw301.Client;
import nl.jeugdregie.ijw.xml.jw301.Contactgegevens;
import nl.jeugdregie.ijw.xml.jw301.Relatie;
import nl.jeugdregie.ijw.xml.jw301.Relaties;
import nl.jeugdregie.ijw.xml.jw301.Root;
import nl.jeugdregie.ijw.xml.jw301.ToegewezenProduct;
import nl.jeugdregie.ijw.xml.jw301.ToegewezenProducten;
import org.jspecify.annotations.Nullable;

/**
 * Writes a JW301 from an {@link AllocationMessage} (checked against the XSD by {@link IjwXml}) and
 * reads one back into it. Both directions live here so that they stay each other's mirror: reading
 * what was written gives the same record (the golden test keeps them honest).
 */
public final class Jw301Writer {

  /** BerichtCode (COD002) of a JW301. */
  static final String CODE = "436";

  /**
   * BasisschemaXsdVersie and BerichtXsdVersie: the appinfo versions of the shipped XSDs (IV034).
   */
  static final String XSD_VERSION = "0.1.0";

  private Jw301Writer() {}

  /**
   * The message as XML.
   *
   * @throws IllegalStateException when it is not valid against the JW301 XSD (our bug)
   */
  public static byte[] write(AllocationMessage message) {
    Root root = new Root();
    root.setHeader(header(message.header()));
    root.setClient(client(message));
    return IjwXml.write(MessageType.JW301, Root.class, root);
  }

  /** A JW301 that passed its XSD, as a record. */
  public static AllocationMessage read(byte[] xml) {
    return message(IjwXml.read(xml, Root.class).root());
  }

  /** The record of a bound JW301. */
  static AllocationMessage message(Root root) {
    var h = root.getHeader();
    Client c = root.getClient();
    List<Relation> relations = new ArrayList<>();
    if (c.getRelaties() != null) {
      for (Relatie r : c.getRelaties().getRelatie()) {
        relations.add(
            new Relation(
                r.getNummer(),
                r.getVolgorde(),
                r.getSoort(),
                r.getGeboortedatum() == null ? null : birthDate(r.getGeboortedatum()),
                r.getGeslacht(),
                name(r.getNaam()),
                contact(r.getContact())));
      }
    }
    List<Contact> contacts = new ArrayList<>();
    for (var contact : c.getContactgegevens().getContact()) contacts.add(contact(contact));
    List<Product> products = new ArrayList<>();
    for (ToegewezenProduct p : c.getToegewezenProducten().getToegewezenProduct()) {
      CDTProduct product = p.getProduct();
      CDTOmvang omvang = p.getOmvang();
      products.add(
          new Product(
              p.getToewijzingNummer(),
              p.getReferentieAanbieder(),
              product == null ? null : product.getCategorie(),
              product == null ? null : product.getCode(),
              p.getToewijzingsdatum(),
              p.getToewijzingstijd(),
              p.getIngangsdatum(),
              p.getEinddatum(),
              p.getRedenWijziging(),
              omvang == null
                  ? null
                  : new ProductLine.Volume(
                      omvang.getVolume(), omvang.getEenheid(), omvang.getFrequentie()),
              p.getBudget(),
              p.getCommentaar()));
    }
    CDTCommunicatie communicatie = c.getCommunicatie();
    return new AllocationMessage(
        new Header(
            h.getAfzender(),
            h.getOntvanger(),
            h.getBerichtIdentificatie().getIdentificatie(),
            h.getBerichtIdentificatie().getDagtekening()),
        new AllocationMessage.Client(
            c.getBsn(),
            birthDate(c.getGeboortedatum()),
            c.getGeslacht(),
            name(c.getNaam()),
            communicatie == null
                ? null
                : new Communication(communicatie.getVorm(), communicatie.getTaal()),
            c.getJuridischeStatus(),
            c.getWettelijkeVertegenwoordiging(),
            c.getCommentaar(),
            relations,
            contacts),
        products);
  }

  // ---- record -> JAXB

  private static nl.jeugdregie.ijw.xml.jw301.Header header(Header header) {
    var h = new nl.jeugdregie.ijw.xml.jw301.Header();
    h.setBerichtCode(CODE);
    h.setBerichtVersie(3);
    h.setBerichtSubversie(2);
    h.setAfzender(header.sender());
    h.setOntvanger(header.receiver());
    CDTBerichtIdentificatie id = new CDTBerichtIdentificatie();
    id.setIdentificatie(header.identification());
    id.setDagtekening(header.dated());
    h.setBerichtIdentificatie(id);
    h.setXsdVersie(xsdVersion());
    return h;
  }

  static CDTXsdVersie xsdVersion() {
    CDTXsdVersie versions = new CDTXsdVersie();
    versions.setBasisschemaXsdVersie(XSD_VERSION);
    versions.setBerichtXsdVersie(XSD_VERSION);
    return versions;
  }

  private static Client client(AllocationMessage message) {
    AllocationMessage.Client from = message.client();
    Client c = new Client();
    c.setBsn(from.bsn());
    c.setGeboortedatum(birthDate(from.birthDate()));
    c.setGeslacht(from.gender());
    c.setNaam(name(from.name()));
    Communication communication = from.communication();
    if (communication != null) {
      CDTCommunicatie com = new CDTCommunicatie();
      com.setVorm(communication.form());
      com.setTaal(communication.language());
      c.setCommunicatie(com);
    }
    c.setJuridischeStatus(from.legalStatus());
    c.setWettelijkeVertegenwoordiging(from.legalRepresentation());
    c.setCommentaar(from.comment());
    if (!from.relations().isEmpty()) {
      Relaties relaties = new Relaties();
      for (Relation r : from.relations()) {
        Relatie relatie = new Relatie();
        relatie.setNummer(r.number());
        relatie.setVolgorde(r.order());
        relatie.setSoort(r.kind());
        BirthDate born = r.birthDate();
        if (born != null) relatie.setGeboortedatum(birthDate(born));
        relatie.setGeslacht(r.gender());
        relatie.setNaam(name(r.name()));
        relatie.setContact(contact(r.contact()));
        relaties.getRelatie().add(relatie);
      }
      c.setRelaties(relaties);
    }
    Contactgegevens contacts = new Contactgegevens();
    for (Contact contact : from.contacts()) contacts.getContact().add(contact(contact));
    c.setContactgegevens(contacts);
    ToegewezenProducten products = new ToegewezenProducten();
    for (Product p : message.products()) products.getToegewezenProduct().add(product(p));
    c.setToegewezenProducten(products);
    return c;
  }

  private static ToegewezenProduct product(Product p) {
    ToegewezenProduct t = new ToegewezenProduct();
    t.setToewijzingNummer(p.number());
    t.setReferentieAanbieder(p.reference());
    String category = p.category();
    if (category != null) {
      CDTProduct product = new CDTProduct();
      product.setCategorie(category);
      product.setCode(p.code());
      t.setProduct(product);
    }
    t.setToewijzingsdatum(p.decidedOn());
    t.setToewijzingstijd(p.decidedAt());
    t.setIngangsdatum(p.start());
    t.setEinddatum(p.end());
    t.setRedenWijziging(p.changeReason());
    ProductLine.Volume volume = p.volume();
    if (volume != null) {
      CDTOmvang omvang = new CDTOmvang();
      omvang.setVolume(volume.amount());
      omvang.setEenheid(volume.unit());
      omvang.setFrequentie(volume.frequency());
      t.setOmvang(omvang);
    }
    t.setBudget(p.budget());
    t.setCommentaar(p.comment());
    return t;
  }

  private static CDTGeboortedatum birthDate(BirthDate b) {
    CDTGeboortedatum date = new CDTGeboortedatum();
    date.setDatum(b.date());
    date.setDatumGebruik(b.usage());
    return date;
  }

  private static BirthDate birthDate(CDTGeboortedatum date) {
    return new BirthDate(date.getDatum(), date.getDatumGebruik());
  }

  private static CDTVolledigeNaam name(FullName n) {
    CDTVolledigeNaam name = new CDTVolledigeNaam();
    name.setGeslachtsnaam(surname(n.surname()));
    Surname partner = n.partnerSurname();
    if (partner != null) name.setPartnernaam(surname(partner));
    name.setVoornamen(n.givenNames());
    name.setVoorletters(n.initials());
    name.setNaamGebruik(n.usage());
    return name;
  }

  private static FullName name(CDTVolledigeNaam n) {
    CDTAchternaam partner = n.getPartnernaam();
    return new FullName(
        surname(n.getGeslachtsnaam()),
        partner == null ? null : surname(partner),
        n.getVoornamen(),
        n.getVoorletters(),
        n.getNaamGebruik());
  }

  private static CDTAchternaam surname(Surname s) {
    CDTAchternaam name = new CDTAchternaam();
    name.setAchternaam(s.name());
    name.setVoorvoegsel(s.prefix());
    return name;
  }

  private static Surname surname(CDTAchternaam name) {
    return new Surname(name.getAchternaam(), name.getVoorvoegsel());
  }

  private static nl.jeugdregie.ijw.xml.jw301.Contact contact(Contact from) {
    var c = new nl.jeugdregie.ijw.xml.jw301.Contact();
    c.setSoort(from.kind());
    Address address = from.address();
    if (address != null) {
      CDTAdres adres = new CDTAdres();
      House house = address.house();
      if (house != null) {
        CDTHuis huis = new CDTHuis();
        huis.setHuisnummer(house.number());
        huis.setHuisletter(house.letter());
        huis.setHuisnummerToevoeging(house.addition());
        String designation = house.designation();
        if (designation != null) {
          huis.setAanduidingWoonadres(LDTAanduidingWoonadres.fromValue(designation));
        }
        adres.setHuis(huis);
      }
      adres.setPostcode(address.postcode());
      adres.setStraatnaam(address.street());
      adres.setPlaatsnaam(address.city());
      String country = address.country();
      if (country != null) adres.setLandCode(LDTLandCode.fromValue(country));
      c.setAdres(adres);
    }
    c.setOrganisatie(from.organisation());
    Phones phones = from.phones();
    if (phones != null) {
      CDTTelefoonnummers numbers = new CDTTelefoonnummers();
      numbers.setTelefoon01(phone(phones.first()));
      Phone second = phones.second();
      if (second != null) numbers.setTelefoon02(phone(second));
      c.setTelefoon(numbers);
    }
    c.setEmailadres(from.email());
    Period period = from.period();
    if (period != null) {
      CDTOpenPeriode periode = new CDTOpenPeriode();
      periode.setBegindatum(period.start());
      periode.setEinddatum(period.end());
      c.setPeriode(periode);
    }
    return c;
  }

  private static Contact contact(nl.jeugdregie.ijw.xml.jw301.Contact c) {
    CDTAdres adres = c.getAdres();
    Address address = null;
    if (adres != null) {
      CDTHuis huis = adres.getHuis();
      LDTLandCode country = adres.getLandCode();
      address =
          new Address(
              huis == null ? null : house(huis),
              adres.getPostcode(),
              adres.getStraatnaam(),
              adres.getPlaatsnaam(),
              country == null ? null : country.value());
    }
    CDTTelefoonnummers numbers = c.getTelefoon();
    CDTOpenPeriode periode = c.getPeriode();
    return new Contact(
        c.getSoort(),
        address,
        c.getOrganisatie(),
        numbers == null
            ? null
            : new Phones(phone(numbers.getTelefoon01()), optionalPhone(numbers.getTelefoon02())),
        c.getEmailadres(),
        periode == null ? null : new Period(periode.getBegindatum(), periode.getEinddatum()));
  }

  private static House house(CDTHuis huis) {
    LDTAanduidingWoonadres designation = huis.getAanduidingWoonadres();
    return new House(
        huis.getHuisnummer(),
        huis.getHuisletter(),
        huis.getHuisnummerToevoeging(),
        designation == null ? null : designation.value());
  }

  private static CDTTelefoon phone(Phone p) {
    CDTTelefoon phone = new CDTTelefoon();
    phone.setTelefoonnummer(p.number());
    phone.setLandnummer(p.countryCode());
    return phone;
  }

  private static Phone phone(CDTTelefoon phone) {
    return new Phone(phone.getTelefoonnummer(), phone.getLandnummer());
  }

  private static @Nullable Phone optionalPhone(@Nullable CDTTelefoon phone) {
    return phone == null ? null : phone(phone);
  }
}
