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
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.MunicipalChange;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typed request bodies (issue 11, ADR 0010): OpenAPI shows a schema for every JSON body, all shape
 * errors of a body come back in one problem under the body's root, an unknown field, a key given
 * twice or a value of the wrong type is refused and named, and the domain parser still decides the
 * rest. Real HTTP, real database; nothing refused is stored.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypedBodiesApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;
  @Autowired JdbcClient db;

  /** Spring's mapper, the one that reads request bodies. */
  @Autowired JsonMapper springJson;

  private final HttpClient http = HttpClient.newHttpClient();
  String agb = "";
  String bsn = "";

  @BeforeEach
  void twenteProvider() {
    agb = TestData.agb();
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    bsn = TestData.bsn();
  }

  /** A Twente request as the README sends it, with {@code extra} spliced in at the top level. */
  private String request(String bsnValue, String agbValue, String municipality, String extra) {
    return """
        {"clientBsn": "%s", "providerAgb": "%s", "providerReference": "T-%d",
         "kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "%s",
         "client": {"birthDate": "2014-05-01"},
         "referrer": {"type": "02", "letterDate": "2025-02-01"},
         "product": {"category": "45", "code": "45B01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": 3000, "unit": "01", "frequency": "6"}%s}
        """
        .formatted(
            bsnValue,
            agbValue,
            ThreadLocalRandom.current().nextInt(1_000_000),
            municipality,
            extra);
  }

  @Test
  void everyJsonRequestBodyInTheOpenApiDocumentIsASchemaWithItsConstraints() throws Exception {
    HttpResponse<String> docs = send("GET", "/v3/api-docs", null);
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode api = JSON.readTree(docs.body());
    List<String> jsonBodies = new ArrayList<>();
    for (var path : api.path("paths").properties()) {
      for (String method : List.of("post", "put")) {
        JsonNode json =
            path.getValue()
                .path(method)
                .path("requestBody")
                .path("content")
                .path("application/json");
        if (json.isMissingNode()) continue;
        jsonBodies.add(method + " " + path.getKey());
        assertThat(json.path("schema").path("$ref").asString())
            .as("%s %s", method, path.getKey())
            .startsWith("#/components/schemas/");
      }
    }
    assertThat(jsonBodies)
        .contains(
            "post /api/v1/requests",
            "post /api/v1/requests/{id}/decision",
            "post /api/v1/change-requests",
            "post /api/v1/allocations/{municipality}/{number}/start",
            "post /api/v1/allocations/{municipality}/{number}/stop",
            "post /api/v1/allocations/{municipality}/{number}/change",
            "post /api/v1/providers",
            "post /api/v1/providers/{agb}/contracts",
            "put /api/v1/clients/{pseudonym}/address",
            "post /api/v1/declarations",
            "post /api/v1/declarations/check",
            "post /api/v1/decisions");

    JsonNode schemas = api.path("components").path("schemas");
    JsonNode request = schemas.path("AllocationRequestBody");
    assertThat(request.path("properties").path("clientBsn").path("pattern").asString())
        .isEqualTo("[0-9]{9}");
    assertThat(request.path("required").valueStream().map(JsonNode::asString))
        .contains("clientBsn", "providerAgb", "providerReference", "kind", "period");
    assertThat(request.path("properties").path("period").path("$ref").asString())
        .isEqualTo("#/components/schemas/PeriodBody");
    // the JSON name, not the Java one
    assertThat(schemas.path("ChangeRequestBody").path("properties").has("new")).isTrue();
    assertThat(schemas.path("ChangeRequestBody").path("properties").has("added")).isFalse();
    assertThat(
            schemas.path("LineBody").path("properties").path("reference").path("maxLength").asInt())
        .isEqualTo(20);
  }

  @Test
  void threeShapeErrorsOfOneBodyComeBackInOneProblemAndNothingIsStored() throws Exception {
    long before = requests();
    HttpResponse<String> answer = send("POST", "/api/v1/requests", request("12", "ABC", "153", ""));
    JsonNode problem = problem(answer, 400);
    assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder(
            "request.clientBsn", "request.providerAgb", "request.municipality");
    assertThat(problem.path("detail").asString()).startsWith("3 fields are invalid");
    assertThat(problem.path("errors").valueStream().map(e -> e.path("message").asString()))
        .contains("must be an 8-digit AGB code", "must be a 4-digit CBS code");
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void aNestedListElementIsNamedByItsJsonPath() throws Exception {
    String body =
        """
        {"providerAgb": "%s", "number": "DX1", "municipality": "0153", "period": "2025-03",
         "receivedOn": "2025-04-02", "clients": [{"bsn": "%s", "lines": [
          {"reference": "R1", "debitCredit": "D", "allocationNumber": 1,
           "product": {"category": "45"}, "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"},
           "volume": {"unit": "01"}, "amountCents": -5}]}]}
        """
            .formatted(agb, bsn);
    JsonNode problem = problem(send("POST", "/api/v1/declarations/check", body), 400);
    assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder(
            "declaration.clients[0].lines[0].volume.amount",
            "declaration.clients[0].lines[0].amountCents");
  }

  @Test
  void anUnknownFieldIsRefusedAndNamed() throws Exception {
    long before = requests();
    String misspelt = request(bsn, agb, "0153", "").replace("\"letterDate\"", "\"letterDat\"");
    JsonNode problem = problem(send("POST", "/api/v1/requests", misspelt), 400);
    assertThat(problem.path("field").asString()).isEqualTo("request.referrer.letterDat");
    assertThat(problem.path("errors").get(0).path("message").asString())
        .isEqualTo("is not a known field");
    // a second document after the body is not ignored either
    String trailing = request(bsn, agb, "0153", "") + " {\"clientBsn\": \"" + bsn + "\"}";
    JsonNode after = problem(send("POST", "/api/v1/requests", trailing), 400);
    assertThat(after.path("field").asString()).isEqualTo("request");
    assertThat(after.path("detail").asString()).contains("followed by more JSON");
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void aKeyGivenTwiceIsRefusedAndNamedEvenNested() throws Exception {
    long before = requests();
    JsonNode top =
        problem(
            send(
                "POST",
                "/api/v1/requests",
                request(bsn, agb, "0153", ", \"clientBsn\": \"" + TestData.bsn() + "\"")),
            400);
    assertThat(top.path("field").asString()).isEqualTo("request.clientBsn");
    assertThat(top.path("errors").get(0).path("message").asString())
        .isEqualTo("is given more than once");
    String nested =
        request(bsn, agb, "0153", "")
            .replace("\"type\": \"02\"", "\"type\": \"02\", \"type\": \"01\"");
    JsonNode inner = problem(send("POST", "/api/v1/requests", nested), 400);
    assertThat(inner.path("field").asString()).isEqualTo("request.referrer.type");
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void aValueOfTheWrongTypeIsNotCoercedButNamed() throws Exception {
    String text = request(bsn, agb, "0153", "").replace("\"amount\": 3000", "\"amount\": \"3000\"");
    JsonNode problem = problem(send("POST", "/api/v1/requests", text), 400);
    assertThat(problem.path("field").asString()).isEqualTo("request.volume.amount");
    assertThat(problem.path("errors").get(0).path("message").asString())
        .isEqualTo("must be a whole number");
    String fraction = request(bsn, agb, "0153", ", \"sessions\": 2.5");
    assertThat(problem(send("POST", "/api/v1/requests", fraction), 400).path("field").asString())
        .isEqualTo("request.sessions");
    String array = request(bsn, agb, "0153", "").replace("\"2025-03-03\"", "[2025, 3, 3]");
    JsonNode date = problem(send("POST", "/api/v1/requests", array), 400);
    assertThat(date.path("field").asString()).isEqualTo("request.receivedOn");
    assertThat(date.path("errors").get(0).path("message").asString())
        .isEqualTo("must be a date (yyyy-mm-dd)");
    String flag = request(bsn, agb, "0153", ", \"priorContact\": \"yes\"");
    assertThat(problem(send("POST", "/api/v1/requests", flag), 400).path("field").asString())
        .isEqualTo("request.priorContact");
  }

  @Test
  void theDomainParserStillDecidesWhatTheShapeLetsThrough() throws Exception {
    // 9 digits, but not the 11-proef: the parser's rule, under the same root
    JsonNode problem =
        problem(send("POST", "/api/v1/requests", request("123456789", agb, "0153", "")), 400);
    assertThat(problem.path("field").asString()).isEqualTo("request.clientBsn");
    assertThat(problem.path("detail").asString()).contains("11-proef");
    // a code sent as a number, as the decision contract allows
    String numeric = request(bsn, agb, "0153", "").replace("\"type\": \"02\"", "\"type\": 2");
    HttpResponse<String> created = send("POST", "/api/v1/requests", numeric);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  @Test
  void aMunicipalChangeTellsAnEndSentAsNullFromNoEnd() throws Exception {
    var opened =
        springJson.readValue(
            "{\"reason\": \"04\", \"end\": null}", AllocationController.MunicipalChangeBody.class);
    MunicipalChange open = MunicipalChange.parse(JsonBodies.tree(opened));
    assertThat(open.endGiven()).isTrue();
    assertThat(open.end()).isNull();
    var kept =
        springJson.readValue(
            "{\"reason\": \"04\"}", AllocationController.MunicipalChangeBody.class);
    assertThat(MunicipalChange.parse(JsonBodies.tree(kept)).endGiven()).isFalse();
    var dated =
        springJson.readValue(
            "{\"reason\": \"04\", \"end\": \"2025-12-31\"}",
            AllocationController.MunicipalChangeBody.class);
    assertThat(MunicipalChange.parse(JsonBodies.tree(dated)).end())
        .isEqualTo(LocalDate.of(2025, 12, 31));
  }

  private long requests() {
    return db.sql("select count(*) from allocation.request").query(Long.class).single();
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String method, String path, @Nullable String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", basic("admin"));
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    String credentials = user + ":" + DemoAccounts.PASSWORD;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
