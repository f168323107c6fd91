package nl.jeugdregie.outbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.ChangeRequests;
import nl.jeugdregie.allocation.ChangeSubmission;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Address;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.clients.Gender;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A provider with its client in Venlo (Noord-Limburg: the pack has no decision rules, so the engine
 * approves) or Enschede (Twente: over 6,000 minutes goes to investigation), requests, the client's
 * address, and the outbox's messages as stored. Periods are around today, so allocations are
 * current.
 */
final class OutboxFixtures {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  static final Actor ADMIN = Actor.admin("outbox-test");

  static final Actor VENLO = Actor.accessTeam("toegang-venlo", Set.of("0983"));

  static final Actor ENSCHEDE = Actor.accessTeam("toegang-enschede", Set.of("0153"));

  final String agb;
  final String bsn = TestData.bsn();
  final Actor provider;

  private final Requests requests;
  private final ChangeRequests changes;
  private final Clients clients;
  private final JdbcClient db;

  OutboxFixtures(
      Providers providers,
      Requests requests,
      ChangeRequests changes,
      Clients clients,
      JdbcClient db) {
    this.requests = requests;
    this.changes = changes;
    this.clients = clients;
    this.db = db;
    agb = TestData.agb();
    providers.register(agb, "Zorgaanbieder " + agb);
    for (String region : List.of("noord-limburg", "twente")) {
      providers.contract(new Contract(agb, region, "45", null, LocalDate.of(2020, 1, 1), null));
    }
    provider = Actor.provider("aanbieder", agb);
  }

  static String reference() {
    return "T-" + ThreadLocalRandom.current().nextLong(1L << 40);
  }

  /** A Venlo request for {@code hours} of 45P01 in total from {@code start} to {@code end}. */
  RequestView venlo(String product, long hours, LocalDate start, LocalDate end) {
    return submit(
        """
        {"kind": "INITIAL", "receivedOn": "%s", "municipality": "0983",
         "client": {"birthDate": "2014-05-01"}, "referrer": {"type": "01"},
         "product": {"category": "45", "code": "%s"},
         "period": {"start": "%s", "end": "%s"},
         "volume": {"amount": %d, "unit": "04", "frequency": "6"}}
        """
            .formatted(TODAY.minusDays(3), product, start, end, hours));
  }

  /** An Enschede request for 7,000 minutes of 45B01 without prior contact: in investigation. */
  RequestView enschedeInvestigation() {
    return submit(
        """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
         "client": {"birthDate": "2014-05-01"},
         "referrer": {"type": "02", "letterDate": "2025-02-01"},
         "product": {"category": "45", "code": "45B01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": 7000, "unit": "01", "frequency": "6"}}
        """);
  }

  RequestView submit(String decisionRequest) {
    ObjectNode body = (ObjectNode) JSON.readTree(decisionRequest);
    body.put("clientBsn", bsn);
    body.put("clientName", "Sanne de Wit");
    body.put("providerAgb", agb);
    body.put("providerReference", reference());
    return requests.submit(provider, RequestSubmission.parse(body));
  }

  /** A change request (VOW) of this provider for this client. */
  RequestView vow(String json) {
    ObjectNode body = (ObjectNode) JSON.readTree(json);
    body.put("clientBsn", bsn);
    body.put("providerAgb", agb);
    body.put("providerReference", reference());
    return changes.submit(provider, ChangeSubmission.parse(body));
  }

  void address(String pseudonym) {
    clients.setAddress(
        ADMIN,
        pseudonym,
        new Address("Oude Markt", 12, "a", null, "7511 gb", "Venlo"),
        Gender.FEMALE,
        "test");
  }

  /** A message as stored in the outbox. */
  record Sent(UUID id, MessageType type, String state, byte[] xml) {}

  /** This provider's outgoing messages of {@code type}, oldest first. */
  List<Sent> sent(MessageType type) {
    return db.sql(
            """
            select id, type, state, xml from ijw.message
            where direction = 'OUT' and receiver = :agb and type = :type order by at
            """)
        .param("agb", agb)
        .param("type", type.name())
        .query(
            (rs, n) ->
                new Sent(
                    rs.getObject("id", UUID.class),
                    MessageType.valueOf(rs.getString("type")),
                    rs.getString("state"),
                    rs.getBytes("xml")))
        .list();
  }
}
