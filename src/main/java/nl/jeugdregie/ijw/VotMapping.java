package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.ijw.xml.basis.CDTAchternaam;
import nl.jeugdregie.ijw.xml.basis.CDTBerichtIdentificatie;
import nl.jeugdregie.ijw.xml.basis.CDTGeboortedatum;
import nl.jeugdregie.ijw.xml.basis.CDTOmvang;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.basis.CDTVerkorteNaam;
import nl.jeugdregie.ijw.xml.basis.CDTVerwijzer;
import nl.jeugdregie.ijw.xml.basis.CDTXsdVersie;
import nl.jeugdregie.ijw.xml.jw315.AangevraagdProduct;
import nl.jeugdregie.ijw.xml.jw315.AangevraagdeProducten;
import nl.jeugdregie.ijw.xml.jw315.Client;
import nl.jeugdregie.ijw.xml.jw315.Header;
import nl.jeugdregie.ijw.xml.jw315.Root;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JW315 verzoek om toewijzing as allocation requests and back (ijw.md §2.3, §3.6): one {@link
 * RequestSubmission} per AangevraagdProduct, built as the JSON API's request body so both ways in
 * are read by the same {@link RequestSubmission#parse}.
 *
 * <ul>
 *   <li>client: Bsn; the name from the VerkorteNaam (first names or initials, prefix, surname) and
 *       the Geboortedatum;
 *   <li>provider: the header's Afzender (AGB), the product's ReferentieAanbieder;
 *   <li>the request: kind INITIAL, received today, for the header's Ontvanger (municipality), the
 *       referrer's type (COD327), Product (category, code), ToewijzingIngangsdatum to
 *       ToewijzingEinddatum, Omvang (Volume, Eenheid WJ756, Frequentie WMO757) and Budget (cents).
 * </ul>
 *
 * Not carried into the domain, because the decision contract has no place for them: Geslacht,
 * GezagsdragerBekend, the Commentaar fields, BeschikkingNummer and -Ingangsdatum, the referrer's
 * Naam and ZorgverlenerCode, Raamcontract, DatumGebruik. A generic product (no Product, budget
 * only) has no category, which every request of the domain needs; {@link #isGeneric} tells it.
 */
final class VotMapping {

  /** The XSD version of JW315 and the basisschema we write (their appinfo, IV034). */
  private static final String XSD_VERSION = "0.1.0";

  private VotMapping() {}

  /** Whether {@code product} is generic: no Product, which the domain cannot request. */
  static boolean isGeneric(AangevraagdProduct product) {
    return product.getProduct() == null;
  }

  /** The requests of {@code root}, received on {@code receivedOn}, with its own birth date. */
  static List<RequestSubmission> toDomain(Root root, LocalDate receivedOn) {
    return toDomain(root, receivedOn, root.getClient().getGeboortedatum().getDatum());
  }

  /**
   * The requests of {@code root}, one per AangevraagdProduct in message order; {@code birthDate} is
   * the client's birth date to judge by (ours when we know the client: iJw OP039 lets the sender's
   * differ).
   *
   * @throws IllegalArgumentException for a generic product ({@link #isGeneric})
   */
  static List<RequestSubmission> toDomain(Root root, LocalDate receivedOn, LocalDate birthDate) {
    List<RequestSubmission> submissions = new ArrayList<>();
    for (AangevraagdProduct product : VotRules.products(root)) {
      submissions.add(toDomain(root, product, receivedOn, birthDate));
    }
    return submissions;
  }

  private static RequestSubmission toDomain(
      Root root, AangevraagdProduct product, LocalDate receivedOn, LocalDate birthDate) {
    CDTProduct p = product.getProduct();
    if (p == null) {
      throw new IllegalArgumentException(
          "AangevraagdProduct " + product.getReferentieAanbieder() + " is generic (no Product)");
    }
    Header header = root.getHeader();
    Client client = root.getClient();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("clientBsn", client.getBsn());
    body.put("clientName", name(client.getNaam()));
    body.put("providerAgb", header.getAfzender());
    body.put("providerReference", product.getReferentieAanbieder());
    body.put("kind", "INITIAL");
    body.put("receivedOn", receivedOn.toString());
    body.put("municipality", header.getOntvanger());
    body.putObject("client").put("birthDate", birthDate.toString());
    body.putObject("referrer").put("type", product.getVerwijzer().getType());
    ObjectNode productNode = body.putObject("product");
    productNode.put("category", p.getCategorie());
    if (p.getCode() != null) productNode.put("code", p.getCode());
    ObjectNode period = body.putObject("period");
    period.put("start", product.getToewijzingIngangsdatum().toString());
    if (product.getToewijzingEinddatum() != null) {
      period.put("end", product.getToewijzingEinddatum().toString());
    }
    CDTOmvang omvang = product.getOmvang();
    if (omvang != null) {
      ObjectNode volume = body.putObject("volume");
      volume.put("amount", omvang.getVolume());
      volume.put("unit", omvang.getEenheid());
      volume.put("frequency", omvang.getFrequentie());
    }
    if (product.getBudget() != null) {
      body.putObject("budget").put("amountCents", product.getBudget().longValue());
    }
    return RequestSubmission.parse(body);
  }

  /** The client's name as one line: first names (or initials), prefix, surname. */
  static String name(CDTVerkorteNaam naam) {
    StringJoiner name = new StringJoiner(" ");
    String first = naam.getVoornamen() != null ? naam.getVoornamen() : naam.getVoorletters();
    if (first != null) name.add(first);
    CDTAchternaam surname = naam.getGeslachtsnaam();
    if (surname.getVoorvoegsel() != null) name.add(surname.getVoorvoegsel());
    name.add(surname.getAchternaam());
    return name.toString();
  }

  /**
   * The JW315 that asks for {@code products} (one client, provider and municipality), dated {@code
   * dated}. The name goes whole into Achternaam (a name line cannot be split back into its parts),
   * Geslacht is 0 (unknown): the domain keeps neither.
   *
   * @throws IllegalArgumentException when the products are not of one client, provider and
   *     municipality, or have no client name
   */
  static byte[] toXml(List<RequestSubmission> products, String identification, LocalDate dated) {
    if (products.isEmpty()) throw new IllegalArgumentException("a JW315 asks for a product");
    RequestSubmission first = products.getFirst();
    DecisionRequest firstRequest = first.request();
    String clientName = first.clientName();
    if (clientName == null) throw new IllegalArgumentException("a JW315 names the client");
    for (RequestSubmission s : products) {
      if (!s.clientBsn().equals(first.clientBsn())
          || !s.providerAgb().equals(first.providerAgb())
          || !s.request().municipality().equals(firstRequest.municipality())) {
        throw new IllegalArgumentException(
            "a JW315 is for one client, from one provider, to one municipality");
      }
    }
    Root root = new Root();
    root.setHeader(header(first.providerAgb(), firstRequest.municipality(), identification, dated));
    Client client = new Client();
    client.setBsn(first.clientBsn().value());
    CDTGeboortedatum birth = new CDTGeboortedatum();
    birth.setDatum(firstRequest.clientBirthDate());
    client.setGeboortedatum(birth);
    client.setGeslacht("0");
    CDTAchternaam surname = new CDTAchternaam();
    surname.setAchternaam(clientName);
    CDTVerkorteNaam naam = new CDTVerkorteNaam();
    naam.setGeslachtsnaam(surname);
    client.setNaam(naam);
    AangevraagdeProducten list = new AangevraagdeProducten();
    for (RequestSubmission s : products) list.getAangevraagdProduct().add(product(s));
    client.setAangevraagdeProducten(list);
    root.setClient(client);
    return IjwXml.write(MessageType.JW315, Root.class, root);
  }

  private static Header header(
      String agb, String municipality, String identification, LocalDate dated) {
    Header header = new Header();
    header.setBerichtCode("446");
    header.setBerichtVersie(3);
    header.setBerichtSubversie(2);
    header.setAfzender(agb);
    header.setOntvanger(municipality);
    CDTBerichtIdentificatie id = new CDTBerichtIdentificatie();
    id.setIdentificatie(identification);
    id.setDagtekening(dated);
    header.setBerichtIdentificatie(id);
    CDTXsdVersie versions = new CDTXsdVersie();
    versions.setBasisschemaXsdVersie(XSD_VERSION);
    versions.setBerichtXsdVersie(XSD_VERSION);
    header.setXsdVersie(versions);
    return header;
  }

  private static AangevraagdProduct product(RequestSubmission submission) {
    DecisionRequest request = submission.request();
    AangevraagdProduct product = new AangevraagdProduct();
    product.setReferentieAanbieder(submission.providerReference());
    CDTProduct p = new CDTProduct();
    p.setCategorie(request.category());
    p.setCode(request.productCode());
    product.setProduct(p);
    product.setToewijzingIngangsdatum(request.period().start());
    product.setToewijzingEinddatum(request.period().end());
    product.setOmvang(omvang(request.volume()));
    Long budget = request.budget().amountCents();
    product.setBudget(budget == null ? null : Math.toIntExact(budget));
    CDTVerwijzer referrer = new CDTVerwijzer();
    referrer.setType(request.referrer().type().code());
    product.setVerwijzer(referrer);
    return product;
  }

  /** A volume as Omvang (the XSD allows whole numbers up to 99,999,999). */
  static @Nullable CDTOmvang omvang(@Nullable Volume volume) {
    if (volume == null) return null;
    CDTOmvang omvang = new CDTOmvang();
    omvang.setVolume(Math.toIntExact(volume.amount()));
    omvang.setEenheid(volume.unit().code());
    omvang.setFrequentie(volume.frequency().code());
    return omvang;
  }
}
