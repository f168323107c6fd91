package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JW301 toewijzing (ijw.md §3.5) as plain records, without JAXB: what the outbox composes and
 * {@link Jw301Writer} writes, and what reading a JW301 gives back. Every element of the message has
 * its place here, so reading and writing again keeps the content whole. Codes are kept as the
 * standard writes them (e.g. Geslacht "1", Soort "01", RedenWijziging "04").
 */
public record AllocationMessage(Header header, Client client, List<Product> products) {

  public AllocationMessage {
    products = List.copyOf(products);
  }

  /**
   * Client: Bsn, Geboortedatum (Datum, DatumGebruik COD170), Geslacht (COD046), Naam, Communicatie,
   * JuridischeStatus (WJ232), WettelijkeVertegenwoordiging (WJ003), Commentaar, Relaties and
   * Contactgegevens.
   */
  public record Client(
      String bsn,
      BirthDate birthDate,
      String gender,
      FullName name,
      @Nullable Communication communication,
      @Nullable String legalStatus,
      @Nullable String legalRepresentation,
      @Nullable String comment,
      List<Relation> relations,
      List<Contact> contacts) {

    public Client {
      relations = List.copyOf(relations);
      contacts = List.copyOf(contacts);
    }
  }

  /** CDT_Geboortedatum: the date and which part of it is reliable (COD170, null: all of it). */
  public record BirthDate(LocalDate date, @Nullable String usage) {}

  /**
   * CDT_VolledigeNaam: Geslachtsnaam, Partnernaam, Voornamen, Voorletters and NaamGebruik (COD700).
   */
  public record FullName(
      Surname surname,
      @Nullable Surname partnerSurname,
      @Nullable String givenNames,
      @Nullable String initials,
      String usage) {}

  /** CDT_Achternaam: Achternaam and Voorvoegsel. */
  public record Surname(String name, @Nullable String prefix) {}

  /** CDT_Communicatie: Vorm (COD747) and Taal. */
  public record Communication(String form, @Nullable String language) {}

  /** Relatie: Nummer, Volgorde, Soort (COD472), Geboortedatum, Geslacht, Naam, Contact. */
  public record Relation(
      String number,
      @Nullable Integer order,
      String kind,
      @Nullable BirthDate birthDate,
      @Nullable String gender,
      FullName name,
      Contact contact) {}

  /**
   * Contact: Soort (COD757: 01 BRP, 02 correspondentie, 03 verblijf, 04 tijdelijk), Adres,
   * Organisatie, Telefoon, Emailadres and Periode (only for 04, CD009).
   */
  public record Contact(
      String kind,
      @Nullable Address address,
      @Nullable String organisation,
      @Nullable Phones phones,
      @Nullable String email,
      @Nullable Period period) {}

  /** CDT_Adres: Huis, Postcode, Straatnaam, Plaatsnaam, LandCode. */
  public record Address(
      @Nullable House house,
      @Nullable String postcode,
      @Nullable String street,
      @Nullable String city,
      @Nullable String country) {}

  /** CDT_Huis: Huisnummer, Huisletter, HuisnummerToevoeging, AanduidingWoonadres. */
  public record House(
      int number,
      @Nullable String letter,
      @Nullable String addition,
      @Nullable String designation) {}

  /** CDT_Telefoonnummers: Telefoon01 and Telefoon02. */
  public record Phones(Phone first, @Nullable Phone second) {}

  /** CDT_Telefoon: Telefoonnummer and Landnummer. */
  public record Phone(String number, String countryCode) {}

  /** CDT_OpenPeriode. */
  public record Period(@Nullable LocalDate start, @Nullable LocalDate end) {}

  /**
   * ToegewezenProduct: ToewijzingNummer, ReferentieAanbieder (TR379), Product (Categorie, Code),
   * Toewijzingsdatum and -tijd (the decision, IV013), Ingangsdatum, Einddatum, RedenWijziging
   * (JZ002, IV099), Omvang, Budget (eurocent) and Commentaar.
   */
  public record Product(
      int number,
      @Nullable String reference,
      @Nullable String category,
      @Nullable String code,
      LocalDate decidedOn,
      LocalTime decidedAt,
      LocalDate start,
      @Nullable LocalDate end,
      @Nullable String changeReason,
      ProductLine.@Nullable Volume volume,
      @Nullable Integer budget,
      @Nullable String comment) {}
}
