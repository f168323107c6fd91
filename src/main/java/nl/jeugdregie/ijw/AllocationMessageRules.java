package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.ijw.xml.basis.CDTAdres;
import nl.jeugdregie.ijw.xml.basis.CDTCommunicatie;
import nl.jeugdregie.ijw.xml.basis.CDTOmvang;
import nl.jeugdregie.ijw.xml.basis.CDTOpenPeriode;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.basis.CDTVolledigeNaam;
import nl.jeugdregie.ijw.xml.basis.LDTLandCode;
import nl.jeugdregie.ijw.xml.jw301.Client;
import nl.jeugdregie.ijw.xml.jw301.Contact;
import nl.jeugdregie.ijw.xml.jw301.Relatie;
import nl.jeugdregie.ijw.xml.jw301.Root;
import nl.jeugdregie.ijw.xml.jw301.ToegewezenProduct;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * The content rules (control level 2, return code 0001) of a JW301 toewijzing (ijw.md §3.5, §5.7,
 * §5.9). The municipality checks its own JW301 with them before it is stored for sending: a broken
 * rule is our bug and the provider would reject the message (OP286). Besides the shared {@link
 * ClientRules} (CS002, CS139, TR002, TR134, TR101) and {@link ProductLineRules} (with CD080 and
 * CS338), this class holds:
 *
 * <ul>
 *   <li>CD005: Adres/LandCode is filled when Postcode is, and empty when it is not.
 *   <li>CD007: Communicatie/Taal is filled when Vorm is 1 (tolk taal), and empty otherwise.
 *   <li>CD009: a Contact has a Periode only when its Soort is 04 (tijdelijk verblijfadres).
 *   <li>CD025: an Adres with LandCode NL has a Huis.
 *   <li>CD034: an Adres of Soort 01 (BRP) or 03 (verblijf) has a Postcode.
 *   <li>CS050: with a Partnernaam, NaamGebruik is 1, 2, 3 or 4; without, 1 or 6.
 *   <li>CS089: a Postcode with LandCode NL has the Dutch format ([1-9][0-9]{3}[A-Za-z]{2}).
 *   <li>CS318: the client's NaamGebruik is not 6 (niet-natuurlijk persoon).
 *   <li>CS335: RedenWijziging 13 (verwijderd) only when Einddatum equals Ingangsdatum.
 *   <li>CS336: RedenWijziging 01 (administratieve correctie, vervallen) is not used.
 *   <li>TR006: a Contact has a Telefoon, or a Huis and a Postcode.
 *   <li>TR061: the client has at least one Contact with an Adres of Soort 01, 02 or 03.
 *   <li>TR302: a product occurs more than once only in periods that do not overlap: by code, by
 *       category when a product has no code, and a product without category overlaps nothing;
 *       deleted allocations (Einddatum = Ingangsdatum with reden 13 or 01) do not count.
 * </ul>
 */
@IjwRules({
  "CD005", "CD007", "CD009", "CD025", "CD034", "CS050", "CS089", "CS318", "CS335", "CS336", "TR006",
  "TR061", "TR302"
})
final class AllocationMessageRules {

  private static final Set<String> BRP_OR_STAY = Set.of("01", "03");

  private static final Set<String> RESIDENTIAL = Set.of("01", "02", "03");

  private static final String TEMPORARY_STAY = "04";

  private static final String DELETED = "13";

  private static final String CORRECTION_OBSOLETE = "01";

  private AllocationMessageRules() {}

  /** Checks every content rule of {@code message} into {@code f}. */
  static void check(Root message, Findings f) {
    LocalDate dated = message.getHeader().getBerichtIdentificatie().getDagtekening();
    Client client = message.getClient();
    ClientRules.bsn(f, client, "Bsn", client.getBsn());
    var born = client.getGeboortedatum();
    ClientRules.birthDate(f, client, born.getDatum(), born.getDatumGebruik(), dated);
    ClientRules.notAfterDated(f, client, "Geboortedatum", born.getDatum(), dated);
    name(f, client, client.getNaam());
    if ("6".equals(client.getNaam().getNaamGebruik())) {
      f.content(
          "CS318", client, "Naam", "NaamGebruik 6 (niet-natuurlijk persoon) is not for a client");
    }
    communication(f, client, client.getCommunicatie());
    if (client.getRelaties() != null) {
      List<Relatie> relations = client.getRelaties().getRelatie();
      ClientRules.unique(f, relations, Relatie::getNummer, "Relatie");
      for (Relatie r : relations) {
        var date = r.getGeboortedatum();
        if (date != null) {
          ClientRules.birthDate(f, r, date.getDatum(), date.getDatumGebruik(), dated);
          ClientRules.notAfterDated(f, r, "Geboortedatum", date.getDatum(), dated);
        }
        name(f, r, r.getNaam());
        contact(f, r.getContact());
      }
    }
    List<Contact> contacts = client.getContactgegevens().getContact();
    ClientRules.unique(f, contacts, Contact::getSoort, "Contact");
    for (Contact c : contacts) contact(f, c);
    boolean residential =
        contacts.stream().anyMatch(c -> c.getAdres() != null && RESIDENTIAL.contains(c.getSoort()));
    if (!residential) {
      f.content(
          "TR061",
          client,
          "Contactgegevens",
          "the client needs a Contact with an Adres of Soort 01 (BRP), 02 or 03");
    }
    List<ToegewezenProduct> products = client.getToegewezenProducten().getToegewezenProduct();
    ClientRules.unique(f, products, ToegewezenProduct::getToewijzingNummer, "ToegewezenProduct");
    for (ToegewezenProduct p : products) product(f, p, dated);
    noStacking(f, products);
  }

  /** CS050 on a client's or relation's name. */
  private static void name(Findings f, Object at, CDTVolledigeNaam name) {
    String usage = name.getNaamGebruik();
    boolean partner = name.getPartnernaam() != null;
    Set<String> allowed = partner ? Set.of("1", "2", "3", "4") : Set.of("1", "6");
    if (!allowed.contains(usage)) {
      f.content(
          "CS050",
          at,
          "Naam",
          "NaamGebruik "
              + usage
              + (partner ? " with a Partnernaam must be 1, 2, 3 or 4" : " must be 1 or 6"));
    }
  }

  /** CD007: Taal is filled exactly when Vorm is 1 (tolk taal). */
  private static void communication(Findings f, Client client, @Nullable CDTCommunicatie c) {
    if (c == null) return;
    boolean interpreter = "1".equals(c.getVorm());
    if (interpreter == (c.getTaal() == null)) {
      f.content(
          "CD007",
          client,
          "Communicatie",
          interpreter
              ? "Taal is required when Vorm is 1 (tolk taal)"
              : "Taal must be empty when Vorm is not 1");
    }
  }

  /** CD005, CD009, CD025, CD034, CS089, CS003 (Periode) and TR006 on one Contact. */
  private static void contact(Findings f, Contact c) {
    CDTAdres address = c.getAdres();
    boolean house = address != null && address.getHuis() != null;
    String postcode = address == null ? null : address.getPostcode();
    if (address != null) {
      LDTLandCode country = address.getLandCode();
      if ((postcode != null) != (country != null)) {
        f.content(
            "CD005",
            c,
            "Adres",
            postcode != null
                ? "LandCode is required with a Postcode"
                : "LandCode must be empty without a Postcode");
      }
      if (country == LDTLandCode.NL && !house) {
        f.content("CD025", c, "Adres", "an address in the Netherlands needs a Huis");
      }
      if (country == LDTLandCode.NL
          && postcode != null
          && !postcode.matches("[1-9][0-9]{3}[a-zA-Z]{2}")) {
        f.content("CS089", c, "Adres", "the Postcode is not a Dutch postcode");
      }
      if (BRP_OR_STAY.contains(c.getSoort()) && postcode == null) {
        f.content("CD034", c, "Adres", "an address of Soort " + c.getSoort() + " needs a Postcode");
      }
    }
    CDTOpenPeriode period = c.getPeriode();
    if (period != null) {
      if (!TEMPORARY_STAY.equals(c.getSoort())) {
        f.content("CD009", c, "Periode", "only a Contact of Soort 04 (tijdelijk) has a Periode");
      }
      LocalDate start = period.getBegindatum();
      LocalDate end = period.getEinddatum();
      if (start != null && end != null && end.isBefore(start)) {
        f.content("CS003", c, "Periode", "Periode ends " + end + " before it begins " + start);
      }
    }
    if (c.getTelefoon() == null && !(house && postcode != null)) {
      f.content("TR006", c, null, "a Contact needs a Telefoon, or a Huis and a Postcode");
    }
  }

  /** TR134, CS335, CS336 and the product-line rules (with CD080 and CS338) on one product. */
  private static void product(Findings f, ToegewezenProduct p, LocalDate dated) {
    ClientRules.notAfterDated(f, p, "Toewijzingsdatum", p.getToewijzingsdatum(), dated);
    String reason = p.getRedenWijziging();
    if (DELETED.equals(reason) && !p.getIngangsdatum().equals(p.getEinddatum())) {
      f.content(
          "CS335",
          p,
          "RedenWijziging",
          "RedenWijziging 13 (verwijderd) needs Einddatum equal to Ingangsdatum");
    }
    if (CORRECTION_OBSOLETE.equals(reason)) {
      f.content(
          "CS336",
          p,
          "RedenWijziging",
          "RedenWijziging 01 (administratieve correctie, vervallen) is not used since iJw 3.1");
    }
    ProductLineRules.check(line(p), "CD080", "CS338", f);
  }

  static ProductLine line(ToegewezenProduct p) {
    CDTProduct product = p.getProduct();
    CDTOmvang omvang = p.getOmvang();
    return new ProductLine(
        p,
        true,
        product == null ? null : product.getCategorie(),
        product == null ? null : product.getCode(),
        p.getIngangsdatum(),
        p.getEinddatum(),
        "Einddatum",
        omvang == null
            ? null
            : new ProductLine.Volume(
                omvang.getVolume(), omvang.getEenheid(), omvang.getFrequentie()),
        p.getBudget());
  }

  /** TR302 over every pair of products that are not deleted. */
  private static void noStacking(Findings f, List<ToegewezenProduct> products) {
    List<ToegewezenProduct> seen = new ArrayList<>();
    for (ToegewezenProduct p : products) {
      if (deleted(p)) continue;
      for (ToegewezenProduct earlier : seen) {
        if (sameProduct(earlier, p) && overlap(earlier, p)) {
          f.content(
              "TR302",
              p,
              null,
              "allocation "
                  + p.getToewijzingNummer()
                  + " overlaps allocation "
                  + earlier.getToewijzingNummer()
                  + " of the same product");
          break;
        }
      }
      seen.add(p);
    }
  }

  private static boolean deleted(ToegewezenProduct p) {
    String reason = p.getRedenWijziging();
    return (DELETED.equals(reason) || CORRECTION_OBSOLETE.equals(reason))
        && p.getIngangsdatum().equals(p.getEinddatum());
  }

  /** By code; by category when either has no code; a product without category matches all. */
  private static boolean sameProduct(ToegewezenProduct a, ToegewezenProduct b) {
    CDTProduct pa = a.getProduct();
    CDTProduct pb = b.getProduct();
    if (pa == null || pb == null) return true;
    if (!pa.getCategorie().equals(pb.getCategorie())) return false;
    return pa.getCode() == null || pb.getCode() == null || pa.getCode().equals(pb.getCode());
  }

  private static boolean overlap(ToegewezenProduct a, ToegewezenProduct b) {
    LocalDate aEnd = a.getEinddatum();
    LocalDate bEnd = b.getEinddatum();
    return (aEnd == null || !aEnd.isBefore(b.getIngangsdatum()))
        && (bEnd == null || !bEnd.isBefore(a.getIngangsdatum()));
  }
}
