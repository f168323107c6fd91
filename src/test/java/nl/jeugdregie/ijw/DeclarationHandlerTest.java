package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.billing.DebitCredit;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import nl.jeugdregie.ijw.xml.jw325.DeclaratieAntwoord;
import nl.jeugdregie.ijw.xml.jw325.Root;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JW323 through its handler against a real allocation in the database: always a JW325, with only
 * the rejected prestaties; approved lines booked; nothing booked when the message is rejected on
 * its content, its header or as a whole.
 */
@SpringBootTest(classes = Jeugdregie.class)
class DeclarationHandlerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Autowired DeclarationHandler handler;
  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  String agb = "";
  String bsn = "";
  Actor provider = Actor.admin("unset");
  int number;

  /**
   * A Twente allocation of 3000 minutes of 45B01 (EUR 2.05 a minute in 2025), 10 March - 31 Dec.
   */
  @BeforeEach
  void twenteAllocation() {
    agb = String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    provider = Actor.provider("aanbieder", agb);
    bsn = TestData.bsn();
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                """
                {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
                 "client": {"birthDate": "2014-05-01"},
                 "referrer": {"type": "02", "letterDate": "2025-02-01"},
                 "product": {"category": "45", "code": "45B01"},
                 "period": {"start": "2025-03-10", "end": "2025-12-31"},
                 "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
                """);
    body.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", "V-" + agb);
    number =
        requests.submit(provider, RequestSubmission.parse(body)).allocations().getFirst().number();
  }

  /** {@code minutes} of {@code code} in March 2025 at {@code tariff} cents a minute. */
  DeclaredLine march(String reference, String code, long minutes, long tariff) {
    return new DeclaredLine(
        reference,
        null,
        DebitCredit.DEBIT,
        number,
        "45",
        code,
        DateRange.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 31)),
        minutes,
        Unit.MINUTE,
        tariff,
        minutes * tariff);
  }

  /** {@code minutes} of 45B01 in April 2025 at {@code tariff} cents a minute. */
  DeclaredLine april(String reference, long minutes, long tariff) {
    return new DeclaredLine(
        reference,
        null,
        DebitCredit.DEBIT,
        number,
        "45",
        "45B01",
        DateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)),
        minutes,
        Unit.MINUTE,
        tariff,
        minutes * tariff);
  }

  DeclarationSubmission declaration(
      String declarationNumber, YearMonth month, DeclaredLine... lines) {
    List<IndexedLine> indexed = new java.util.ArrayList<>();
    for (DeclaredLine l : lines) indexed.add(new IndexedLine(indexed.size(), l));
    return new DeclarationSubmission(
        agb,
        declarationNumber,
        "0153",
        month,
        month.plusMonths(1).atDay(2),
        List.of(new ClientLines(Bsn.of(bsn), indexed)),
        "x");
  }

  Handled receive(String identification, LocalDate dated, byte[] xml) {
    return handler.handle(
        provider,
        new Received(
            UUID.randomUUID(),
            MessageType.JW323,
            new Header(agb, "0153", identification, dated),
            xml,
            TODAY));
  }

  Handled receive(String identification, DeclarationSubmission d) {
    LocalDate dated = d.receivedOn();
    return receive(
        identification, dated, Jw323Xml.write(Jw323Xml.Envelope.of(identification, dated, d), d));
  }

  static Root reply(Handled handled) {
    assertThat(handled.replyType()).isEqualTo(MessageType.JW325);
    return IjwXml.read(Objects.requireNonNull(handled.reply()), Root.class).root();
  }

  long consumed() {
    return db.sql(
            "select coalesce(sum(signed_cents), 0) from billing.ledger_entry where provider_agb = :agb")
        .param("agb", agb)
        .query(Long.class)
        .single();
  }

  long declarations() {
    return db.sql("select count(*) from billing.declaration where provider_agb = :agb")
        .param("agb", agb)
        .query(Long.class)
        .single();
  }

  @Test
  void anApprovedDeclarationIsAnsweredWith8001AndNoPrestatiesAndIsBooked() {
    Handled handled =
        receive("M1", declaration("D1", YearMonth.of(2025, 3), march("R1", "45B01", 600, 205)));
    assertThat(handled.accepted()).isTrue();
    assertThat(handled.returnCode()).isEqualTo("0200");
    Root reply = reply(handled);
    var header = reply.getHeader();
    assertThat(header.getRetourCodes().getRetourCode()).containsExactly("0200");
    assertThat(header.getAfzender()).isEqualTo("0153");
    assertThat(header.getOntvanger()).isEqualTo(agb);
    assertThat(header.getDeclaratieIdentificatie().getIdentificatie()).isEqualTo("M1");
    assertThat(header.getDeclaratieIdentificatie().getDagtekening())
        .isEqualTo(LocalDate.of(2025, 4, 2));
    assertThat(header.getBerichtIdentificatie().getDagtekening()).isEqualTo(TODAY);
    assertThat(header.getXsltVersie()).isNull();
    DeclaratieAntwoord answer = reply.getDeclaratieAntwoord();
    assertThat(answer.getDeclaratieNummer()).isEqualTo("D1");
    assertThat(answer.getRetourCodes().getRetourCode()).containsExactly("8001");
    assertThat(answer.getClienten()).isNull();
    assertThat(answer.getTotaalIngediendBedrag().getTotaalBedrag()).isEqualTo(123_000);
    assertThat(answer.getTotaalToegekendBedrag().getTotaalBedrag()).isEqualTo(123_000);
    assertThat(consumed()).isEqualTo(123_000);
  }

  @Test
  void aRejectedPrestatieIsTheOnlyOneInTheAnswerWithItsCodes() {
    DeclaredLine march = march("R1", "45B01", 600, 205);
    DeclaredLine april = april("R2", 300, 210);
    Handled handled = receive("M1", declaration("D1", YearMonth.of(2025, 4), march, april));
    assertThat(handled.accepted()).isTrue();
    DeclaratieAntwoord answer = reply(handled).getDeclaratieAntwoord();
    assertThat(answer.getRetourCodes().getRetourCode()).containsExactly("0200");
    assertThat(answer.getTotaalIngediendBedrag().getTotaalBedrag()).isEqualTo(123_000 + 63_000);
    assertThat(answer.getTotaalToegekendBedrag().getTotaalBedrag()).isEqualTo(123_000);
    var client = answer.getClienten().getClient().getFirst();
    assertThat(answer.getClienten().getClient()).hasSize(1);
    assertThat(client.getBsn()).isEqualTo(bsn);
    assertThat(client.getRetourCodes().getRetourCode()).containsExactly("0200");
    var prestatie = client.getPrestaties().getPrestatie().getFirst();
    assertThat(client.getPrestaties().getPrestatie()).hasSize(1);
    assertThat(prestatie.getProductReferentie().getReferentieNummer()).isEqualTo("R2");
    assertThat(prestatie.getProductTarief()).isEqualTo(210);
    assertThat(prestatie.getGeleverdVolume()).isEqualTo(300);
    assertThat(prestatie.getIngediendBedrag().getBedrag()).isEqualTo(63_000);
    // TR418: the contract tariff of 45B01 in 2025 is 205
    assertThat(prestatie.getRetourCodes().getRetourCode()).containsExactly("0611");
    assertThat(consumed()).isEqualTo(123_000);
  }

  @Test
  void aProductCodeOutsideTheProductListIsRejectedWithS329() {
    Handled handled =
        receive("M1", declaration("D1", YearMonth.of(2025, 3), march("R1", "45Z99", 600, 205)));
    var prestatie =
        reply(handled)
            .getDeclaratieAntwoord()
            .getClienten()
            .getClient()
            .getFirst()
            .getPrestaties()
            .getPrestatie()
            .getFirst();
    assertThat(prestatie.getRetourCodes().getRetourCode()).contains("S329");
    assertThat(consumed()).isZero();
  }

  @Test
  void aContentErrorIsAnsweredWithTheHeaderAnd0001OnlyAndBooksNothing() {
    DeclarationSubmission d =
        declaration("D1", YearMonth.of(2025, 3), march("R1", "45B01", 600, 205));
    LocalDate dated = d.receivedOn();
    // TR358: the total is not what the prestaties add up to
    byte[] xml = Jw323Xml.write(new Jw323Xml.Envelope("M1", dated, "0.1.0", "0.1.0", 123_001), d);
    Handled handled = receive("M1", dated, xml);
    assertThat(handled.accepted()).isFalse();
    assertThat(handled.returnCode()).isEqualTo("0001");
    Root reply = reply(handled);
    assertThat(reply.getHeader().getRetourCodes().getRetourCode()).containsExactly("0001");
    assertThat(reply.getHeader().getXsltVersie()).isEqualTo(Retours.RULES_VERSION);
    assertThat(reply.getDeclaratieAntwoord()).isNull();
    assertThat(declarations()).isZero();
    assertThat(consumed()).isZero();
  }

  @Test
  void aDagtekeningInTheFutureIs8848OnTheHeaderAndBooksNothing() {
    DeclarationSubmission d =
        declaration("D1", YearMonth.of(2025, 3), march("R1", "45B01", 600, 205));
    LocalDate future = TODAY.plusDays(3);
    Handled handled =
        receive("M1", future, Jw323Xml.write(Jw323Xml.Envelope.of("M1", future, d), d));
    assertThat(handled.accepted()).isFalse();
    assertThat(handled.returnCode()).isEqualTo("8848");
    Root reply = reply(handled);
    assertThat(reply.getHeader().getRetourCodes().getRetourCode()).containsExactly("8848");
    assertThat(reply.getHeader().getXsltVersie()).isNull();
    assertThat(reply.getDeclaratieAntwoord()).isNull();
    assertThat(declarations()).isZero();
  }

  @Test
  void aDeclarationNumberUsedBeforeIsRejectedWhole9333AndBooksNothingMore() {
    receive("M1", declaration("D1", YearMonth.of(2025, 3), march("R1", "45B01", 600, 205)));
    Handled handled =
        receive("M2", declaration("D1", YearMonth.of(2025, 3), march("R2", "45B01", 100, 205)));
    assertThat(handled.accepted()).isFalse();
    assertThat(handled.returnCode()).isEqualTo("0200");
    Root reply = reply(handled);
    assertThat(reply.getHeader().getRetourCodes().getRetourCode()).containsExactly("0200");
    DeclaratieAntwoord answer = reply.getDeclaratieAntwoord();
    assertThat(answer.getRetourCodes().getRetourCode()).containsExactly("9333");
    assertThat(answer.getTotaalIngediendBedrag().getTotaalBedrag()).isEqualTo(20_500);
    assertThat(answer.getTotaalToegekendBedrag().getTotaalBedrag()).isZero();
    assertThat(answer.getClienten()).isNull();
    assertThat(declarations()).isEqualTo(1);
    assertThat(consumed()).isEqualTo(123_000);
  }

  @Test
  void aDeclarationPeriodBeforeTheLastOneIsRejectedWhole8214() {
    DeclaredLine april = april("R4", 600, 205);
    assertThat(receive("M1", declaration("D4", YearMonth.of(2025, 4), april)).accepted()).isTrue();
    Handled handled =
        receive("M2", declaration("D3", YearMonth.of(2025, 3), march("R3", "45B01", 100, 205)));
    assertThat(reply(handled).getDeclaratieAntwoord().getRetourCodes().getRetourCode())
        .containsExactly("8214");
    assertThat(declarations()).isEqualTo(1);
    assertThat(consumed()).isEqualTo(123_000);
  }

  @Test
  void aDeclarationMonthBeforeTheJeugdwetIsRefusedAndBooksNothing() {
    // a month before 1 January 2015, when the Jeugdwet came into force
    DeclaredLine december =
        new DeclaredLine(
            "R14",
            null,
            DebitCredit.DEBIT,
            number,
            "45",
            "45B01",
            DateRange.of(LocalDate.of(2014, 12, 1), LocalDate.of(2014, 12, 31)),
            100,
            Unit.MINUTE,
            205L,
            20_500);
    Handled handled = receive("M14", declaration("D14", YearMonth.of(2014, 12), december));
    // the iJw content rules answer it with 0001 first; DeclarationSubmission.checkBounds stands
    // behind them (400, declaration.period) should a rule let such a month through
    assertThat(handled.accepted()).isFalse();
    assertThat(
            new String(
                Objects.requireNonNull(handled.reply()), java.nio.charset.StandardCharsets.UTF_8))
        .contains("RetourCode>0001<");
    assertThat(declarations()).isZero();
    assertThat(consumed()).isZero();
  }
}
