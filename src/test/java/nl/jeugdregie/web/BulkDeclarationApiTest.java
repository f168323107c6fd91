package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/declarations/bulk} over real HTTP: JSON Lines in, a result line per
 * declaration, progress lines and a summary out; a bad file line is answered with its number and
 * field and does not stop the run; the same file again books nothing and answers the same.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkDeclarationApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private final HttpClient http = HttpClient.newHttpClient();
  String agb = "";
  String bsn = "";
  int number;

  /** A Twente allocation of 3000 minutes of 45B01 (EUR 2.05 a minute), 10 March - 31 Dec 2025. */
  @BeforeEach
  void twenteAllocation() {
    agb = String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    bsn = bsn();
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
        requests
            .submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(body))
            .allocations()
            .getFirst()
            .number();
  }

  /** One declaration on one line: {@code minutes} of 45B01 in March at the contract tariff. */
  String declaration(String declarationNumber, String clientBsn, long minutes) {
    return """
        {"providerAgb": "%s", "number": "%s", "municipality": "0153", "period": "2025-03", \
        "receivedOn": "2025-04-02", "clients": [{"bsn": "%s", "lines": [\
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d, \
        "product": {"category": "45", "code": "45B01"}, \
        "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"}, \
        "volume": {"amount": %d, "unit": "01"}, "tariffCents": 205, "amountCents": %d}]}]}"""
        .formatted(
            agb,
            declarationNumber,
            clientBsn,
            "R" + declarationNumber,
            number,
            minutes,
            minutes * 205);
  }

  String file() {
    return String.join(
            "\n",
            declaration("B1", bsn, 600),
            "{\"providerAgb\": \"" + agb + "\", \"number\": ",
            declaration("B2", "123456789", 100),
            "",
            declaration("B3", bsn, 5000),
            declaration("B4", bsn, 100))
        + "\n";
  }

  @Test
  void answersEveryDeclarationWithProgressAndASummaryAndNamesABadLineByItsNumber()
      throws Exception {
    HttpResponse<String> response = post("admin", file(), 2);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
    List<JsonNode> lines = lines(response.body());

    List<JsonNode> results = results(lines);
    assertThat(results)
        .extracting(r -> r.path("line").asLong())
        .containsExactly(1L, 2L, 3L, 5L, 6L);
    assertThat(results.get(0).path("status").asString()).isEqualTo("BOOKED");
    assertThat(results.get(0).path("number").asString()).isEqualTo("B1");
    assertThat(results.get(0).path("totals").path("approvedCents").asLong()).isEqualTo(123_000);
    assertThat(results.get(1).path("status").asString()).isEqualTo("UNREADABLE");
    assertThat(results.get(1).path("error").path("field").asString()).isEqualTo("declaration");
    assertThat(results.get(1).path("error").path("message").asString()).contains("not valid JSON");
    assertThat(results.get(2).path("status").asString()).isEqualTo("UNREADABLE");
    assertThat(results.get(2).path("error").path("field").asString())
        .isEqualTo("declaration.clients[0].bsn");
    // over the 3000 minutes allocated: booked as a rejected line with its return code
    assertThat(results.get(3).path("status").asString()).isEqualTo("BOOKED");
    assertThat(results.get(3).path("totals").path("rejected").asInt()).isEqualTo(1);
    assertThat(results.get(3).path("rejectedLines").get(0).path("returnCodes").toString())
        .contains("9321");
    // a second debit for the same product and period while the first stands (TR389)
    assertThat(results.get(4).path("rejectedLines").get(0).path("returnCodes").toString())
        .contains("9389");

    assertThat(lines.stream().filter(l -> l.has("progress"))).isNotEmpty();
    JsonNode summary = lines.getLast().path("summary");
    assertThat(summary.path("fileLines").asLong()).isEqualTo(6);
    assertThat(summary.path("declarations").asInt()).isEqualTo(3);
    assertThat(summary.path("lines").asLong()).isEqualTo(3);
    assertThat(summary.path("approvedLines").asInt()).isEqualTo(1);
    assertThat(summary.path("rejectedLines").asInt()).isEqualTo(2);
    assertThat(summary.path("unreadable").asInt()).isEqualTo(2);
    assertThat(summary.path("replayed").asInt()).isZero();
    assertThat(stored()).containsEntry("declarations", 3L).containsEntry("entries", 1L);
  }

  @Test
  void theSameFileAgainChangesNothingAndAnswersTheSame() throws Exception {
    List<JsonNode> first = results(lines(post("admin", file(), 100).body()));
    Map<String, Long> before = stored();
    List<JsonNode> again = results(lines(post("admin", file(), 100).body()));

    assertThat(stored()).isEqualTo(before);
    assertThat(again).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      ObjectNode was = (ObjectNode) first.get(i).deepCopy();
      ObjectNode now = (ObjectNode) again.get(i).deepCopy();
      if (was.path("status").asString().equals("BOOKED")) {
        assertThat(now.path("status").asString()).isEqualTo("REPLAYED");
        was.remove("status");
        now.remove("status");
      }
      assertThat(now).isEqualTo(was);
    }
  }

  @Test
  void aProviderDeclaresUnderItsOwnAgbOnlyAndOtherRolesAreRefusedBeforeAnything() throws Exception {
    HttpResponse<String> provider = post("aanbieder-1", declaration("B9", bsn, 10) + "\n", 100);
    assertThat(provider.statusCode()).isEqualTo(200);
    JsonNode result = results(lines(provider.body())).getFirst();
    assertThat(result.path("status").asString()).isEqualTo("REFUSED");
    assertThat(result.path("error").path("kind").asString()).isEqualTo("NOT_PERMITTED");

    HttpResponse<String> team = post("toegang-twente", declaration("B9", bsn, 10) + "\n", 100);
    assertThat(team.statusCode()).isEqualTo(403);
    assertThat(team.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(stored()).containsEntry("declarations", 0L);
  }

  private Map<String, Long> stored() {
    Map<String, Long> counts = new TreeMap<>();
    counts.put(
        "declarations",
        db.sql("select count(*) from billing.declaration where provider_agb = :agb")
            .param("agb", agb)
            .query(Long.class)
            .single());
    counts.put(
        "lines",
        db.sql("select count(*) from billing.line where provider_agb = :agb")
            .param("agb", agb)
            .query(Long.class)
            .single());
    counts.put(
        "entries",
        db.sql("select count(*) from billing.ledger_entry where provider_agb = :agb")
            .param("agb", agb)
            .query(Long.class)
            .single());
    return counts;
  }

  private static List<JsonNode> lines(String body) {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : body.split("\n")) lines.add(JSON.readTree(line));
    return lines;
  }

  private static List<JsonNode> results(List<JsonNode> lines) {
    return lines.stream().filter(l -> l.has("line")).toList();
  }

  private HttpResponse<String> post(String user, String body, int progressEvery) throws Exception {
    String credentials = user + ":" + DemoAccounts.PASSWORD;
    return http.send(
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/api/v1/declarations/bulk?progressEvery="
                        + progressEvery))
            .header("Content-Type", "application/x-ndjson")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String bsn() {
    return nl.jeugdregie.TestData.bsn();
  }
}
