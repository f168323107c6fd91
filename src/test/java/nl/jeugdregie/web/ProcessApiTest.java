package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.catalog.Providers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process rules' endpoints over real HTTP: a screening (IJsselland 001 §4.2.1.4, R-IJS-4) with
 * a typed, validated body, refused as a 400 problem naming the field with nothing stored; the
 * crisis settlement (001 §4.4.3, R-IJS-7) for contract managers.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient db;
  @Autowired Providers providers;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void providerIsKnown() {
    if (providers.find(DemoAccounts.PROVIDER_1_AGB).isEmpty()) {
      providers.register(DemoAccounts.PROVIDER_1_AGB, "Demo aanbieder 1");
    }
  }

  private HttpResponse<String> send(String user, String method, String path, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", SecurityApiTest.basic(user, "demo"))
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String screening(String bsn, String outcome, String reason) {
    return """
        {"clientBsn": "%s", "clientBirthDate": "2012-01-01", "municipality": "0193",
         "providerAgb": "12345678", "screenedOn": "2025-02-27", "outcome": "%s"%s}
        """
        .formatted(bsn, outcome, reason.isEmpty() ? "" : ", \"declineReason\": \"" + reason + "\"");
  }

  private long screenings(String bsn) {
    return db.sql(
            """
            select count(*) from allocation.screening s join clients.client c on c.id = s.client_id
            where c.bsn = :bsn
            """)
        .param("bsn", bsn)
        .query(Long.class)
        .single();
  }

  @Test
  void recordsADeclinedScreeningOfTheProviderWith201() throws Exception {
    String bsn = TestData.bsn();
    HttpResponse<String> response =
        send("aanbieder-1", "POST", "/api/v1/screenings", screening(bsn, "DECLINED", "TOO_LIGHT"));
    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("outcome").asString()).isEqualTo("DECLINED");
    assertThat(body.get("declineReason").asString()).isEqualTo("TOO_LIGHT");
    assertThat(body.get("rule").asString()).isEqualTo("R-IJS-4");
    assertThat(body.get("client").asString()).startsWith("C-");
    assertThat(response.body()).doesNotContain(bsn);
    assertThat(screenings(bsn)).isEqualTo(1);
  }

  @Test
  void refusesADeclineReasonOutsideThePackWith400NamingTheField() throws Exception {
    String bsn = TestData.bsn();
    HttpResponse<String> response =
        send("aanbieder-1", "POST", "/api/v1/screenings", screening(bsn, "DECLINED", "TOO_FAR"));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("field").asString()).isEqualTo("screening.declineReason");
    assertThat(problem.get("detail").asString()).contains("WEIGHTY_REASONS");
    assertThat(screenings(bsn)).isZero();
  }

  @Test
  void refusesABodyThatBreaksItsConstraintsWith400NamingTheField() throws Exception {
    String bsn = TestData.bsn();
    HttpResponse<String> future =
        send(
            "aanbieder-1",
            "POST",
            "/api/v1/screenings",
            screening(bsn, "ACCEPTED", "").replace("2025-02-27", "9999-12-31"));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(future.body()).get("field").asString()).isEqualTo("screenedOn");

    HttpResponse<String> outcome =
        send("aanbieder-1", "POST", "/api/v1/screenings", screening(bsn, "MAYBE", ""));
    assertThat(outcome.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(outcome.body()).get("field").asString()).isEqualTo("outcome");

    HttpResponse<String> longReason =
        send(
            "aanbieder-1",
            "POST",
            "/api/v1/screenings",
            screening(bsn, "DECLINED", "X".repeat(100_000)));
    assertThat(longReason.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(longReason.body()).get("field").asString()).isEqualTo("declineReason");
    assertThat(screenings(bsn)).isZero();
  }

  @Test
  void showsTheCrisisSettlementToTheRegionsContractManagerOnly() throws Exception {
    HttpResponse<String> settlement =
        send(
            "contract-ijsselland",
            "GET",
            "/api/v1/crisis/settlement?region=ijsselland&month=2025-06",
            "");
    assertThat(settlement.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(settlement.body());
    assertThat(body.get("rule").asString()).isEqualTo("R-IJS-7");
    assertThat(body.get("municipalities").size()).isEqualTo(11);
    assertThat(body.get("availabilityCents").asLong()).isEqualTo(15_000_000L);
    assertThat(
            send(
                    "contract-twente",
                    "GET",
                    "/api/v1/crisis/settlement?region=ijsselland&month=2025-06",
                    "")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> month =
        send(
            "contract-ijsselland",
            "GET",
            "/api/v1/crisis/settlement?region=ijsselland&month=9999-99",
            "");
    assertThat(month.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(month.body()).get("field").asString()).isEqualTo("month");
  }
}
