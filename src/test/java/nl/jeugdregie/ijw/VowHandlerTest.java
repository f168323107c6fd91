package nl.jeugdregie.ijw;

import static nl.jeugdregie.ijw.VerzoekXml.added;
import static nl.jeugdregie.ijw.VerzoekXml.change;
import static nl.jeugdregie.ijw.VerzoekXml.codes;
import static nl.jeugdregie.ijw.VerzoekXml.unchanged;
import static nl.jeugdregie.ijw.VerzoekXml.vow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JW317 (VOW) through its handler, on allocations made through the client route: answered with a
 * JW318, header only when accepted and the change request stored; refused by the checks against the
 * current allocations with their iJw code on the class concerned, nothing stored.
 */
@SpringBootTest(classes = Jeugdregie.class)
class VowHandlerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
  private static final String ENSCHEDE = "0153";
  private static final String ZWOLLE = "0193";

  @Autowired VowHandler handler;
  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private final String bsn = TestData.bsn();
  private String agb = "";

  /**
   * A Twente allocation of 45B01 (3000 minutes in total, 2025-03-10 to 2025-12-31) for this test's
   * client from a fresh contracted provider; its number.
   */
  private int twente(String code, String reference) {
    if (agb.isEmpty()) {
      agb = TestData.agb();
      providers.register(agb, "Zorgaanbieder " + agb);
      providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2020, 1, 1), null));
    }
    return allocate(
        """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
         "client": {"birthDate": "2014-05-01"}, "referrer": {"type": "01"},
         "product": {"category": "45", "code": "%s"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
        """
            .formatted(code),
        reference);
  }

  private int allocate(String request, String reference) {
    ObjectNode body = (ObjectNode) JSON.readTree(request);
    body.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", reference);
    RequestView view =
        requests.submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(body));
    assertThat(view.allocations()).hasSize(1);
    return view.allocations().getFirst().number();
  }

  private Handled send(String municipality, String forBsn, String reference, String content) {
    byte[] xml = vow(agb, municipality, forBsn, TODAY, reference, content);
    return handler.handle(
        Actor.provider("aanbieder", agb),
        new Received(
            UUID.randomUUID(),
            MessageType.JW317,
            new Header(agb, municipality, "id", TODAY),
            xml,
            TODAY));
  }

  private Handled send(String content) {
    return send(ENSCHEDE, bsn, "VOW-" + UUID.randomUUID().toString().substring(0, 8), content);
  }

  private long changeRequests() {
    return db.sql(
            "select count(*) from allocation.request where provider_agb = :agb and type = 'CHANGE'")
        .param("agb", agb)
        .query(Long.class)
        .single();
  }

  private static List<List<String>> on(Handled handled, String className) throws Exception {
    assertThat(handled.accepted()).isFalse();
    return codes(Objects.requireNonNull(handled.reply()), className);
  }

  @Test
  void acceptsAnExtensionWithAHeaderOnlyJw318AndStoresTheChangeRequest() {
    int number = twente("45B01", "VOT-1");
    Handled handled = send(change(number, "2025-03-10", "2026-02-28", "3000 01 6"));
    assertThat(handled.accepted()).isTrue();
    assertThat(handled.replyType()).isEqualTo(MessageType.JW318);
    assertThat(
            new String(
                Objects.requireNonNull(handled.reply()), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<jw318:BerichtCode>487<")
        .doesNotContain("RetourCode", "Client");
    assertThat(changeRequests()).isEqualTo(1);
  }

  @Test
  void anUnknownClientIsRefusedWith8187OnTheClient() throws Exception {
    int number = twente("45B01", "VOT-1");
    Handled handled =
        send(
            ENSCHEDE,
            TestData.bsn(),
            "VOW-1",
            change(number, "2025-03-10", "2026-02-28", "3000 01 6"));
    assertThat(on(handled, "Client")).containsExactly(List.of("8187"));
    assertThat(on(handled, "Verzoek")).containsExactly(List.of("0200"));
    assertThat(on(handled, "TeWijzigenProduct")).containsExactly(List.of("0200"));
    assertThat(changeRequests()).isZero();
  }

  @Test
  void aMissingCurrentAllocationIsRefusedWith9349OnTheVerzoek() throws Exception {
    int number = twente("45B01", "VOT-1");
    twente("45G01", "VOT-2");
    Handled handled = send(change(number, "2025-03-10", "2026-02-28", "3000 01 6"));
    assertThat(on(handled, "Verzoek")).containsExactly(List.of("9349"));
    assertThat(changeRequests()).isZero();
  }

  @Test
  void anUnchangedProductThatIsNoCurrentAllocationIsRefusedWith9350() throws Exception {
    int number = twente("45B01", "VOT-1");
    Handled handled =
        send(unchanged(999_999_999) + change(number, "2025-03-10", "2026-02-28", "3000 01 6"));
    assertThat(on(handled, "OngewijzigdProduct")).containsExactly(List.of("9350"));
    assertThat(on(handled, "TeWijzigenProduct")).containsExactly(List.of("0200"));
  }

  @Test
  void aProductToChangeThatIsNoCurrentAllocationIsRefusedWith9351() throws Exception {
    twente("45B01", "VOT-1");
    Handled handled = send(change(999_999_999, "2025-07-01", "2026-02-28", "3000 01 6"));
    assertThat(on(handled, "TeWijzigenProduct")).containsExactly(List.of("9351"));
  }

  @Test
  void aDesiredStartInThePastOtherThanTheOriginalIsRefusedWith9357() throws Exception {
    int number = twente("45B01", "VOT-1");
    Handled handled = send(change(number, "2025-05-01", "2026-02-28", "3000 01 6"));
    assertThat(on(handled, "TeWijzigenProduct")).containsExactly(List.of("9357"));
  }

  @Test
  void aTotalChangedFromALaterDateIsRefusedWith9373() throws Exception {
    int number = twente("45B01", "VOT-1");
    Handled handled = send(change(number, "2025-07-01", "2025-12-31", "4000 01 6"));
    assertThat(on(handled, "TeWijzigenProduct")).containsExactly(List.of("9373"));
  }

  @Test
  void theSameProductTwiceInOverlappingPeriodsIsRefusedWith9361() throws Exception {
    int number = twente("45B01", "VOT-1");
    Handled handled =
        send(
            change(number, "2025-03-10", "2025-12-31", "3000 01 6")
                + added("45", "45B01", "2025-07-01", "2025-12-31", "1000 01 6", null));
    assertThat(on(handled, "Verzoek")).containsExactly(List.of("9361"));
    assertThat(on(handled, "NieuwProduct")).containsExactly(List.of("0200"));
  }

  @Test
  void aChangeWithoutVolumeOfAnAllocationWithACodeIsRefusedWith9411() throws Exception {
    int number = twente("45B01", "VOT-1");
    Handled handled = send(change(number, "2025-03-10", "2026-02-28", null));
    assertThat(on(handled, "TeWijzigenProduct")).containsExactly(List.of("9411"));
  }

  @Test
  void aVolumeForAnAllocationWithoutACodeIsRefusedWith9412() throws Exception {
    agb = TestData.agb();
    providers.register(agb, "Zorgaanbieder " + agb);
    providers.contract(new Contract(agb, "ijsselland", "45", null, LocalDate.of(2022, 1, 1), null));
    // an IJsselland keuzebudget: category 45 without a product code (aspecific)
    int number =
        allocate(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0193",
             "client": {"birthDate": "2012-01-01"}, "referrer": {"type": "01"},
             "product": {"category": "45"},
             "period": {"start": "2025-03-10", "end": "2025-09-09"},
             "budget": {"scheme": "KEUZEBUDGET", "level": 3, "kind": "HERSTEL"}}
            """,
            "K-1");
    Handled handled =
        send(ZWOLLE, bsn, "VOW-1", change(number, "2025-03-10", "2025-09-09", "10 04 4"));
    assertThat(on(handled, "TeWijzigenProduct")).containsExactly(List.of("9412"));
  }

  @Test
  void aChangeRequestInInvestigationRefusesTheNextWith9374OnTheVerzoek() throws Exception {
    int number = twente("45B01", "VOT-1");
    // Twente's municipality judges every change: the first VOW waits in investigation (R-TWE-4)
    assertThat(send(change(number, "2025-03-10", "2026-02-28", "3000 01 6")).accepted()).isTrue();
    Handled handled = send(change(number, "2025-03-10", "2026-03-31", "3000 01 6"));
    assertThat(on(handled, "Verzoek")).containsExactly(List.of("9374"));
    assertThat(changeRequests()).isEqualTo(1);
  }

  @Test
  void aReusedReferenceIsRefusedWith9347OnTheVerzoek() throws Exception {
    int number = twente("45B01", "VOT-1");
    Handled handled =
        send(ENSCHEDE, bsn, "VOT-1", change(number, "2025-03-10", "2026-02-28", "3000 01 6"));
    assertThat(on(handled, "Verzoek")).containsExactly(List.of("9347"));
    assertThat(changeRequests()).isZero();
  }
}
