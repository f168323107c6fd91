package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.DeclarationFilter;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.ReturnCode;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.ijw.Jw323Xml;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upload behind /app/declaraties without a browser: a JW323 goes through the iJw inbox and its
 * verdict is the booked declaration's; a file that is not a month is refused before any job with
 * the line and field named and nothing stored; a job is seen by its own provider only; roles that
 * do not declare cannot upload.
 */
@SpringBootTest(classes = Jeugdregie.class)
class DeclarationUploadsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired DeclarationUploads uploads;
  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired BookedDeclarations booked;
  @Autowired Clock clock;

  String agb = "";
  String bsn = "";
  Actor provider = Actor.admin("unset");
  int number;

  /** A Twente allocation of 3000 minutes of 45B01 for a fresh provider, 10 March - 31 Dec 2025. */
  @BeforeEach
  void allocation() {
    agb = TestData.agb();
    providers.register(agb, "Upload " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    provider = Actor.provider("aanbieder", agb);
    bsn = TestData.bsn();
    var body =
        JSON.readTree(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "2025-02-01"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": 3000, "unit": "01", "frequency": "6"},
             "clientBsn": "%s", "providerAgb": "%s", "providerReference": "U-%s"}
            """
                .formatted(bsn, agb, agb));
    number =
        requests.submit(provider, RequestSubmission.parse(body)).allocations().getFirst().number();
  }

  String declaration(String declarationNumber, String lines) {
    return """
        {"providerAgb": "%s", "number": "%s", "municipality": "0153", "period": "2025-03", \
        "receivedOn": "2025-04-02", "clients": [{"bsn": "%s", "lines": [%s]}]}"""
        .formatted(agb, declarationNumber, bsn, lines);
  }

  String line(String reference, long minutes, long cents) {
    return """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d, \
        "product": {"category": "45", "code": "45B01"}, \
        "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"}, \
        "volume": {"amount": %d, "unit": "01"}, "tariffCents": 205, "amountCents": %d}"""
        .formatted(reference, number, minutes, cents);
  }

  long stored() {
    return booked
        .list(provider, new DeclarationFilter(null, agb, null, null), PageRequest.of(0, 1, null))
        .total();
  }

  DeclarationUploads.Job done(DeclarationUploads.Job job) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(job::done);
    return job;
  }

  @Test
  void aJw323IsJudgedThroughTheInboxAndItsVerdictIsTheBookedDeclaration() {
    String id = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
    DeclarationSubmission d =
        DeclarationSubmission.parse(
            JSON.readTree(
                declaration(
                    "X" + id,
                    line("XA" + id, 600, 600 * 205)
                        // on an allocation number that does not exist (9338); the same allocation
                        // twice for one period in one message would be TR416, refusing it whole
                        + ","
                        + line("XB" + id, 300, 300 * 205)
                            .replace(
                                "\"allocationNumber\": " + number,
                                "\"allocationNumber\": " + (number + 100_000)))));
    // dated the day it was sent, as the iJw tests do
    byte[] xml = Jw323Xml.write(Jw323Xml.Envelope.of("M" + id, d.receivedOn(), d), d);

    DeclarationUploads.Job job = done(uploads.start(provider, "maart.xml", xml));

    assertThat(job.failure()).isNull();
    assertThat(job.format()).isEqualTo("JW323");
    assertThat(job.judged()).isEqualTo(2).isEqualTo(job.total());
    DeclarationUploads.Verdict verdict = job.verdicts().getFirst();
    assertThat(verdict.outcome()).isEqualTo("BOOKED");
    assertThat(verdict.number()).isEqualTo("X" + id);
    assertThat(verdict.declarationId()).isNotNull();
    var stored = booked.get(provider, java.util.Objects.requireNonNull(verdict.declarationId()));
    assertThat(stored).isPresent();
    assertThat(verdict.state()).isEqualTo("PARTLY_APPROVED");
    assertThat(stored.get().declaration().state().name()).isEqualTo(verdict.state());
    assertThat(verdict.approvedCents()).isEqualTo(123_000);
    assertThat(stored.get().declaration().approvedCents()).isEqualTo(123_000);
    assertThat(verdict.lines())
        .extracting(DeclarationUploads.VerdictLine::status)
        .containsExactly("APPROVED", "REJECTED");
    assertThat(verdict.lines().get(1).returnCodes()).extracting(ReturnCode::code).contains("9338");
    assertThat(verdict.lines().get(1).returnCodes())
        .isEqualTo(stored.get().lines().get(1).returnCodes());
    // the JW325's codes: the rejected prestatie's and "no remark" on the classes
    assertThat(verdict.codes()).contains("0200", "9338");

    // another provider does not see the job; another user of the same provider does
    assertThat(uploads.job(Actor.provider("aanbieder-1", "12345678"), job.id())).isEmpty();
    assertThat(uploads.job(Actor.admin("admin"), job.id())).isEmpty();
    assertThat(uploads.job(Actor.provider("collega", agb), job.id())).isPresent();

    // the same message again: its first answer, nothing booked twice (TR056)
    long before = stored();
    DeclarationUploads.Job again = done(uploads.start(provider, "maart.xml", xml));
    assertThat(again.verdicts().getFirst().outcome()).isEqualTo("REPLAYED");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aJsonLinesMonthSentAgainIsAnsweredFromWhatWasBookedAndBooksNothingTwice() {
    String id = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
    byte[] file =
        (declaration("J" + id, line("JA" + id, 600, 600 * 205))
                + "\n\n"
                + declaration("K" + id, line("JB" + id, 300, 1)))
            .getBytes(StandardCharsets.UTF_8);
    DeclarationUploads.Job first = done(uploads.start(provider, "maand.jsonl", file));
    assertThat(first.verdicts())
        .extracting(DeclarationUploads.Verdict::fileLine, DeclarationUploads.Verdict::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "BOOKED"),
            org.assertj.core.groups.Tuple.tuple(3L, "BOOKED"));
    long before = stored();
    DeclarationUploads.Job again = done(uploads.start(provider, "maand.jsonl", file));
    assertThat(again.verdicts())
        .extracting(DeclarationUploads.Verdict::outcome)
        .containsExactly("REPLAYED", "REPLAYED");
    assertThat(again.verdicts())
        .extracting(DeclarationUploads.Verdict::state)
        .containsExactly("APPROVED", "REJECTED");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNoMonthIsRefusedBeforeAnyJobNamingTheLineAndField() {
    long before = stored();
    assertThatThrownBy(() -> uploads.start(provider, "x.txt", "hallo\n".getBytes()))
        .isInstanceOfSatisfying(
            DeclarationUploads.FileRefused.class,
            e -> {
              assertThat(e.errors())
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.key()).isEqualTo("upload.notJsonOrXml");
                        assertThat(r.args()).containsExactly(1);
                      });
            });
    assertThatThrownBy(() -> uploads.start(provider, "x.xml", "<a>b</a>".getBytes()))
        .isInstanceOfSatisfying(
            DeclarationUploads.Refused.class, e -> assertThat(e.key()).isEqualTo("upload.notIjw"));
    assertThatThrownBy(() -> uploads.start(provider, "x.xml", "<a>b".getBytes()))
        .isInstanceOfSatisfying(
            DeclarationUploads.Refused.class, e -> assertThat(e.key()).isEqualTo("upload.notIjw"));
    assertThatThrownBy(() -> uploads.start(provider, "x.bin", new byte[] {(byte) 0xff, 0x00}))
        .isInstanceOfSatisfying(
            DeclarationUploads.Refused.class, e -> assertThat(e.key()).isEqualTo("upload.notText"));
    assertThatThrownBy(() -> uploads.start(provider, "x.jsonl", " \n\n".getBytes()))
        .isInstanceOfSatisfying(
            DeclarationUploads.Refused.class, e -> assertThat(e.key()).isEqualTo("upload.empty"));
    // one good line, then a BSN that fails the 11-proef and a line that is no JSON: both named
    String good = declaration("G1", line("G1", 600, 600 * 205));
    String badBsn = good.replace(bsn, "123456789");
    byte[] file =
        (good + "\n" + badBsn + "\n{\"providerAgb\": \n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> uploads.start(provider, "x.jsonl", file))
        .isInstanceOfSatisfying(
            DeclarationUploads.FileRefused.class,
            e -> {
              assertThat(e.errors()).hasSize(2);
              assertThat(e.errors().get(0).key()).isEqualTo("upload.field");
              assertThat(e.errors().get(0).args()).startsWith(2, "declaration.clients[0].bsn");
              assertThat(e.errors().get(1).key()).isEqualTo("upload.notJson");
              assertThat(e.errors().get(1).args()[0]).isEqualTo(3);
            });
    // a JW323 under another provider's AGB
    DeclarationSubmission other =
        DeclarationSubmission.parse(JSON.readTree(good.replace("\"" + agb + "\"", "\"12345678\"")));
    byte[] xml = Jw323Xml.write(Jw323Xml.Envelope.of("O1", other.receivedOn(), other), other);
    assertThatThrownBy(() -> uploads.start(provider, "x.xml", xml))
        .isInstanceOfSatisfying(
            DeclarationUploads.Refused.class,
            e -> assertThat(e.key()).isEqualTo("upload.otherSender"));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void onlyProvidersAndAdminsUpload() {
    byte[] file = declaration("N1", line("N1", 600, 600 * 205)).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> uploads.start(Actor.contractManager("contract", "twente"), "m", file))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED));
  }
}
