package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.TestData;
import nl.jeugdregie.billing.DebitCredit;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The content rules of a JW323 (control level 2), read part by part: each rule's fixture pair
 * ({@code ijw/rules/<rule>/fail.xml} breaks exactly that rule, {@code pass.xml} none), and the
 * rules the pairs cannot show alone, with where each finding points.
 */
class DeclarationContentRulesTest {

  private static final XsdCheck XSD = new XsdCheck();

  private static final LocalDate DATED = LocalDate.of(2026, 11, 2);

  private static byte[] fixture(String rule, String name) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/rules", rule, name + ".xml"));
  }

  private static Set<String> rules(Jw323Reader.Jw323 read) {
    return read.findings().all().stream().map(RuleFinding::rule).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CD060", "CD087", "CS100", "CS325", "CS337", "CS339", "CS340", "TR137", "TR315", "TR316",
        "TR335", "TR358", "TR416"
      })
  void eachFixtureBreaksExactlyItsRuleAndItsPairNone(String rule) throws Exception {
    byte[] fail = fixture(rule, "fail");
    assertThat(XSD.check(fail).findings()).isEmpty();
    Jw323Reader.Jw323 broken = Jw323Reader.read(fail);
    assertThat(rules(broken)).containsExactly(rule);
    assertThat(broken.findings().all()).allMatch(f -> f.returnCode().equals("0001"));

    byte[] pass = fixture(rule, "pass");
    assertThat(XSD.check(pass).findings()).isEmpty();
    Jw323Reader.Jw323 kept = Jw323Reader.read(pass);
    assertThat(kept.findings().all()).isEmpty();
    assertThat(kept.submission()).isNotNull();
  }

  /** October 2026 for client {@code bsn}: one line per reference, 600 minutes at 205. */
  private static DeclarationSubmission october(List<ClientLines> clients) {
    return new DeclarationSubmission(
        "12345678", "D1", "0153", YearMonth.of(2026, 10), DATED, clients, "x");
  }

  private static DeclaredLine line(String reference, int allocation) {
    return new DeclaredLine(
        reference,
        null,
        DebitCredit.DEBIT,
        allocation,
        "45",
        "45B01",
        DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
        600,
        Unit.MINUTE,
        205L,
        123_000);
  }

  private static ClientLines client(String bsn, int firstIndex, DeclaredLine... lines) {
    List<IndexedLine> indexed = new ArrayList<>();
    for (DeclaredLine l : lines) indexed.add(new IndexedLine(firstIndex + indexed.size(), l));
    return new ClientLines(Bsn.of(bsn), indexed);
  }

  private static byte[] xml(LocalDate dated, DeclarationSubmission d) {
    byte[] xml = Jw323Xml.write(Jw323Xml.Envelope.of("M1", dated, d), d);
    assertThat(XSD.check(xml).findings()).isEmpty();
    return xml;
  }

  @Test
  void aValidDeclarationIsBillingsSubmissionLineForLine() {
    DeclarationSubmission sent =
        october(
            List.of(
                client(TestData.bsn(), 0, line("R1", 1), line("R2", 2)),
                client(TestData.bsn(), 2, line("R3", 3))));
    byte[] xml = xml(DATED, sent);
    Jw323Reader.Jw323 read = Jw323Reader.read(xml);
    assertThat(read.findings().all()).isEmpty();
    assertThat(read.submission())
        .isEqualTo(
            new DeclarationSubmission(
                sent.providerAgb(),
                sent.number(),
                sent.municipality(),
                sent.period(),
                sent.receivedOn(),
                sent.clients(),
                MessageLog.hash(xml)));
    assertThat(read.totalCents()).isEqualTo(3 * 123_000);
    assertThat(read.header().getBerichtIdentificatie().getIdentificatie()).isEqualTo("M1");
  }

  @Test
  void aFindingPointsAtItsPrestatieByXpathAndLine() {
    String third = TestData.bsn();
    DeclarationSubmission d =
        october(
            List.of(
                client(TestData.bsn(), 0, line("R1", 1), line("R2", 2)),
                client(TestData.bsn(), 2, line("R3", 3)),
                client(third, 3, line("R4", 4), line("R5", 4))));
    byte[] xml = xml(DATED, d);
    Jw323Reader.Jw323 read = Jw323Reader.read(xml);
    RuleFinding finding = read.findings().all().getFirst();
    assertThat(read.findings().all()).hasSize(1);
    assertThat(finding.rule()).isEqualTo("TR416");
    assertThat(finding.xpath())
        .isEqualTo("/Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie[2]");
    String[] lines = new String(xml, java.nio.charset.StandardCharsets.UTF_8).split("\n");
    assertThat(lines[finding.line() - 1]).contains("<jw323:Prestatie>");
    assertThat(lines[finding.line() + 1]).contains(">R5<");
  }

  @Test
  void aSecondClientWithTheSameBsnIsTR101() {
    String bsn = TestData.bsn();
    Jw323Reader.Jw323 read =
        Jw323Reader.read(
            xml(
                DATED,
                october(List.of(client(bsn, 0, line("R1", 1)), client(bsn, 1, line("R2", 2))))));
    assertThat(read.findings().all())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("TR101");
              assertThat(f.xpath()).isEqualTo("/Bericht/Declaratie/Clienten/Client[2]/Bsn");
              assertThat(f.message()).doesNotContain(bsn);
            });
  }

  @Test
  void twoPrestatiesWithTheSameProductReferentieInOneClientAreTR101() {
    Jw323Reader.Jw323 read =
        Jw323Reader.read(
            xml(DATED, october(List.of(client(TestData.bsn(), 0, line("R1", 1), line("R1", 2))))));
    assertThat(rules(read)).containsExactly("TR101");
  }

  @Test
  void aBsnFailingThe11ProefIsCS002AndMakesNoSubmission() throws Exception {
    String xml = new String(fixture("TR358", "pass"), java.nio.charset.StandardCharsets.UTF_8);
    byte[] wrong = xml.replace("999900006", "999900007").getBytes();
    assertThat(XSD.check(wrong).findings()).isEmpty();
    Jw323Reader.Jw323 read = Jw323Reader.read(wrong);
    assertThat(rules(read)).containsExactly("CS002");
    assertThat(read.findings().all().getFirst().message()).doesNotContain("999900007");
    assertThat(read.submission()).isNull();
  }

  /**
   * TR134 and TR137 hold against the header's Dagtekening too when it is before the
   * DeclaratieDagtekening: a period may neither start nor end after the message was dated.
   */
  @Test
  void periodsAfterTheHeadersDagtekeningAreTR134AndTR137() {
    DeclarationSubmission d =
        october(
            List.of(
                client(
                    TestData.bsn(),
                    0,
                    new DeclaredLine(
                        "R1",
                        null,
                        DebitCredit.DEBIT,
                        1,
                        "45",
                        "45B01",
                        DateRange.of(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 31)),
                        600,
                        Unit.MINUTE,
                        205L,
                        123_000))));
    Jw323Reader.Jw323 read = Jw323Reader.read(xml(LocalDate.of(2026, 10, 15), d));
    assertThat(read.findings().all())
        .extracting(RuleFinding::rule, RuleFinding::xpath)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "TR137", "/Bericht/Declaratie/DeclaratiePeriode/Einddatum"),
            org.assertj.core.groups.Tuple.tuple(
                "TR134",
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum"),
            org.assertj.core.groups.Tuple.tuple(
                "TR137",
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum"));
  }

  @Test
  void aProductPeriodEndingBeforeItStartsIsTR137AndMakesNoSubmission() throws Exception {
    String xml = new String(fixture("TR358", "pass"), java.nio.charset.StandardCharsets.UTF_8);
    byte[] reversed =
        xml.replace(
                "<ijw:Begindatum>2026-10-01</ijw:Begindatum>\n\t\t\t\t\t\t\t<ijw:Einddatum>2026-10-31",
                "<ijw:Begindatum>2026-10-31</ijw:Begindatum>\n\t\t\t\t\t\t\t<ijw:Einddatum>2026-10-01")
            .getBytes();
    assertThat(new String(reversed)).contains("<ijw:Einddatum>2026-10-01");
    Jw323Reader.Jw323 read = Jw323Reader.read(reversed);
    assertThat(rules(read)).containsExactly("TR137");
    assertThat(read.submission()).isNull();
  }
}
