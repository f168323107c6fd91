package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.jeugdregie.ijw.xml.basis.CDTGeboortedatum;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.jw305.StartProduct;
import nl.jeugdregie.ijw.xml.jw307.StopProduct;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * The content rules (control level 2, return code 0001, ijw.md §2.1) of JW305 and JW307, where the
 * rule export puts them:
 *
 * <ul>
 *   <li>Client: Bsn CS002, Geboortedatum CS139, TR002 and TR134 ({@link ClientRules}).
 *   <li>StartProduct and StopProduct: TR101 on the logical key (ijw.md §3.13; StatusAanlevering is
 *       not part of it, so withdrawing and resending an unchanged key in one message is a
 *       duplicate, IV008), and CS058: StatusAanlevering is 1 (eerste aanlevering) or 3
 *       (verwijderen), never 2 or 9 (OP033x2).
 *   <li>StartProduct: Begindatum TR134.
 *   <li>StopProduct: Einddatum TR018 (not before Begindatum) and TR134.
 * </ul>
 */
@IjwRules({"CS058", "TR018"})
final class DeliveryMessageRules {

  private DeliveryMessageRules() {}

  /** The content findings of a JW305. */
  static Findings start(IjwXml.Read<nl.jeugdregie.ijw.xml.jw305.Root> read) {
    Findings findings = new Findings(read.locations());
    var root = read.root();
    LocalDate dated = root.getHeader().getBerichtIdentificatie().getDagtekening();
    var client = root.getClient();
    client(findings, client, client.getBsn(), client.getGeboortedatum(), dated);
    List<StartProduct> lines = client.getStartProducten().getStartProduct();
    ClientRules.unique(
        findings,
        lines,
        p -> List.of(number(p.getToewijzingNummer()), product(p.getProduct()), p.getBegindatum()),
        "StartProduct");
    for (StartProduct line : lines) {
      ClientRules.notAfterDated(findings, line, "Begindatum", line.getBegindatum(), dated);
      status(findings, line, line.getStatusAanlevering());
    }
    return findings;
  }

  /** The content findings of a JW307. */
  static Findings stop(IjwXml.Read<nl.jeugdregie.ijw.xml.jw307.Root> read) {
    Findings findings = new Findings(read.locations());
    var root = read.root();
    LocalDate dated = root.getHeader().getBerichtIdentificatie().getDagtekening();
    var client = root.getClient();
    client(findings, client, client.getBsn(), client.getGeboortedatum(), dated);
    List<StopProduct> lines = client.getStopProducten().getStopProduct();
    ClientRules.unique(
        findings,
        lines,
        p ->
            List.of(
                number(p.getToewijzingNummer()),
                product(p.getProduct()),
                p.getBegindatum(),
                p.getRedenBeeindiging(),
                p.getEinddatum()),
        "StopProduct");
    for (StopProduct line : lines) {
      if (line.getEinddatum().isBefore(line.getBegindatum())) {
        findings.content(
            "TR018",
            line,
            "Einddatum",
            "Einddatum " + line.getEinddatum() + " is before Begindatum " + line.getBegindatum());
      }
      ClientRules.notAfterDated(findings, line, "Einddatum", line.getEinddatum(), dated);
      status(findings, line, line.getStatusAanlevering());
    }
    return findings;
  }

  /**
   * The content findings of an XSD-valid JW305 or JW307 ({@code type}), e.g. for a rule's fixture
   * pair.
   */
  static List<RuleFinding> check(MessageType type, byte[] xml) {
    return switch (type) {
      case JW305 -> start(IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw305.Root.class)).all();
      case JW307 -> stop(IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw307.Root.class)).all();
      default -> throw new IllegalArgumentException(type + " is not a start or stop message");
    };
  }

  private static void client(
      Findings findings, Object client, String bsn, CDTGeboortedatum birth, LocalDate dated) {
    ClientRules.bsn(findings, client, "Bsn", bsn);
    ClientRules.birthDate(findings, client, birth.getDatum(), birth.getDatumGebruik(), dated);
    ClientRules.notAfterDated(findings, client, "Geboortedatum", birth.getDatum(), dated);
  }

  /** CS058 on StatusAanlevering (COD467 allows 1, 2, 3 and 9; start and stop only 1 and 3). */
  private static void status(Findings findings, Object line, String status) {
    if (!Arrays.asList(DeliveryMessage.FIRST_DELIVERY, DeliveryMessage.WITHDRAWAL)
        .contains(status)) {
      findings.content(
          "CS058",
          line,
          "StatusAanlevering",
          "StatusAanlevering "
              + status
              + " is not allowed: 1 (eerste aanlevering) or 3 (verwijderen aanlevering)");
    }
  }

  /** Key parts that may be absent, as a value a List can hold. */
  private static Object number(@Nullable Integer number) {
    return number == null ? "" : number;
  }

  private static Object product(@Nullable CDTProduct product) {
    if (product == null) return "";
    String code = product.getCode();
    return product.getCategorie() + "/" + (code == null ? "" : code);
  }
}
