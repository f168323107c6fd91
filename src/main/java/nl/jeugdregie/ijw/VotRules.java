package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.ijw.xml.basis.CDTGeboortedatum;
import nl.jeugdregie.ijw.xml.basis.CDTOmvang;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.basis.CDTVerwijzer;
import nl.jeugdregie.ijw.xml.jw315.AangevraagdProduct;
import nl.jeugdregie.ijw.xml.jw315.Client;
import nl.jeugdregie.ijw.xml.jw315.Root;
import nl.jeugdregie.shared.IjwRules;

/**
 * The content rules (control level 2, return code 0001) of a JW315 verzoek om toewijzing (ijw.md
 * §3.6). {@link #check} runs all of them: the client's (CS002, CS139, TR002, TR134 on the
 * Geboortedatum, {@link ClientRules}), each AangevraagdProduct's product line (CD041, CD075-CD079,
 * CD095, CS003, CS343, {@link ProductLineRules}), and the rules only a JW315 has, implemented here.
 * TR101 (no two AangevraagdProducten with the key Bsn + ReferentieAanbieder) is TR383 here: a JW315
 * has one Client, so the key is the ReferentieAanbieder, and one finding says it.
 *
 * <ul>
 *   <li>CD043: BeschikkingIngangsdatum is there exactly when BeschikkingNummer is.
 *   <li>CD066: a referrer of type 02-05 with a ZorgverlenerCode has no Naam; CD067: without one it
 *       has a Naam.
 *   <li>CD068: a referrer of another type has no ZorgverlenerCode.
 *   <li>TR383: ReferentieAanbieder is unique among the message's AangevraagdProducten.
 *   <li>TR386: no product twice for overlapping periods ({@link ProductOverlap}).
 * </ul>
 */
@IjwRules({"CD043", "CD066", "CD067", "CD068", "TR383", "TR386"})
final class VotRules {

  /** COD327 referrers that have an AGB code: huisarts, jeugdarts, GI, medisch specialist. */
  private static final Set<String> REFERRERS_WITH_AGB = Set.of("02", "03", "04", "05");

  private VotRules() {}

  /** Every content rule of the JW315 {@code root}. */
  static void check(Root root, Findings findings) {
    LocalDate dated = root.getHeader().getBerichtIdentificatie().getDagtekening();
    Client client = root.getClient();
    ClientRules.bsn(findings, client, "Bsn", client.getBsn());
    CDTGeboortedatum birth = client.getGeboortedatum();
    ClientRules.birthDate(findings, client, birth.getDatum(), birth.getDatumGebruik(), dated);
    ClientRules.notAfterDated(findings, client, "Geboortedatum", birth.getDatum(), dated);
    List<AangevraagdProduct> products = products(root);
    List<ProductLine> lines = new ArrayList<>();
    Set<String> references = new HashSet<>();
    for (AangevraagdProduct product : products) {
      ProductLine line = line(product);
      lines.add(line);
      ProductLineRules.check(line, "CD095", "CS343", findings);
      decision(product, findings);
      referrer(product, findings);
      if (!references.add(product.getReferentieAanbieder())) {
        findings.content(
            "TR383",
            product,
            "ReferentieAanbieder",
            "ReferentieAanbieder '"
                + product.getReferentieAanbieder()
                + "' is used by an earlier AangevraagdProduct of this message");
      }
    }
    ProductOverlap.check("TR386", lines, findings);
  }

  static List<AangevraagdProduct> products(Root root) {
    return root.getClient().getAangevraagdeProducten().getAangevraagdProduct();
  }

  /** An AangevraagdProduct as a product line for the shared rules. */
  static ProductLine line(AangevraagdProduct product) {
    CDTProduct p = product.getProduct();
    CDTOmvang omvang = product.getOmvang();
    return new ProductLine(
        product,
        true,
        p == null ? null : p.getCategorie(),
        p == null ? null : p.getCode(),
        product.getToewijzingIngangsdatum(),
        product.getToewijzingEinddatum(),
        "ToewijzingEinddatum",
        omvang == null
            ? null
            : new ProductLine.Volume(
                omvang.getVolume(), omvang.getEenheid(), omvang.getFrequentie()),
        product.getBudget());
  }

  /** CD043: a beschikking's number and start date come together. */
  private static void decision(AangevraagdProduct product, Findings findings) {
    boolean number = product.getBeschikkingNummer() != null;
    boolean start = product.getBeschikkingIngangsdatum() != null;
    if (number && !start) {
      findings.content(
          "CD043",
          product,
          "BeschikkingIngangsdatum",
          "BeschikkingIngangsdatum is required with a BeschikkingNummer");
    } else if (!number && start) {
      findings.content(
          "CD043",
          product,
          "BeschikkingIngangsdatum",
          "BeschikkingIngangsdatum must be empty without a BeschikkingNummer");
    }
  }

  /** CD066, CD067, CD068: the referrer is named by AGB code or by name, as its type allows. */
  private static void referrer(AangevraagdProduct product, Findings findings) {
    CDTVerwijzer referrer = product.getVerwijzer();
    boolean agb = referrer.getZorgverlenerCode() != null;
    boolean name = referrer.getNaam() != null;
    if (REFERRERS_WITH_AGB.contains(referrer.getType())) {
      if (agb && name) {
        findings.content(
            "CD066",
            product,
            "Verwijzer/Naam",
            "a referrer of type " + referrer.getType() + " with a ZorgverlenerCode has no Naam");
      }
      if (!agb && !name) {
        findings.content(
            "CD067",
            product,
            "Verwijzer/Naam",
            "a referrer of type "
                + referrer.getType()
                + " without a ZorgverlenerCode needs a Naam");
      }
    } else if (agb) {
      findings.content(
          "CD068",
          product,
          "Verwijzer/ZorgverlenerCode",
          "only a referrer of type 02-05 has a ZorgverlenerCode, not type " + referrer.getType());
    }
  }
}
