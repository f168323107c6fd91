package nl.jeugdregie.ijw;

import java.time.LocalDate;
import nl.jeugdregie.allocation.ChangeSubmission;
import nl.jeugdregie.ijw.xml.basis.CDTBerichtIdentificatie;
import nl.jeugdregie.ijw.xml.basis.CDTOmvang;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.basis.CDTXsdVersie;
import nl.jeugdregie.ijw.xml.jw317.Client;
import nl.jeugdregie.ijw.xml.jw317.Header;
import nl.jeugdregie.ijw.xml.jw317.NieuwProduct;
import nl.jeugdregie.ijw.xml.jw317.NieuweProducten;
import nl.jeugdregie.ijw.xml.jw317.OngewijzigdProduct;
import nl.jeugdregie.ijw.xml.jw317.OngewijzigdeProducten;
import nl.jeugdregie.ijw.xml.jw317.Root;
import nl.jeugdregie.ijw.xml.jw317.TeWijzigenProduct;
import nl.jeugdregie.ijw.xml.jw317.TeWijzigenProducten;
import nl.jeugdregie.ijw.xml.jw317.Verzoek;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JW317 verzoek om wijziging as a change request and back (ijw.md §2.4, §3.7), built as the JSON
 * API's change request body so both ways in are read by the same {@link ChangeSubmission#parse}:
 * Bsn, the header's Afzender (AGB) and Ontvanger (municipality), the Verzoek's ReferentieAanbieder
 * and RedenVerzoek (WJ758), received today; OngewijzigdProduct → {@code unchanged},
 * TeWijzigenProduct → {@code change}, NieuwProduct → {@code new}. A TeWijzigenProduct states its
 * terms whole ({@code wholeTerms}): what it leaves out is none, not unchanged.
 *
 * <p>A generic NieuwProduct (no Product, budget only) has no category, which every allocation of
 * the domain needs; {@link #isGeneric} tells it.
 */
final class VowMapping {

  private static final String XSD_VERSION = "0.1.0";

  private VowMapping() {}

  /** Whether a NieuwProduct of {@code root} is generic: no Product, which the domain cannot add. */
  static boolean isGeneric(NieuwProduct product) {
    return product.getProduct() == null;
  }

  /**
   * The change request of {@code root}, received on {@code receivedOn}.
   *
   * @throws IllegalArgumentException for a generic NieuwProduct ({@link #isGeneric})
   */
  static ChangeSubmission toDomain(Root root, LocalDate receivedOn) {
    Header header = root.getHeader();
    Verzoek request = root.getClient().getVerzoek();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("clientBsn", root.getClient().getBsn());
    body.put("providerAgb", header.getAfzender());
    body.put("providerReference", request.getReferentieAanbieder());
    body.put("municipality", header.getOntvanger());
    body.put("receivedOn", receivedOn.toString());
    body.put("reason", Integer.parseInt(request.getRedenVerzoek()));
    body.put("wholeTerms", true);
    ArrayNode unchanged = body.putArray("unchanged");
    for (OngewijzigdProduct product : VowRules.unchanged(request)) {
      unchanged.addObject().put("number", product.getToewijzingNummer());
    }
    ArrayNode changes = body.putArray("change");
    for (TeWijzigenProduct product : VowRules.changes(request)) {
      ObjectNode change = changes.addObject();
      change.put("number", product.getToewijzingNummer());
      terms(change, product.getGewensteIngangsdatum(), product.getEinddatum());
      terms(change, product.getOmvang(), product.getBudget());
    }
    ArrayNode added = body.putArray("new");
    for (NieuwProduct product : VowRules.added(request)) {
      CDTProduct p = product.getProduct();
      if (p == null) {
        throw new IllegalArgumentException("a NieuwProduct is generic (no Product)");
      }
      ObjectNode addition = added.addObject();
      ObjectNode productNode = addition.putObject("product");
      productNode.put("category", p.getCategorie());
      if (p.getCode() != null) productNode.put("code", p.getCode());
      terms(addition, product.getGewensteIngangsdatum(), product.getEinddatum());
      terms(addition, product.getOmvang(), product.getBudget());
    }
    return ChangeSubmission.parse(body);
  }

  private static void terms(ObjectNode item, LocalDate desiredStart, @Nullable LocalDate end) {
    item.put("desiredStart", desiredStart.toString());
    if (end != null) item.put("end", end.toString());
  }

  private static void terms(ObjectNode item, @Nullable CDTOmvang omvang, @Nullable Integer budget) {
    if (omvang != null) {
      ObjectNode volume = item.putObject("volume");
      volume.put("amount", omvang.getVolume());
      volume.put("unit", omvang.getEenheid());
      volume.put("frequency", omvang.getFrequentie());
    }
    if (budget != null) item.put("budgetCents", budget.longValue());
  }

  /** The JW317 that asks for {@code vow}, dated {@code dated}. */
  static byte[] toXml(ChangeSubmission vow, String identification, LocalDate dated) {
    Root root = new Root();
    Header header = new Header();
    header.setBerichtCode("486");
    header.setBerichtVersie(3);
    header.setBerichtSubversie(2);
    header.setAfzender(vow.providerAgb());
    header.setOntvanger(vow.municipality());
    CDTBerichtIdentificatie id = new CDTBerichtIdentificatie();
    id.setIdentificatie(identification);
    id.setDagtekening(dated);
    header.setBerichtIdentificatie(id);
    CDTXsdVersie versions = new CDTXsdVersie();
    versions.setBasisschemaXsdVersie(XSD_VERSION);
    versions.setBerichtXsdVersie(XSD_VERSION);
    header.setXsdVersie(versions);
    root.setHeader(header);
    Verzoek request = new Verzoek();
    request.setReferentieAanbieder(vow.providerReference());
    request.setRedenVerzoek(String.valueOf(vow.reason()));
    if (!vow.unchanged().isEmpty()) {
      OngewijzigdeProducten list = new OngewijzigdeProducten();
      for (int number : vow.unchanged()) {
        OngewijzigdProduct product = new OngewijzigdProduct();
        product.setToewijzingNummer(number);
        list.getOngewijzigdProduct().add(product);
      }
      request.setOngewijzigdeProducten(list);
    }
    if (!vow.change().isEmpty()) {
      TeWijzigenProducten list = new TeWijzigenProducten();
      for (ChangeSubmission.Change change : vow.change()) {
        TeWijzigenProduct product = new TeWijzigenProduct();
        product.setToewijzingNummer(change.number());
        product.setGewensteIngangsdatum(change.desiredStart());
        product.setEinddatum(change.end());
        product.setOmvang(VotMapping.omvang(change.volume()));
        product.setBudget(budget(change.budgetCents()));
        list.getTeWijzigenProduct().add(product);
      }
      request.setTeWijzigenProducten(list);
    }
    if (!vow.added().isEmpty()) {
      NieuweProducten list = new NieuweProducten();
      for (ChangeSubmission.Addition addition : vow.added()) {
        NieuwProduct product = new NieuwProduct();
        CDTProduct p = new CDTProduct();
        p.setCategorie(addition.category());
        p.setCode(addition.productCode());
        product.setProduct(p);
        product.setGewensteIngangsdatum(addition.desiredStart());
        product.setEinddatum(addition.end());
        product.setOmvang(VotMapping.omvang(addition.volume()));
        product.setBudget(budget(addition.budgetCents()));
        list.getNieuwProduct().add(product);
      }
      request.setNieuweProducten(list);
    }
    Client client = new Client();
    client.setBsn(vow.clientBsn().value());
    client.setVerzoek(request);
    root.setClient(client);
    return IjwXml.write(MessageType.JW317, Root.class, root);
  }

  private static @Nullable Integer budget(@Nullable Long cents) {
    return cents == null ? null : Math.toIntExact(cents);
  }
}
