package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
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
 * Bad input over real HTTP (issue 10): dates outside the window this system accepts, over-long
 * texts, amounts whose total would overflow and oversized bodies are each refused with a problem
 * detail naming the field (or 413 at the edge), and nothing is stored; a mistyped month no longer
 * locks a provider out of its later months.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputApiTest {

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
    bsn = TestData.bsn();
    number =
        requests
            .submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(request()))
            .allocations()
            .getFirst()
            .number();
  }

  private ObjectNode request() {
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
    return body.put("clientBsn", bsn)
        .put("providerAgb", agb)
        .put("providerReference", "V-" + ThreadLocalRandom.current().nextInt(1_000_000));
  }

  /** A declaration of one line of 600 minutes of 45B01 in {@code period}'s month. */
  private ObjectNode declaration(String declarationNumber, String period) {
    return (ObjectNode)
        JSON.readTree(
            """
            {"providerAgb": "%s", "number": "%s", "municipality": "0153", "period": "%s",
             "receivedOn": "2025-04-02", "clients": [{"bsn": "%s", "lines": [
              {"reference": "R%s", "debitCredit": "D", "allocationNumber": %d,
               "product": {"category": "45", "code": "45B01"},
               "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"},
               "volume": {"amount": 600, "unit": "01"}, "tariffCents": 205,
               "amountCents": 123000}]}]}
            """
                .formatted(agb, declarationNumber, period, bsn, declarationNumber, number));
  }

  @Test
  void aDeclarationForMonth9999IsRefusedAndDoesNotLockTheProviderOut() throws Exception {
    Map<String, Long> before = counts();
    HttpResponse<String> typo = post("/api/v1/declarations", declaration("D9999", "9999-12"));
    refused(typo, 400, "declaration.period");
    assertThat(typo.body()).contains("2015-01");
    refused(
        post("/api/v1/declarations", declaration("D1900", "1900-01")), 400, "declaration.period");
    assertThat(counts()).isEqualTo(before);

    // the next month of that provider is still taken (it was "may not go back" after the typo)
    HttpResponse<String> march = post("/api/v1/declarations", declaration("D2503", "2025-03"));
    assertThat(march.statusCode()).as(march.body()).isEqualTo(200);
    assertThat(JSON.readTree(march.body()).path("totals").path("approved").asInt()).isEqualTo(1);
  }

  @Test
  void theBulkImportReportsAMonthOutsideTheWindowByItsFieldAndBooksNothing() throws Exception {
    Map<String, Long> before = counts();
    String file =
        declaration("B9999", "9999-12")
            + "\n"
            + declaration("BMAX", "2025-03").put("period", "2014-12");
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/declarations/bulk"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", basic("admin"))
                .POST(HttpRequest.BodyPublishers.ofString(file + "\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> results =
        response.body().lines().map(JSON::readTree).filter(l -> l.has("line")).toList();
    assertThat(results).hasSize(2);
    for (JsonNode result : results) {
      assertThat(result.path("status").asString()).isEqualTo("UNREADABLE");
      assertThat(result.path("error").path("field").asString()).isEqualTo("declaration.period");
    }
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void productPeriodsAndReceiptOutsideTheWindowNameTheirField() throws Exception {
    Map<String, Long> before = counts();
    ObjectNode far = declaration("DFAR", "2025-03");
    ((ObjectNode) far.at("/clients/0/lines/0/productPeriod")).put("end", "+999999999-12-31");
    refused(
        post("/api/v1/declarations", far),
        400,
        "declaration.clients[0].lines[0].productPeriod.end");
    ObjectNode old = declaration("DOLD", "2025-03");
    old.put("receivedOn", "1014-04-02");
    refused(post("/api/v1/declarations", old), 400, "declaration.receivedOn");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void twoLinesOfLongMaxCentsAreRefusedInsteadOfBookedWithAWrappedTotal() throws Exception {
    Map<String, Long> before = counts();
    ObjectNode body = declaration("DMAX", "2025-03");
    ObjectNode line = (ObjectNode) body.at("/clients/0/lines/0");
    line.put("amountCents", Long.MAX_VALUE);
    ObjectNode second = line.deepCopy().put("reference", "RMAX2");
    ((tools.jackson.databind.node.ArrayNode) body.at("/clients/0/lines")).add(second);
    HttpResponse<String> response = post("/api/v1/declarations", body);
    refused(response, 400, "declaration.clients[0].lines[0].amountCents");
    assertThat(response.body()).contains("99999999", "LDT_Bedrag");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aRequestWithAPeriodInYear999999999OrABirthIn1800IsRefused() throws Exception {
    Map<String, Long> before = counts();
    ObjectNode far = request();
    ((ObjectNode) far.get("period")).put("end", "+999999999-12-31");
    refused(post("/api/v1/requests", far), 400, "request.period.end");
    ObjectNode early = request();
    ((ObjectNode) early.get("period")).put("start", "2014-12-31");
    refused(post("/api/v1/requests", early), 400, "request.period.start");
    ObjectNode born = request();
    ((ObjectNode) born.get("client")).put("birthDate", "1800-01-01");
    refused(post("/api/v1/requests", born), 400, "request.client.birthDate");
    ObjectNode received = request();
    received.put("receivedOn", "9999-01-01");
    refused(post("/api/v1/requests", received), 400, "request.receivedOn");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aStartOfDeliveryBeforeTheJeugdwetIsRefused() throws Exception {
    Map<String, Long> before = counts();
    refused(
        post(
            "/api/v1/allocations/0153/" + number + "/start",
            (ObjectNode) JSON.readTree("{\"date\": \"2014-12-31\"}")),
        400,
        "start.date");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aClientNameOverTheIjwLengthIsRefusedEvenAt10MbAndABodyOverTheLimitStopsAtTheEdge()
      throws Exception {
    Map<String, Long> before = counts();
    ObjectNode longName = request().put("clientName", "x".repeat(201));
    refused(post("/api/v1/requests", longName), 400, "request.clientName");
    ObjectNode tenMegabytes = request().put("clientName", "x".repeat(10 * 1024 * 1024));
    refused(post("/api/v1/requests", tenMegabytes), 400, "request.clientName");
    ObjectNode huge =
        request().put("clientName", "x".repeat((int) BodySizeLimit.JSON_MAX_BYTES + 1));
    HttpResponse<String> tooLarge = post("/api/v1/requests", huge);
    assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
    assertThat(tooLarge.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(tooLarge.body()).contains("at most " + BodySizeLimit.JSON_MAX_BYTES + " bytes");
    assertThat(counts()).isEqualTo(before);
  }

  private static void refused(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("field").asString()).as(response.body()).isEqualTo(field);
  }

  private static String basic(String user) {
    String credentials = user + ":" + DemoAccounts.PASSWORD;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, JsonNode body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", basic("admin"))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Every table a request or declaration writes to. */
  private Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table :
        List.of(
            "clients.client",
            "allocation.request",
            "allocation.decision",
            "allocation.allocation",
            "allocation.allocation_version",
            "allocation.delivery_event",
            "billing.declaration",
            "billing.line",
            "billing.ledger_entry",
            "billing.budget")) {
      counts.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }
}
