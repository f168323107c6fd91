package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.billing.LineCheck;
import nl.jeugdregie.billing.ReturnCode;
import nl.jeugdregie.ijw.xml.basis.CDTGeslotenPeriode;
import nl.jeugdregie.ijw.xml.basis.CDTTotaalBedragMetDC;
import nl.jeugdregie.ijw.xml.basis.LDTDebetCredit;
import nl.jeugdregie.ijw.xml.jw323.Client;
import nl.jeugdregie.ijw.xml.jw323.Prestatie;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * The content rules of a JW323 (control level 2, return code 0001; ijw.md §3.11), judged while the
 * message streams by: the Declaratie first, then one Client at a time, then {@link #end()}. What
 * must be unique or add up over the whole message is kept as small keys, never as the classes.
 *
 * <ul>
 *   <li>CS340: DeclaratiePeriode is exactly one whole calendar month.
 *   <li>CS100: DeclaratiePeriode and ProductPeriode are not before 2021-01-01 (a rule of the
 *       message: billing also takes earlier months on its own route).
 *   <li>TR137: a period's Einddatum is not before its Begindatum and not after the Dagtekening. On
 *       a ProductPeriode, billing judges the end against the DeclaratieDagtekening ({@link
 *       LineCheck#content}); here the header's Dagtekening, where it is the earlier of the two.
 *   <li>CS325: TotaalIngediendBedrag 0 is a debit (on a prestatie: {@link LineCheck#content}).
 *   <li>TR101: a Client's Bsn is unique in the message (its prestaties: {@link ClientRules}).
 *   <li>TR315: a VorigReferentieNummer occurs once in the message.
 *   <li>TR316: no credit of a debit of the same message: a VorigReferentieNummer is no
 *       ReferentieNummer of the message, whichever comes first.
 *   <li>TR416: one debit per ToewijzingNummer, ProductPeriode, ProductCategorie and ProductCode.
 *   <li>TR358: TotaalIngediendBedrag is the sum of the debits minus the credits.
 * </ul>
 *
 * Also applied here, from where they live: CS002, TR101 on prestaties and TR134 ({@link
 * ClientRules}); CD060, CD087, CS325, CS337, CS339, TR137 and TR335 on each line ({@link
 * LineCheck#content}).
 */
@IjwRules({"CS100", "CS325", "CS340", "TR101", "TR137", "TR315", "TR316", "TR358", "TR416"})
final class DeclarationMessageRules {

  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

  /** The element of a Prestatie each of billing's content rules is about. */
  private static final Map<String, String> ELEMENT =
      Map.of(
          "CD060", "ProductReferentie",
          "CD087", "ProductTarief",
          "CS325", "IngediendBedrag",
          "CS339", "IngediendBedrag",
          "CS337", "ProductPeriode",
          "TR137", "ProductPeriode",
          "TR335", "ProductPeriode");

  /** A debit's key for TR416. */
  private record DebitKey(
      int allocation, LocalDate start, LocalDate end, String category, String code) {}

  private final Findings findings;
  private final LocalDate dated;
  private @Nullable LocalDate declarationDated;
  private @Nullable CDTTotaalBedragMetDC total;
  private long sum;
  private final Set<String> bsns = new HashSet<>();
  private final Set<String> references = new HashSet<>();
  private final Set<String> previousReferences = new HashSet<>();
  private final Set<DebitKey> debits = new HashSet<>();

  /** {@code dated}: the header's Dagtekening. */
  DeclarationMessageRules(Findings findings, LocalDate dated) {
    this.findings = findings;
    this.dated = dated;
  }

  /** The Declaratie's own elements: its period, DeclaratieDagtekening and total. */
  void declaratie(
      CDTGeslotenPeriode period, LocalDate declarationDated, CDTTotaalBedragMetDC total) {
    this.declarationDated = declarationDated;
    this.total = total;
    LocalDate start = period.getBegindatum();
    LocalDate end = period.getEinddatum();
    if (start.getDayOfMonth() != 1 || !end.equals(YearMonth.from(start).atEndOfMonth())) {
      findings.content(
          "CS340",
          period,
          null,
          "DeclaratiePeriode " + start + " to " + end + " is not one whole calendar month");
    }
    from2021(period, "DeclaratiePeriode");
    ClientRules.notAfterDated(findings, period, "Begindatum", start, dated);
    periodEnd(period, start, end);
    if (total.getTotaalBedrag() == 0 && total.getDebetCredit() != LDTDebetCredit.D) {
      findings.content(
          "CS325", total, "DebetCredit", "TotaalIngediendBedrag 0 must be a debit (D)");
    }
  }

  /** A Client: its Bsn, and its prestaties unique by ProductReferentie. */
  void client(Client client) {
    ClientRules.bsn(findings, client, "Bsn", client.getBsn());
    if (!bsns.add(client.getBsn())) {
      findings.content("TR101", client, "Bsn", "a second Client with the same Bsn");
    }
    ClientRules.unique(
        findings,
        client.getPrestaties().getPrestatie(),
        p -> productReference(p),
        "Prestatie of the Client");
  }

  /**
   * A Prestatie of the last Client; {@code line} is what billing makes of it, null when it cannot
   * be a line at all (its period ends before it starts).
   */
  void prestatie(Prestatie p, @Nullable DeclaredLine line) {
    CDTGeslotenPeriode period = p.getProductPeriode();
    LocalDate start = period.getBegindatum();
    LocalDate end = period.getEinddatum();
    from2021(period, "ProductPeriode");
    ClientRules.notAfterDated(findings, period, "Begindatum", start, dated);
    LocalDate declared = Objects.requireNonNull(declarationDated, "the Declaratie comes first");
    if (end.isBefore(start)) {
      findings.content(
          "TR137", period, "Einddatum", "Einddatum " + end + " is before the Begindatum " + start);
    } else if (end.isAfter(dated) && !end.isAfter(declared)) {
      // after the DeclaratieDagtekening, billing's TR137 says so already
      findings.content(
          "TR137",
          period,
          "Einddatum",
          "Einddatum " + end + " is after the message's Dagtekening " + dated);
    }
    if (line != null) {
      for (ReturnCode code : LineCheck.content(line, declared)) {
        findings.content(code.rule(), p, ELEMENT.get(code.rule()), code.message());
      }
    }
    references(p);
    boolean debit = p.getIngediendBedrag().getDebetCredit() == LDTDebetCredit.D;
    int amount = p.getIngediendBedrag().getBedrag();
    sum = Math.addExact(sum, debit ? amount : -amount); // bounded by LDT_Bedrag; exact anyway
    if (debit
        && !debits.add(
            new DebitKey(
                p.getToewijzingNummer(),
                start,
                end,
                p.getProductCategorie(),
                p.getProductCode()))) {
      findings.content(
          "TR416",
          p,
          null,
          "a second debit for ToewijzingNummer "
              + p.getToewijzingNummer()
              + ", ProductPeriode "
              + start
              + " to "
              + end
              + " and product "
              + p.getProductCode()
              + " in this message");
    }
  }

  /** TR358, once every Client was read. */
  void end() {
    CDTTotaalBedragMetDC declaredTotal =
        Objects.requireNonNull(total, "the Declaratie comes first");
    long stated = signed(declaredTotal.getTotaalBedrag(), declaredTotal.getDebetCredit());
    if (stated != sum) {
      findings.content(
          "TR358",
          declaredTotal,
          null,
          "TotaalIngediendBedrag is "
              + stated
              + " (debit positive), the prestaties add up to "
              + sum);
    }
  }

  /** TR315 and TR316 on the Prestatie's ProductReferentie. */
  private void references(Prestatie p) {
    String reference = p.getProductReferentie().getReferentieNummer();
    String previous = p.getProductReferentie().getVorigReferentieNummer();
    references.add(reference);
    if (previousReferences.contains(reference)) {
      findings.content(
          "TR316",
          p,
          "ProductReferentie",
          "ReferentieNummer " + reference + " is credited by a prestatie of this same message");
    }
    if (previous == null) return;
    if (!previousReferences.add(previous)) {
      findings.content(
          "TR315",
          p,
          "ProductReferentie",
          "VorigReferentieNummer " + previous + " occurs more than once in the message");
    }
    if (references.contains(previous)) {
      findings.content(
          "TR316",
          p,
          "ProductReferentie",
          "VorigReferentieNummer " + previous + " credits a prestatie of this same message");
    }
  }

  private void from2021(CDTGeslotenPeriode period, String name) {
    for (LocalDate day : List.of(period.getBegindatum(), period.getEinddatum())) {
      if (day.isBefore(FIRST_DAY)) {
        findings.content("CS100", period, null, name + " has " + day + ", before 2021-01-01");
        return;
      }
    }
  }

  /** TR137 on the DeclaratiePeriode. */
  private void periodEnd(CDTGeslotenPeriode period, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      findings.content(
          "TR137", period, "Einddatum", "Einddatum " + end + " is before the Begindatum " + start);
    } else if (end.isAfter(dated)) {
      findings.content(
          "TR137",
          period,
          "Einddatum",
          "Einddatum " + end + " is after the message's Dagtekening " + dated);
    }
  }

  /** An amount with its DebetCredit as signed eurocents: debit positive. */
  static long signed(long amount, LDTDebetCredit debitCredit) {
    return debitCredit == LDTDebetCredit.C ? -amount : amount;
  }

  /** The logical key of a Prestatie (ijw.md §3.13): ReferentieNummer and VorigReferentieNummer. */
  private static String productReference(Prestatie p) {
    String previous = p.getProductReferentie().getVorigReferentieNummer();
    return p.getProductReferentie().getReferentieNummer()
        + (previous == null ? "" : "/" + previous);
  }
}
