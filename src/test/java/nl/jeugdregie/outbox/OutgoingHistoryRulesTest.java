package nl.jeugdregie.outbox;

import static nl.jeugdregie.outbox.OutboxFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.ChangeRequests;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.ijw.AllocationMessage;
import nl.jeugdregie.ijw.AllocationMessage.Product;
import nl.jeugdregie.ijw.AnswerMessage;
import nl.jeugdregie.ijw.BrokenRulesException;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.Jw301Writer;
import nl.jeugdregie.ijw.Jw319Writer;
import nl.jeugdregie.ijw.MessageLog;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.OutgoingMessages;
import nl.jeugdregie.ijw.ProductLine;
import nl.jeugdregie.ijw.RuleFinding;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules against earlier messages the municipality checks on its own JW301 ({@link
 * nl.jeugdregie.ijw.OutgoingMessages}: AllocationHistoryRules}: TR332, TR379, TR385) and JW319
 * ({@link AnswerHistoryRules}: TR355, TR359, TR360, TR365), each broken once and kept once, with
 * its own return code.
 */
@SpringBootTest(classes = Jeugdregie.class)
class OutgoingHistoryRulesTest {

  @Autowired Providers providers;
  @Autowired Requests requests;
  @Autowired ChangeRequests changes;
  @Autowired Clients clients;
  @Autowired Declarations declarations;
  @Autowired JdbcClient db;
  @Autowired MessageLog log;
  @Autowired OutboxStore store;
  @Autowired OutgoingMessages outgoing;
  @Autowired OutboxTriggers triggers;

  private OutboxFixtures f;

  /** The outbox has composed what the requests made (a JW319 "in onderzoek", a held JW301). */
  private void settled() throws Exception {
    triggers.awaitIdle();
  }

  @BeforeEach
  void freshProviderAndClient() {
    f = new OutboxFixtures(providers, requests, changes, clients, db);
  }

  private static final AllocationMessage SAMPLE = sample();

  private static AllocationMessage sample() {
    try {
      return Jw301Writer.read(
          java.nio.file.Files.readAllBytes(
              java.nio.file.Path.of("src/test/resources/ijw/samples/JW301.xml")));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String identification() {
    return "H" + ThreadLocalRandom.current().nextLong(10_000_000_000L);
  }

  /** A JW301 to this test's provider with one product. */
  private AllocationMessage jw301(String municipality, Product product) {
    return new AllocationMessage(
        new Header(municipality, f.agb, identification(), TODAY),
        SAMPLE.client(),
        List.of(product));
  }

  private static Product product(
      int number, @Nullable String reference, @Nullable String reason, LocalDate end) {
    return new Product(
        number,
        reference,
        "45",
        "45P01",
        TODAY,
        LocalTime.of(10, 0),
        TODAY.minusDays(10),
        end,
        reason,
        new ProductLine.Volume(40, "04", "6"),
        null,
        null);
  }

  private static Product product(int number) {
    return product(number, null, null, TODAY.plusMonths(6));
  }

  /** Stores {@code message} as sent, with its products, for client {@code pseudonym}. */
  private void sent(AllocationMessage message, String pseudonym) {
    UUID id =
        log.insert(
            new MessageLog.NewMessage(
                MessageLog.Direction.OUT,
                MessageType.JW301,
                message.header(),
                Jw301Writer.write(message),
                "WAITING",
                null,
                null,
                pseudonym,
                message.header().receiver(),
                message.header().sender()),
            Instant.now());
    store.recordProducts(
        id, message.header().sender(), pseudonym, message.header().receiver(), message.products());
  }

  private List<RuleFinding> check(AllocationMessage message, UUID clientId, String pseudonym) {
    try {
      outgoing.jw301(message, clientId, pseudonym);
      return List.of();
    } catch (BrokenRulesException e) {
      return e.findings();
    }
  }

  private UUID clientId(RequestView request) {
    return clients.findByPseudonym(request.client().pseudonym()).orElseThrow().id();
  }

  @Test
  void tr332ANumberSentForAnotherClientIsRefusedWith9332() {
    int number = 900_000_000 + ThreadLocalRandom.current().nextInt(99_999_999);
    sent(jw301("0983", product(number)), "C-EERSTE");

    List<RuleFinding> other = check(jw301("0983", product(number)), UUID.randomUUID(), "C-ANDER");
    List<RuleFinding> same = check(jw301("0983", product(number)), UUID.randomUUID(), "C-EERSTE");
    List<RuleFinding> elsewhere =
        check(jw301("0984", product(number)), UUID.randomUUID(), "C-ANDER");

    assertThat(other)
        .extracting(RuleFinding::rule, RuleFinding::returnCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TR332", "9332"));
    assertThat(other.getFirst().xpath()).endsWith("/ToegewezenProduct/ToewijzingNummer");
    assertThat(same).isEmpty();
    assertThat(elsewhere).as("unique per municipality").isEmpty();
  }

  @Test
  void tr379AReferenceOnlyForAnApprovedRequestOfTheClientAndOnlyTheFirstTime() throws Exception {
    RequestView request = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    settled();
    UUID client = clientId(request);
    String pseudonym = request.client().pseudonym();
    int number = request.allocations().getFirst().number();
    AllocationMessage honouring =
        jw301("0983", product(number, request.providerReference(), null, TODAY.plusMonths(6)));

    List<RuleFinding> first = check(honouring, client, pseudonym);
    List<RuleFinding> unknown =
        check(
            jw301("0983", product(number, "T-ONBEKEND", null, TODAY.plusMonths(6))),
            client,
            pseudonym);
    List<RuleFinding> otherClient = check(honouring, UUID.randomUUID(), pseudonym);
    sent(honouring, pseudonym);
    List<RuleFinding> again = check(honouring, client, pseudonym);

    assertThat(first).isEmpty();
    assertThat(unknown)
        .extracting(RuleFinding::rule, RuleFinding::returnCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TR379", "9379"));
    assertThat(otherClient).extracting(RuleFinding::rule).containsExactly("TR379");
    assertThat(again).extracting(RuleFinding::rule).containsExactly("TR379");
    assertThat(again.getFirst().message()).contains("earlier JW301");
  }

  @Test
  void tr385AnAllocationWithApprovedDeclarationLinesIsNotDeleted() throws Exception {
    RequestView declared =
        f.submit(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "2025-02-01"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
            """);
    int number = declared.allocations().getFirst().number();
    DeclarationAnswer answer =
        declarations.submit(
            f.provider,
            DeclarationSubmission.parse(
                OutboxFixtures.JSON.readTree(
                    """
                    {"providerAgb": "%s", "number": "%s", "municipality": "0153",
                     "period": "2025-03", "receivedOn": "2025-04-02",
                     "clients": [{"bsn": "%s", "lines": [
                       {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
                        "product": {"category": "45", "code": "45B01"},
                        "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"},
                        "volume": {"amount": 10, "unit": "01"}, "tariffCents": 205,
                        "amountCents": 2050}]}]}
                    """
                        .formatted(f.agb, "D" + number, f.bsn, "L" + number, number))));
    assertThat(answer.totals().approved()).isEqualTo(1);
    RequestView clean = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    int untouched = clean.allocations().getFirst().number();
    settled();
    LocalDate start = TODAY.minusDays(10);

    List<RuleFinding> deleting =
        check(
            jw301("0153", product(number, null, "13", start)),
            clientId(declared),
            declared.client().pseudonym());
    List<RuleFinding> deletingClean =
        check(
            jw301("0983", product(untouched, null, "13", start)),
            clientId(clean),
            clean.client().pseudonym());

    assertThat(deleting)
        .extracting(RuleFinding::rule, RuleFinding::returnCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TR385", "9385"));
    assertThat(deletingClean).isEmpty();
  }

  // ---- JW319

  private AnswerMessage jw319(String reference, String answer, @Nullable String reason) {
    return new AnswerMessage(
        new Header("0153", f.agb, identification(), TODAY), reference, answer, reason, null);
  }

  private void sent(AnswerMessage message, UUID requestId) {
    UUID id =
        log.insert(
            new MessageLog.NewMessage(
                MessageLog.Direction.OUT,
                MessageType.JW319,
                message.header(),
                Jw319Writer.write(message),
                "WAITING",
                null,
                null,
                null,
                f.agb,
                "0153"),
            Instant.now());
    store.recordAnswer(id, requestId, f.agb, message.reference(), message.answer());
  }

  private List<RuleFinding> check(AnswerMessage message) {
    try {
      outgoing.jw319(message);
      return List.of();
    } catch (BrokenRulesException e) {
      return e.findings();
    }
  }

  private static List<String> rules(List<RuleFinding> findings) {
    return findings.stream().map(f -> f.rule() + "/" + f.returnCode()).toList();
  }

  @Test
  void tr355AnAnswerNamesTheReferenceOfAnEarlierRequest() throws Exception {
    RequestView request = f.enschedeInvestigation();
    settled();

    // the outbox answered "in onderzoek" already: a final answer may follow
    assertThat(rules(check(jw319(request.providerReference(), "1", "7")))).isEmpty();
    assertThat(rules(check(jw319("T-NOOIT-GEVRAAGD", "1", "7")))).containsExactly("TR355/9355");
  }

  @Test
  void tr359NoAnswerAfterAnAllocationWithTheReference() throws Exception {
    RequestView request = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    settled();
    String reference = request.providerReference();
    List<String> before = rules(check(jw319(reference, "1", "7")));
    sent(
        jw301(
            "0983",
            product(
                request.allocations().getFirst().number(), reference, null, TODAY.plusMonths(6))),
        request.client().pseudonym());

    assertThat(before).isEmpty();
    assertThat(rules(check(jw319(reference, "1", "7")))).containsExactly("TR359/9359");
  }

  @Test
  void tr360InOnderzoekOnlyOnceAndTr365NothingAfterARejection() throws Exception {
    RequestView request = f.enschedeInvestigation();
    settled();
    String reference = request.providerReference();
    assertThat(store.answersSent(f.agb, reference)).as("the outbox's own").containsExactly("2");

    assertThat(rules(check(jw319(reference, "2", null)))).containsExactly("TR360/9360");
    assertThat(rules(check(jw319(reference, "1", "7")))).as("a final answer after 2").isEmpty();

    sent(jw319(reference, "1", "7"), request.id());

    assertThat(rules(check(jw319(reference, "1", "4")))).containsExactly("TR365/9365");
  }
}
