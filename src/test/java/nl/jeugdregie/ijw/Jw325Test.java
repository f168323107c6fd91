package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.billing.DebitCredit;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.ijw.xml.basis.CDTTotaalBedragMetDC;
import nl.jeugdregie.ijw.xml.jw325.Client;
import nl.jeugdregie.ijw.xml.jw325.DeclaratieAntwoord;
import nl.jeugdregie.ijw.xml.jw325.Header;
import nl.jeugdregie.ijw.xml.jw325.Prestatie;
import nl.jeugdregie.ijw.xml.jw325.Root;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The shared samples read, made into the domain and written again give the same message (golden
 * round trips), and the JW325 we would send is checked against the 323 it answers (TR337, TR342,
 * TR366, TR367, TR371, TR376).
 */
class Jw325Test {

  private static final XsdCheck XSD = new XsdCheck();

  private static byte[] sample(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  @Test
  void theJw323SampleReadAndWrittenAgainIsTheSameMessage() throws Exception {
    byte[] sample = sample("JW323");
    Jw323Reader.Jw323 read = Jw323Reader.read(sample);
    // the sample reuses RN004 within a client (TR101) and declares allocation 10073 for April in
    // two clients (TR416): content findings, but it still maps
    assertThat(read.findings().all())
        .extracting(RuleFinding::rule)
        .containsExactly("TR101", "TR416");
    DeclarationSubmission domain = java.util.Objects.requireNonNull(read.submission());
    assertThat(domain.lineCount()).isEqualTo(5);
    var header = read.header();
    byte[] written =
        Jw323Xml.write(
            new Jw323Xml.Envelope(
                header.getBerichtIdentificatie().getIdentificatie(),
                header.getBerichtIdentificatie().getDagtekening(),
                header.getXsdVersie().getBasisschemaXsdVersie(),
                header.getXsdVersie().getBerichtXsdVersie(),
                read.totalCents()),
            domain);
    assertThat(XSD.check(written).findings()).isEmpty();
    assertThat(IjwXml.read(written, nl.jeugdregie.ijw.xml.jw323.Root.class).root())
        .usingRecursiveComparison()
        .isEqualTo(IjwXml.read(sample, nl.jeugdregie.ijw.xml.jw323.Root.class).root());
  }

  @Test
  void theJw325SampleReadAndWrittenAgainIsTheSameMessage() throws Exception {
    Root sample = IjwXml.read(sample("JW325"), Root.class).root();
    Jw325 domain = domain(sample);
    assertThat(java.util.Objects.requireNonNull(domain.answer()).clients())
        .flatExtracting(Jw325.RejectedClient::lines)
        .hasSize(3);
    byte[] written = Jw325Writer.write(domain);
    assertThat(XSD.check(written).findings()).isEmpty();
    assertThat(IjwXml.read(written, Root.class).root())
        .usingRecursiveComparison()
        .isEqualTo(sample);
  }

  /** A 325 as the domain holds it, read back from XML: the inverse of {@link Jw325Writer}. */
  static Jw325 domain(Root root) {
    Header h = root.getHeader();
    DeclaratieAntwoord a = root.getDeclaratieAntwoord();
    Jw325.Answer answer = null;
    if (a != null) {
      List<Jw325.RejectedClient> clients = new ArrayList<>();
      if (a.getClienten() != null) {
        for (Client c : a.getClienten().getClient()) {
          List<Jw325.RejectedLine> lines = new ArrayList<>();
          for (Prestatie p : c.getPrestaties().getPrestatie()) {
            lines.add(new Jw325.RejectedLine(line(p), p.getRetourCodes().getRetourCode()));
          }
          clients.add(
              new Jw325.RejectedClient(
                  Bsn.of(c.getBsn()), lines, c.getRetourCodes().getRetourCode()));
        }
      }
      answer =
          new Jw325.Answer(
              a.getDeclaratieNummer(),
              signed(a.getTotaalIngediendBedrag()),
              signed(a.getTotaalToegekendBedrag()),
              clients,
              a.getRetourCodes().getRetourCode());
    }
    return new Jw325(
        h.getAfzender(),
        h.getOntvanger(),
        h.getBerichtIdentificatie().getIdentificatie(),
        h.getBerichtIdentificatie().getDagtekening(),
        new Jw325.Versions(
            h.getXsdVersie().getBasisschemaXsdVersie(), h.getXsdVersie().getBerichtXsdVersie()),
        h.getDeclaratieIdentificatie().getIdentificatie(),
        h.getDeclaratieIdentificatie().getDagtekening(),
        h.getXsltVersie(),
        new Jw325.Versions(
            h.getXsdVersieDeclaratie().getBasisschemaXsdVersie(),
            h.getXsdVersieDeclaratie().getBerichtXsdVersie()),
        h.getRetourCodes().getRetourCode(),
        answer);
  }

  private static long signed(CDTTotaalBedragMetDC total) {
    return DeclarationMessageRules.signed(total.getTotaalBedrag(), total.getDebetCredit());
  }

  private static DeclaredLine line(Prestatie p) {
    Integer tariff = p.getProductTarief();
    return new DeclaredLine(
        p.getProductReferentie().getReferentieNummer(),
        p.getProductReferentie().getVorigReferentieNummer(),
        DebitCredit.parse(p.getIngediendBedrag().getDebetCredit().value()),
        p.getToewijzingNummer(),
        p.getProductCategorie(),
        p.getProductCode(),
        DateRange.of(p.getProductPeriode().getBegindatum(), p.getProductPeriode().getEinddatum()),
        p.getGeleverdVolume(),
        Unit.parse(p.getEenheid()),
        tariff == null ? null : tariff.longValue(),
        p.getIngediendBedrag().getBedrag());
  }

  // the 325 rules against the 323 it answers

  private static final String BSN = "999900006";

  private static DeclaredLine declared(String reference, long minutes) {
    return new DeclaredLine(
        reference,
        null,
        DebitCredit.DEBIT,
        1,
        "45",
        "45B01",
        DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
        minutes,
        Unit.MINUTE,
        205L,
        minutes * 205);
  }

  /** A 323 of R1 (600 minutes) and R2 (300 minutes) for one client. */
  private static Jw323Reader.Jw323 declaration() {
    DeclarationSubmission d =
        new DeclarationSubmission(
            "12345678",
            "D1",
            "0153",
            java.time.YearMonth.of(2026, 10),
            LocalDate.of(2026, 11, 2),
            List.of(
                new ClientLines(
                    Bsn.of(BSN),
                    List.of(
                        new IndexedLine(0, declared("R1", 600)),
                        new IndexedLine(1, declared("R2", 300))))),
            "x");
    return Jw323Reader.read(
        Jw323Xml.write(Jw323Xml.Envelope.of("M1", LocalDate.of(2026, 11, 2), d), d));
  }

  /** The 325 that rejects {@code returned} (R2 right), granting what was not returned. */
  private static Jw325 reply(
      String identification, String number, @Nullable String version, DeclaredLine... returned) {
    long submitted = (600 + 300) * 205;
    long back = 0;
    for (DeclaredLine l : returned) back += l.amountCents();
    List<Jw325.RejectedLine> lines = new ArrayList<>();
    for (DeclaredLine l : returned) lines.add(new Jw325.RejectedLine(l, List.of("0611")));
    return new Jw325(
        "0153",
        "12345678",
        "A1",
        LocalDate.of(2026, 11, 30),
        Jw325Writer.XSD,
        identification,
        LocalDate.of(2026, 11, 2),
        null,
        new Jw325.Versions("0.1.0", version == null ? "0.1.0" : version),
        List.of("0200"),
        new Jw325.Answer(
            number,
            submitted,
            submitted - back,
            List.of(new Jw325.RejectedClient(Bsn.of(BSN), lines, List.of("0200"))),
            List.of("0200")));
  }

  private static final Set<Jw325Rules.Key> R2_REJECTED =
      Set.of(new Jw325Rules.Key(BSN, "R2", null));

  @Test
  void aReplyThatAnswersItsDeclarationPasses() {
    Jw325Rules.check(reply("M1", "D1", null, declared("R2", 300)), declaration(), R2_REJECTED);
  }

  @Test
  void aReplyToAnotherMessageOrNumberOrVersionIsRefused() {
    assertThatThrownBy(
            () ->
                Jw325Rules.check(
                    reply("M2", "D2", "0.2.0", declared("R2", 300)), declaration(), R2_REJECTED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("TR337", "TR371", "TR376")
        .hasMessageNotContaining("TR342");
  }

  @Test
  void aReturnedPrestatieThatDiffersFromTheDeclaredOneIsTR367() {
    assertThatThrownBy(
            () ->
                Jw325Rules.check(
                    reply("M1", "D1", null, declared("R2", 301)), declaration(), R2_REJECTED))
        .hasMessageContaining("TR367")
        .hasMessageNotContaining("TR342");
  }

  @Test
  void aReturnedPrestatieThatWasNotDeclaredIsTR366() {
    assertThatThrownBy(
            () ->
                Jw325Rules.check(
                    reply("M1", "D1", null, declared("R9", 300)), declaration(), R2_REJECTED))
        .hasMessageContaining("TR366");
  }

  @Test
  void returningAnApprovedPrestatieOrLeavingOutARejectedOneIsTR342() {
    assertThatThrownBy(
            () ->
                Jw325Rules.check(
                    reply("M1", "D1", null, declared("R1", 600)), declaration(), R2_REJECTED))
        .hasMessageContaining("TR342")
        .hasMessageNotContaining("TR367");
    assertThatThrownBy(() -> Jw325Rules.check(reply("M1", "D1", null), declaration(), R2_REJECTED))
        .hasMessageContaining("TR342");
  }
}
