package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.ijw.DeliveryMessage.Client;
import nl.jeugdregie.ijw.DeliveryMessage.Line;
import nl.jeugdregie.ijw.DeliveryMessage.Name;
import nl.jeugdregie.ijw.DeliveryMessage.Product;
import nl.jeugdregie.ijw.DeliveryMessage.StartLine;
import nl.jeugdregie.ijw.DeliveryMessage.StopLine;
import nl.jeugdregie.ijw.DeliveryMessage.XsdVersions;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Start (JW305) and stop (JW307) messages through their handlers against the real database: each
 * answered with its retour (JW306, JW308), delivery recorded when accepted, and nothing changed
 * when a rule refuses the message, with the rule's code on the StartProduct or StopProduct it
 * concerns.
 */
@SpringBootTest(classes = Jeugdregie.class)
class RegieberichtenTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final String AMERSFOORT = "0307";
  private static final Product ALLOCATED = new Product("45", "45A01");
  private static final LocalDate ALLOCATED_FROM = LocalDate.of(2020, 7, 13);
  private static final Actor INBOX = Actor.system("ijw-inbox");

  @Autowired StartHandler starts;
  @Autowired StopHandler stops;
  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired Allocations allocations;

  /** A provider's allocation of Amersfoort (0307) for the client with {@code bsn}. */
  private record Allocated(String agb, String bsn, int number) {}

  /** Amersfoort approves ambulant treatment at level 1 straight away (R-AMF-1). */
  private Allocated allocated() {
    String agb = TestData.agb();
    providers.register(agb, "Zorgaanbieder " + agb);
    providers.contract(new Contract(agb, "amersfoort", "45", null, LocalDate.of(2020, 1, 1), null));
    String bsn = TestData.bsn();
    ObjectNode body =
        (ObjectNode)
            JsonMapper.builder()
                .build()
                .readTree(
                    """
                    {"kind": "INITIAL", "receivedOn": "2020-07-06", "municipality": "0307",
                     "client": {"birthDate": "2010-05-12"},
                     "referrer": {"type": "02", "letterDate": "2020-06-20"},
                     "product": {"category": "45", "code": "45A01"},
                     "period": {"start": "2020-07-13", "end": "2021-01-12"},
                     "budget": {"scheme": "INTERVENTION_LEVEL", "level": 1}}
                    """);
    body.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", "T-" + id());
    RequestView view =
        requests.submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(body));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);
    return new Allocated(agb, bsn, view.allocations().getFirst().number());
  }

  private static String id() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
  }

  private static DeliveryMessage message(
      MessageType type, Allocated a, String receiver, LocalDate dated, Line... lines) {
    return new DeliveryMessage(
        type,
        new Header(a.agb(), receiver, id(), dated),
        new XsdVersions("1.0.0", "1.0.0"),
        new Client(
            a.bsn(), LocalDate.of(2010, 5, 12), null, "1", new Name("Jansen", null, null, "J")),
        List.of(lines));
  }

  private static StartLine start(Allocated a, String begin, String status) {
    return new StartLine(a.number(), ALLOCATED, ALLOCATED_FROM, LocalDate.parse(begin), status);
  }

  private static StopLine stop(
      Allocated a, String begin, String reason, String end, String status) {
    return new StopLine(
        a.number(),
        ALLOCATED,
        ALLOCATED_FROM,
        LocalDate.parse(begin),
        reason,
        LocalDate.parse(end),
        status);
  }

  private Handled send(Actor actor, DeliveryMessage message) {
    byte[] xml = DeliveryMessages.write(message);
    MessageHandler handler = message.type() == MessageType.JW305 ? starts : stops;
    return handler.handle(
        actor, new Received(UUID.randomUUID(), message.type(), message.header(), xml, TODAY));
  }

  private Handled starts(Allocated a, StartLine... lines) {
    return send(INBOX, message(MessageType.JW305, a, AMERSFOORT, TODAY, lines));
  }

  private Handled stops(Allocated a, StopLine... lines) {
    return send(INBOX, message(MessageType.JW307, a, AMERSFOORT, TODAY, lines));
  }

  private AllocationView allocation(Allocated a) {
    return allocations.get(Actor.provider("aanbieder", a.agb()), AMERSFOORT, a.number());
  }

  /** The delivery state and the starts and stops in force, e.g. "STARTED [START 2020-07-13]". */
  private String delivery(Allocated a) {
    AllocationView view = allocation(a);
    return view.delivery()
        + " "
        + view.deliveryEvents().stream()
            .map(
                e ->
                    e.kind()
                        + " "
                        + e.date()
                        + (e.stopReason() == null ? "" : " " + e.stopReason().code()))
            .toList();
  }

  /** The return codes of each element named {@code name} in the reply, in document order. */
  private static List<List<String>> codes(Handled handled, String name) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(java.util.Objects.requireNonNull(handled.reply())));
    List<List<String>> all = new ArrayList<>();
    NodeList classes = doc.getElementsByTagNameNS("*", name);
    for (int i = 0; i < classes.getLength(); i++) {
      List<String> own = new ArrayList<>();
      for (Node n = classes.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getLocalName().equals("RetourCodes")) {
          NodeList codes = e.getElementsByTagNameNS("*", "RetourCode");
          for (int j = 0; j < codes.getLength(); j++) own.add(codes.item(j).getTextContent());
        }
      }
      all.add(own);
    }
    return all;
  }

  /** Rejected on level 3 or 4 with {@code code} on the one line, the header without remark. */
  private static void assertLineRejected(Handled handled, String line, String code)
      throws Exception {
    assertThat(handled.accepted()).isFalse();
    assertThat(handled.returnCode()).isEqualTo(code);
    assertThat(codes(handled, "Header")).containsExactly(List.of("0200"));
    assertThat(codes(handled, line)).containsExactly(List.of(code));
  }

  @Test
  void aStartIsAcceptedAndDeliveryHasStarted() throws Exception {
    Allocated a = allocated();

    Handled handled = starts(a, start(a, "2020-07-13", "1"));

    assertThat(handled.accepted()).isTrue();
    assertThat(handled.replyType()).isEqualTo(MessageType.JW306);
    assertThat(handled.returnCode()).isEqualTo("0200");
    assertThat(handled.clientPseudonym()).startsWith("C-");
    String reply =
        new String(java.util.Objects.requireNonNull(handled.reply()), StandardCharsets.UTF_8);
    assertThat(reply).contains("<jw306:BerichtCode>439<").doesNotContain("RetourCode", "Client");
    assertThat(delivery(a)).isEqualTo("STARTED [START 2020-07-13]");
  }

  @Test
  void aStopIsAcceptedAndDeliveryHasEnded() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));

    Handled handled = stops(a, stop(a, "2020-07-13", "31", "2020-12-18", "1"));

    assertThat(handled.accepted()).isTrue();
    assertThat(handled.replyType()).isEqualTo(MessageType.JW308);
    assertThat(codes(handled, "Header")).containsExactly(List.of());
    assertThat(delivery(a)).isEqualTo("ENDED [START 2020-07-13, STOP 2020-12-18 31]");
  }

  @Test
  void aContentRuleRejectsTheMessageWith0001InTheHeaderOnly() throws Exception {
    Allocated a = allocated();

    Handled handled = starts(a, start(a, "2020-07-13", "2"));

    assertThat(handled.accepted()).isFalse();
    assertThat(handled.returnCode()).isEqualTo("0001");
    assertThat(codes(handled, "Header")).containsExactly(List.of("0001"));
    assertThat(codes(handled, "Client")).isEmpty();
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"unknown number", "other product", "other client", "other municipality"})
  void aStartThatCannotBeLinkedToTheAllocationIs9019(String what) throws Exception {
    Allocated a = allocated();
    StartLine line =
        switch (what) {
          case "unknown number" ->
              new StartLine(a.number() + 100_000, ALLOCATED, null, LocalDate.of(2020, 7, 13), "1");
          case "other product" ->
              new StartLine(
                  a.number(), new Product("45", "45A02"), null, LocalDate.of(2020, 7, 13), "1");
          default -> start(a, "2020-07-13", "1");
        };
    Allocated sender = what.equals("other client") ? new Allocated(a.agb(), TestData.bsn(), 0) : a;
    // Baarn (0308) is in the CBS list and the region, but the allocation is Amersfoort's
    String receiver = what.equals("other municipality") ? "0308" : AMERSFOORT;

    Handled handled = send(INBOX, message(MessageType.JW305, sender, receiver, TODAY, line));

    assertLineRejected(handled, "StartProduct", "9019");
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");
  }

  @Test
  void aProviderAccountSendingForAnotherAgbFindsNoAllocation() throws Exception {
    Allocated a = allocated();

    Handled handled =
        send(
            Actor.provider("other", TestData.agb()),
            message(MessageType.JW305, a, AMERSFOORT, TODAY, start(a, "2020-07-13", "1")));

    assertLineRejected(handled, "StartProduct", "9019");
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");
  }

  @Test
  void aSecondStartWhileStartedIs9326() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));

    assertLineRejected(starts(a, start(a, "2020-08-01", "1")), "StartProduct", "9326");
    assertThat(delivery(a)).isEqualTo("STARTED [START 2020-07-13]");
  }

  @Test
  void aStartWithTheKeyOfOneInForceIs9074() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));
    stops(a, stop(a, "2020-07-13", "20", "2020-07-13", "1"));

    // the state machine would allow a new start that day; its key is not new
    assertLineRejected(starts(a, start(a, "2020-07-13", "1")), "StartProduct", "9074");
    assertThat(delivery(a)).isEqualTo("PAUSED [START 2020-07-13, STOP 2020-07-13 20]");
  }

  @Test
  void withdrawingAStartThatWasNeverSentIs9063() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));

    assertLineRejected(starts(a, start(a, "2020-07-14", "3")), "StartProduct", "9063");
    assertThat(delivery(a)).isEqualTo("STARTED [START 2020-07-13]");
  }

  @Test
  void withdrawingAStopThatWasNeverSentIs9063() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));
    stops(a, stop(a, "2020-07-13", "31", "2020-12-18", "1"));

    assertLineRejected(
        stops(a, stop(a, "2020-07-13", "34", "2020-12-18", "3")), "StopProduct", "9063");
    assertThat(delivery(a)).isEqualTo("ENDED [START 2020-07-13, STOP 2020-12-18 31]");
  }

  @Test
  void withdrawingAStartThatWasStoppedIs9071() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));
    stops(a, stop(a, "2020-07-13", "31", "2020-12-18", "1"));

    assertLineRejected(starts(a, start(a, "2020-07-13", "3")), "StartProduct", "9071");
    assertThat(delivery(a)).isEqualTo("ENDED [START 2020-07-13, STOP 2020-12-18 31]");
  }

  @Test
  void aStopOfAnotherStartThanTheCurrentIs9069() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));

    assertLineRejected(
        stops(a, stop(a, "2020-07-14", "31", "2020-12-18", "1")), "StopProduct", "9069");
    assertThat(delivery(a)).isEqualTo("STARTED [START 2020-07-13]");
  }

  @Test
  void aTemporaryStopAfterATemporaryStopIs9413() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));
    stops(a, stop(a, "2020-07-13", "20", "2020-09-01", "1"));

    assertLineRejected(
        stops(a, stop(a, "2020-07-13", "20", "2020-10-01", "1")), "StopProduct", "9413");
    assertThat(delivery(a)).isEqualTo("PAUSED [START 2020-07-13, STOP 2020-09-01 20]");
  }

  @Test
  void aDefinitiveStopBeforeTheTemporaryStopIs9414() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));
    stops(a, stop(a, "2020-07-13", "20", "2020-09-01", "1"));

    assertLineRejected(
        stops(a, stop(a, "2020-07-13", "31", "2020-08-15", "1")), "StopProduct", "9414");
    assertThat(delivery(a)).isEqualTo("PAUSED [START 2020-07-13, STOP 2020-09-01 20]");
  }

  @Test
  void aStopAfterADefinitiveStopIs9415() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));
    stops(a, stop(a, "2020-07-13", "31", "2020-12-18", "1"));

    assertLineRejected(
        stops(a, stop(a, "2020-07-13", "33", "2020-12-20", "1")), "StopProduct", "9415");
    assertThat(delivery(a)).isEqualTo("ENDED [START 2020-07-13, STOP 2020-12-18 31]");
  }

  @Test
  void aStartIsCorrectedByWithdrawingItAndSendingTheRightOneInOneMessage() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));

    // the new line first: withdrawals are judged first whatever the order (IV008, OP080)
    Handled handled = starts(a, start(a, "2020-07-20", "1"), start(a, "2020-07-13", "3"));

    assertThat(handled.accepted()).isTrue();
    assertThat(delivery(a)).isEqualTo("STARTED [START 2020-07-20]");
  }

  @Test
  void aWithdrawnStartLeavesDeliveryNotStartedAndMaySimplyBeSentAgain() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));

    assertThat(starts(a, start(a, "2020-07-13", "3")).accepted()).isTrue();
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");

    // e.g. to correct ToewijzingIngangsdatum, outside the key: a second message (IV008)
    assertThat(starts(a, start(a, "2020-07-13", "1")).accepted()).isTrue();
    assertThat(delivery(a)).isEqualTo("STARTED [START 2020-07-13]");
  }

  @Test
  void aWithdrawnStopReturnsDeliveryToStartedAndTheStartCanThenBeWithdrawn() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));
    stops(a, stop(a, "2020-07-13", "31", "2020-12-18", "1"));

    assertThat(stops(a, stop(a, "2020-07-13", "31", "2020-12-18", "3")).accepted()).isTrue();
    assertThat(delivery(a)).isEqualTo("STARTED [START 2020-07-13]");
    assertThat(starts(a, start(a, "2020-07-13", "3")).accepted()).isTrue();
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");
  }

  @Test
  void aTemporaryAndADefinitiveStopInOneMessageAreTakenInDateOrder() throws Exception {
    Allocated a = allocated();
    starts(a, start(a, "2020-07-13", "1"));

    Handled handled =
        stops(
            a,
            stop(a, "2020-07-13", "31", "2020-10-01", "1"),
            stop(a, "2020-07-13", "20", "2020-09-01", "1"));

    assertThat(handled.accepted()).isTrue();
    assertThat(delivery(a))
        .isEqualTo("ENDED [START 2020-07-13, STOP 2020-09-01 20, STOP 2020-10-01 31]");
  }

  @Test
  void aMessageIsRejectedWholeWhenOneLineIsRefused() throws Exception {
    Allocated a = allocated();
    StartLine good = start(a, "2020-07-13", "1");
    StartLine unknown =
        new StartLine(a.number() + 100_000, ALLOCATED, null, LocalDate.of(2020, 7, 13), "1");

    Handled handled = starts(a, good, unknown);

    assertThat(handled.accepted()).isFalse();
    assertThat(codes(handled, "StartProduct")).containsExactly(List.of("0200"), List.of("9019"));
    assertThat(codes(handled, "Client")).containsExactly(List.of("0200"));
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");
  }

  @Test
  void anUnknownReceivingMunicipalityIsS300InTheHeader() throws Exception {
    Allocated a = allocated();

    Handled handled =
        send(INBOX, message(MessageType.JW305, a, "9999", TODAY, start(a, "2020-07-13", "1")));

    assertThat(handled.accepted()).isFalse();
    assertThat(handled.returnCode()).isEqualTo("S300");
    assertThat(codes(handled, "Header")).containsExactly(List.of("S300"));
    assertThat(codes(handled, "StartProduct")).isEmpty();
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");
  }

  @Test
  void aMessageDatedAfterTodayIs8848InTheHeader() throws Exception {
    Allocated a = allocated();

    Handled handled =
        send(
            INBOX,
            message(
                MessageType.JW305, a, AMERSFOORT, TODAY.plusDays(1), start(a, "2020-07-13", "1")));

    assertThat(handled.returnCode()).isEqualTo("8848");
    assertThat(codes(handled, "Header")).containsExactly(List.of("8848"));
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");
  }

  @Test
  void aProductCodeOutsideItsCategoryIsS329OnTheLine() throws Exception {
    Allocated a = allocated();
    StartLine line =
        new StartLine(a.number(), new Product("45", "45X99"), null, LocalDate.of(2020, 7, 13), "1");

    assertLineRejected(starts(a, line), "StartProduct", "S329");
    assertThat(delivery(a)).isEqualTo("NOT_STARTED []");
  }
}
