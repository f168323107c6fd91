package nl.jeugdregie.ijw;

import static nl.jeugdregie.ijw.VerzoekXml.change;
import static nl.jeugdregie.ijw.VerzoekXml.product;
import static nl.jeugdregie.ijw.VerzoekXml.vot;
import static nl.jeugdregie.ijw.VerzoekXml.vow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * The seed rules of issue 10 hold on the iJw route too: a JW317 that lengthens an allocation is
 * judged as an extension (R-AMF-3, 000 punt 3; R-TWE-4, 002 p.2), and a JW315 sees the client's
 * keuzebudget at another provider (R-IJS-5 reason 4, 001 §4.2.1.5.4). (A JW317 cannot carry a
 * signaalbudget beside the volume, so R-AAA-2 is tested on the JSON change request only.) The
 * messages are accepted (JW318 / JW316); the decision stored for the request says why.
 */
@SpringBootTest(classes = Jeugdregie.class)
class RulesOverIjwTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired VowHandler vowHandler;
  @Autowired VotHandler votHandler;
  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private final String bsn = TestData.bsn();

  private String contracted(String region) {
    String agb = TestData.agb();
    providers.register(agb, "Zorgaanbieder " + agb);
    providers.contract(new Contract(agb, region, "45", null, LocalDate.of(2020, 1, 1), null));
    return agb;
  }

  private int allocate(String agb, String request) {
    ObjectNode body = (ObjectNode) JSON.readTree(request);
    body.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", "VOT-" + id());
    RequestView view =
        requests.submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(body));
    assertThat(view.allocations()).hasSize(1);
    return view.allocations().getFirst().number();
  }

  /** Sends a JW317 dated {@code today}; the stored request's state and first decision. */
  private String[] sendVow(String agb, String municipality, LocalDate today, String content) {
    String reference = "VOW-" + id();
    Handled handled =
        vowHandler.handle(
            Actor.provider("aanbieder", agb),
            new Received(
                UUID.randomUUID(),
                MessageType.JW317,
                new Header(agb, municipality, "id", today),
                vow(agb, municipality, bsn, today, reference, content),
                today));
    assertThat(handled.accepted())
        .as(
            "%s",
            new String(
                java.util.Objects.requireNonNull(handled.reply()),
                java.nio.charset.StandardCharsets.UTF_8))
        .isTrue();
    return stored(agb, reference);
  }

  private String[] stored(String agb, String reference) {
    return db.sql(
            """
            select r.state, d.judged_request ->> 'kind', d.output::text
            from allocation.request r join allocation.decision d on d.request_id = r.id and d.seq = 1
            where r.provider_agb = :agb and r.provider_reference = :ref
            """)
        .param("agb", agb)
        .param("ref", reference)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .single();
  }

  private static String id() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aJw317ThatOnlyMovesTheEndLaterIsAnExtensionWithoutTheReferrersAssessment() {
    String agb = contracted("amersfoort");
    int number =
        allocate(
            agb,
            """
            {"kind": "INITIAL", "receivedOn": "2020-07-06", "municipality": "0307",
             "client": {"birthDate": "2010-05-12"}, "referrer": {"type": "02"},
             "product": {"category": "45", "code": "45A01"},
             "period": {"start": "2020-07-13", "end": "2021-01-12"},
             "budget": {"scheme": "INTERVENTION_LEVEL", "level": 1}}
            """);

    String[] request =
        sendVow(
            agb,
            "0307",
            LocalDate.of(2020, 11, 2),
            change(number, "2020-07-13", "2021-06-30", "200000 83 6"));

    assertThat(request[0]).isEqualTo("REJECTED");
    assertThat(request[1]).isEqualTo("EXTENSION");
    assertThat(request[2]).contains("R-AMF-3").contains("no automatic extension");
  }

  @Test
  void aJw317AskingALongExtensionIsRefusedCitingTheYouthDirectorsRoute() {
    String agb = contracted("twente");
    int number =
        allocate(
            agb,
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
             "client": {"birthDate": "2014-05-01"}, "referrer": {"type": "01"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
            """);

    String[] request =
        sendVow(
            agb,
            "0153",
            LocalDate.of(2025, 10, 15),
            change(number, "2025-03-10", "2026-09-30", "4000 01 6"));

    assertThat(request[0]).isEqualTo("REJECTED");
    assertThat(request[2]).contains("R-TWE-4").contains("long extension");
  }

  @Test
  void aJw315SeesTheClientsKeuzebudgetAtAnotherProvider() {
    String first = contracted("ijsselland");
    allocate(
        first,
        """
        {"kind": "INITIAL", "receivedOn": "2026-11-30", "municipality": "0193",
         "client": {"birthDate": "2014-05-01"}, "referrer": {"type": "01"},
         "product": {"category": "45"},
         "period": {"start": "2026-12-07", "end": "2027-05-31"},
         "budget": {"scheme": "KEUZEBUDGET", "level": 3, "kind": "HERSTEL"}}
        """);
    String second = contracted("ijsselland");
    LocalDate dated = LocalDate.of(2026, 12, 1);
    String reference = "JW315-" + id();

    Handled handled =
        votHandler.handle(
            Actor.provider("aanbieder", second),
            new Received(
                UUID.randomUUID(),
                MessageType.JW315,
                new Header(second, "0193", "id", dated),
                vot(
                    second,
                    "0193",
                    bsn,
                    dated,
                    product(reference, "45", null, "2026-12-07", "2027-05-31", null, 300000)),
                dated));

    assertThat(handled.accepted()).isTrue();
    String[] request = stored(second, reference);
    assertThat(request[0]).isNotEqualTo("APPROVED");
    assertThat(request[2])
        .contains("R-IJS-5")
        .contains("already has a KEUZEBUDGET at provider " + first);
  }
}
