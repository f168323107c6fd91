package nl.jeugdregie.ijw;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import nl.jeugdregie.billing.DebitCredit;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.DeclaredLine;

/**
 * Test data: a JW323 written from a declaration as billing takes it, client by client into a byte
 * stream (so the benchmark can make one of 25 MB). Values are written as they are: no escaping, as
 * the values of a declaration are digits and letters.
 */
public final class Jw323Xml {

  /** What the header and the Declaratie say besides the lines. */
  public record Envelope(
      String identification,
      LocalDate dated,
      String basisschemaXsdVersie,
      String berichtXsdVersie,
      long totalCents) {

    /** Our XSD versions and the total the lines add up to. */
    public static Envelope of(String identification, LocalDate dated, DeclarationSubmission d) {
      return new Envelope(identification, dated, "0.1.0", "0.1.0", total(d));
    }
  }

  private Jw323Xml() {}

  /** Debits minus credits (TR358). */
  public static long total(DeclarationSubmission d) {
    long total = 0;
    for (ClientLines c : d.clients()) {
      for (IndexedLine l : c.lines()) {
        long amount = l.line().amountCents();
        total += l.line().debitCredit() == DebitCredit.CREDIT ? -amount : amount;
      }
    }
    return total;
  }

  public static byte[] write(Envelope envelope, DeclarationSubmission d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    YearMonth month = d.period();
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            "<jw323:Bericht xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\"")
        .append(" xmlns:jw323=\"http://www.istandaarden.nl/ijw/3_2/jw323/schema\">\n")
        .append(" <jw323:Header>\n")
        .append("  <jw323:BerichtCode>490</jw323:BerichtCode>\n")
        .append("  <jw323:BerichtVersie>3</jw323:BerichtVersie>\n")
        .append("  <jw323:BerichtSubversie>2</jw323:BerichtSubversie>\n");
    element(s, "  ", "jw323:Afzender", d.providerAgb());
    element(s, "  ", "jw323:Ontvanger", d.municipality());
    s.append("  <jw323:BerichtIdentificatie>\n");
    element(s, "   ", "ijw:Identificatie", envelope.identification());
    element(s, "   ", "ijw:Dagtekening", envelope.dated());
    s.append("  </jw323:BerichtIdentificatie>\n  <jw323:XsdVersie>\n");
    element(s, "   ", "ijw:BasisschemaXsdVersie", envelope.basisschemaXsdVersie());
    element(s, "   ", "ijw:BerichtXsdVersie", envelope.berichtXsdVersie());
    s.append("  </jw323:XsdVersie>\n </jw323:Header>\n <jw323:Declaratie>\n");
    element(s, "  ", "jw323:DeclaratieNummer", d.number());
    s.append("  <jw323:DeclaratiePeriode>\n");
    element(s, "   ", "ijw:Begindatum", month.atDay(1));
    element(s, "   ", "ijw:Einddatum", month.atEndOfMonth());
    s.append("  </jw323:DeclaratiePeriode>\n");
    element(s, "  ", "jw323:DeclaratieDagtekening", d.receivedOn());
    s.append("  <jw323:TotaalIngediendBedrag>\n");
    element(s, "   ", "ijw:TotaalBedrag", Math.abs(envelope.totalCents()));
    element(s, "   ", "ijw:DebetCredit", envelope.totalCents() < 0 ? "C" : "D");
    s.append("  </jw323:TotaalIngediendBedrag>\n  <jw323:Clienten>\n");
    flush(s, out);
    for (ClientLines client : d.clients()) {
      s.append("   <jw323:Client>\n");
      element(s, "    ", "jw323:Bsn", client.bsn().value());
      s.append("    <jw323:Prestaties>\n");
      for (IndexedLine indexed : client.lines()) prestatie(s, indexed.line());
      s.append("    </jw323:Prestaties>\n   </jw323:Client>\n");
      flush(s, out);
    }
    s.append("  </jw323:Clienten>\n </jw323:Declaratie>\n</jw323:Bericht>\n");
    flush(s, out);
    return out.toByteArray();
  }

  private static void prestatie(StringBuilder s, DeclaredLine line) {
    String in = "      ";
    s.append("     <jw323:Prestatie>\n").append(in).append("<jw323:ProductReferentie>\n");
    element(s, in + " ", "ijw:ReferentieNummer", line.reference());
    String previous = line.previousReference();
    if (previous != null) element(s, in + " ", "ijw:VorigReferentieNummer", previous);
    s.append(in).append("</jw323:ProductReferentie>\n");
    element(s, in, "jw323:ToewijzingNummer", line.allocationNumber());
    element(s, in, "jw323:ProductCategorie", line.category());
    element(s, in, "jw323:ProductCode", Objects.requireNonNull(line.productCode()));
    s.append(in).append("<jw323:ProductPeriode>\n");
    element(s, in + " ", "ijw:Begindatum", line.productPeriod().start());
    element(s, in + " ", "ijw:Einddatum", Objects.requireNonNull(line.productPeriod().end()));
    s.append(in).append("</jw323:ProductPeriode>\n");
    element(s, in, "jw323:GeleverdVolume", line.volume());
    element(s, in, "jw323:Eenheid", line.unit().code());
    Long tariff = line.tariffCents();
    if (tariff != null) element(s, in, "jw323:ProductTarief", tariff);
    s.append(in).append("<jw323:IngediendBedrag>\n");
    element(s, in + " ", "ijw:Bedrag", line.amountCents());
    element(s, in + " ", "ijw:DebetCredit", line.debitCredit().code());
    s.append(in).append("</jw323:IngediendBedrag>\n     </jw323:Prestatie>\n");
  }

  private static void element(StringBuilder s, String indent, String name, Object value) {
    s.append(indent)
        .append('<')
        .append(name)
        .append('>')
        .append(value)
        .append("</")
        .append(name)
        .append(">\n");
  }

  private static void flush(StringBuilder s, ByteArrayOutputStream out) {
    out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
    s.setLength(0);
  }
}
