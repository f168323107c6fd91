package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.ijw.xml.basis.CDTOmvang;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.jw317.Client;
import nl.jeugdregie.ijw.xml.jw317.NieuwProduct;
import nl.jeugdregie.ijw.xml.jw317.OngewijzigdProduct;
import nl.jeugdregie.ijw.xml.jw317.Root;
import nl.jeugdregie.ijw.xml.jw317.TeWijzigenProduct;
import nl.jeugdregie.ijw.xml.jw317.Verzoek;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * The content rules (control level 2, return code 0001) of a JW317 verzoek om wijziging (ijw.md
 * §3.7). {@link #check} runs all of them: CS002 on the Bsn ({@link ClientRules}), the product line
 * rules on every TeWijzigenProduct (no Product of its own: CD075-CD078, CS003, CS338) and
 * NieuwProduct (also CD041, CD079, CD096; {@link ProductLineRules}), TR101 on the keys
 * (OngewijzigdProduct and TeWijzigenProduct: ToewijzingNummer; NieuwProduct: Product +
 * GewensteIngangsdatum), and the rules only a JW317 has, implemented here:
 *
 * <ul>
 *   <li>TR352: at least one OngewijzigdProduct or TeWijzigenProduct.
 *   <li>TR353: at least one TeWijzigenProduct or NieuwProduct.
 *   <li>TR380: a NieuwProduct's GewensteIngangsdatum is after the Dagtekening.
 *   <li>TR410: no product twice among the NieuweProducten for overlapping periods ({@link
 *       ProductOverlap}).
 * </ul>
 */
@IjwRules({"TR352", "TR353", "TR380", "TR410"})
final class VowRules {

  private VowRules() {}

  /** Every content rule of the JW317 {@code root}. */
  static void check(Root root, Findings findings) {
    LocalDate dated = root.getHeader().getBerichtIdentificatie().getDagtekening();
    Client client = root.getClient();
    ClientRules.bsn(findings, client, "Bsn", client.getBsn());
    Verzoek request = client.getVerzoek();
    List<OngewijzigdProduct> unchanged = unchanged(request);
    List<TeWijzigenProduct> changes = changes(request);
    List<NieuwProduct> added = added(request);
    if (unchanged.isEmpty() && changes.isEmpty()) {
      findings.content(
          "TR352", request, null, "a VOW has at least one OngewijzigdProduct or TeWijzigenProduct");
    }
    if (changes.isEmpty() && added.isEmpty()) {
      findings.content(
          "TR353", request, null, "a VOW has at least one TeWijzigenProduct or NieuwProduct");
    }
    for (TeWijzigenProduct change : changes) {
      ProductLineRules.check(line(change), "CD096", "CS338", findings);
    }
    List<ProductLine> lines = new ArrayList<>();
    for (NieuwProduct product : added) {
      ProductLine line = line(product);
      lines.add(line);
      ProductLineRules.check(line, "CD096", "CS338", findings);
      if (!product.getGewensteIngangsdatum().isAfter(dated)) {
        findings.content(
            "TR380",
            product,
            "GewensteIngangsdatum",
            "a new product's GewensteIngangsdatum "
                + product.getGewensteIngangsdatum()
                + " must be after the Dagtekening "
                + dated);
      }
    }
    ClientRules.unique(
        findings, unchanged, OngewijzigdProduct::getToewijzingNummer, "OngewijzigdProduct");
    ClientRules.unique(
        findings, changes, TeWijzigenProduct::getToewijzingNummer, "TeWijzigenProduct");
    ClientRules.unique(
        findings,
        added,
        p -> productKey(p.getProduct()) + "@" + p.getGewensteIngangsdatum(),
        "NieuwProduct (Product, GewensteIngangsdatum)");
    ProductOverlap.check("TR410", lines, findings);
  }

  static List<OngewijzigdProduct> unchanged(Verzoek request) {
    return request.getOngewijzigdeProducten() == null
        ? List.of()
        : request.getOngewijzigdeProducten().getOngewijzigdProduct();
  }

  static List<TeWijzigenProduct> changes(Verzoek request) {
    return request.getTeWijzigenProducten() == null
        ? List.of()
        : request.getTeWijzigenProducten().getTeWijzigenProduct();
  }

  static List<NieuwProduct> added(Verzoek request) {
    return request.getNieuweProducten() == null
        ? List.of()
        : request.getNieuweProducten().getNieuwProduct();
  }

  /** A TeWijzigenProduct as a product line: its product is the allocation's and cannot change. */
  static ProductLine line(TeWijzigenProduct change) {
    return new ProductLine(
        change,
        false,
        null,
        null,
        change.getGewensteIngangsdatum(),
        change.getEinddatum(),
        "Einddatum",
        volume(change.getOmvang()),
        change.getBudget());
  }

  static ProductLine line(NieuwProduct product) {
    CDTProduct p = product.getProduct();
    return new ProductLine(
        product,
        true,
        p == null ? null : p.getCategorie(),
        p == null ? null : p.getCode(),
        product.getGewensteIngangsdatum(),
        product.getEinddatum(),
        "Einddatum",
        volume(product.getOmvang()),
        product.getBudget());
  }

  private static ProductLine.@Nullable Volume volume(@Nullable CDTOmvang omvang) {
    return omvang == null
        ? null
        : new ProductLine.Volume(omvang.getVolume(), omvang.getEenheid(), omvang.getFrequentie());
  }

  private static String productKey(@Nullable CDTProduct product) {
    if (product == null) return "-";
    return product.getCategorie() + "/" + (product.getCode() == null ? "" : product.getCode());
  }
}
