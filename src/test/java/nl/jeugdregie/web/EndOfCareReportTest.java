package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.EndReport;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.DeliveryEventView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
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
 * The provider's end-of-care report with a definitive stop (issue 13, R-NLI-1 "behaalt zijn doelen
 * ... binnen de daarvoor gesteld termijn", R-IJS-11 "niet de gewenste resultaten halen"): stored
 * with the stop and shown in the allocation's delivery events, through the service and through
 * {@code POST .../stop}; a report on a temporary stop (JZ588 20) is refused naming the field and
 * nothing is stored. Each test uses a fresh Twente provider and client (shared database).
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndOfCareReportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate START = LocalDate.of(2025, 3, 10);

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;
  @Autowired Allocations allocations;
  @Autowired JdbcClient db;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Actor admin = Actor.system("end-report-test");
  String agb = "";

  @BeforeEach
  void twenteProvider() {
    agb = TestData.agb();
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
  }

  @Test
  void theServiceStoresAReportWithADefinitiveStopAndRefusesOneOnATemporaryStop() throws Exception {
    JsonNode allocation = startedAllocation();
    String municipality = allocation.path("municipality").asString();
    int number = allocation.path("number").asInt();

    assertThatThrownBy(
            () ->
                allocations.stop(
                    admin,
                    municipality,
                    number,
                    LocalDate.of(2025, 4, 1),
                    StopReason.parse("20"),
                    null,
                    new EndReport(EndReport.Goals.YES, true),
                    null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("definitive");
    assertThat(stops(municipality, number)).isZero(); // nothing stored

    AllocationView stopped =
        allocations.stop(
            admin,
            municipality,
            number,
            LocalDate.of(2025, 4, 30),
            StopReason.parse("31"),
            null,
            new EndReport(EndReport.Goals.PARTLY, false),
            null);
    DeliveryEventView stop = stopped.deliveryEvents().getLast();
    assertThat(stop.kind()).isEqualTo("STOP");
    assertThat(stop.stopReason()).extracting(c -> c.code()).isEqualTo("31");
    assertThat(stop.goalsReached()).isEqualTo("PARTLY");
    assertThat(stop.goalsInTime()).isFalse();
    assertThat(
            db.sql(
                    "select goals_reached || '/' || goals_in_time from allocation.delivery_event e"
                        + " join allocation.allocation a on a.id = e.allocation_id"
                        + " where a.municipality = :m and a.number = :n and e.kind = 'STOP'")
                .param("m", municipality)
                .param("n", number)
                .query(String.class)
                .single())
        .isEqualTo("PARTLY/false");
  }

  @Test
  void theApiStoresAndShowsAReportAndRefusesOneOnATemporaryStopNamingTheField() throws Exception {
    JsonNode allocation = startedAllocation();
    String path =
        "/api/v1/allocations/"
            + allocation.path("municipality").asString()
            + "/"
            + allocation.path("number").asInt();

    // a temporary stop with a report: refused, named, nothing stored
    HttpResponse<String> temporary =
        send(
            "POST",
            path + "/stop",
            """
            {"date": "2025-04-01", "reason": "20", "goalsReached": "NO"}""");
    assertThat(temporary.statusCode()).as(temporary.body()).isEqualTo(400);
    assertThat(JSON.readTree(temporary.body()).path("field").asString())
        .isEqualTo("stop.goalsReached");
    // a value outside YES|PARTLY|NO and goalsInTime alone: refused by name too
    HttpResponse<String> wrong =
        send(
            "POST",
            path + "/stop",
            """
            {"date": "2025-04-30", "reason": "31", "goalsReached": "MOSTLY"}""");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrong.body()).path("field").asString()).isEqualTo("stop.goalsReached");
    HttpResponse<String> alone =
        send(
            "POST",
            path + "/stop",
            """
            {"date": "2025-04-30", "reason": "31", "goalsInTime": true}""");
    assertThat(alone.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(alone.body()).path("field").asString()).isEqualTo("stop.goalsInTime");
    assertThat(stops(allocation.path("municipality").asString(), allocation.path("number").asInt()))
        .isZero();

    HttpResponse<String> stopped =
        send(
            "POST",
            path + "/stop",
            """
            {"date": "2025-04-30", "reason": "31", "goalsReached": "YES", "goalsInTime": true}""");
    assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
    JsonNode shown = JSON.readTree(send("GET", path, null).body()).path("deliveryEvents");
    JsonNode stop = shown.get(shown.size() - 1);
    assertThat(stop.path("kind").asString()).isEqualTo("STOP");
    assertThat(stop.path("goalsReached").asString()).isEqualTo("YES");
    assertThat(stop.path("goalsInTime").asBoolean()).isTrue();
    // the start carries no report
    assertThat(shown.get(0).path("goalsReached").asString("none")).isEqualTo("none");
  }

  /** A Twente request (approved: 3,000 minutes) and its allocation started on 10 March 2025. */
  private JsonNode startedAllocation() throws Exception {
    String body =
        """
        {"clientBsn": "%s", "providerAgb": "%s", "providerReference": "E-%d",
         "kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
         "client": {"birthDate": "2014-05-01"},
         "referrer": {"type": "02", "letterDate": "2025-02-01"},
         "product": {"category": "45", "code": "45B01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
        """
            .formatted(TestData.bsn(), agb, ThreadLocalRandom.current().nextInt(1_000_000));
    HttpResponse<String> submitted = send("POST", "/api/v1/requests", body);
    assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 201);
    JsonNode allocation = JSON.readTree(submitted.body()).path("allocations").get(0);
    String path =
        "/api/v1/allocations/"
            + allocation.path("municipality").asString()
            + "/"
            + allocation.path("number").asInt();
    HttpResponse<String> started = send("POST", path + "/start", "{\"date\": \"" + START + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return allocation;
  }

  private long stops(String municipality, int number) {
    return db.sql(
            "select count(*) from allocation.delivery_event e"
                + " join allocation.allocation a on a.id = e.allocation_id"
                + " where a.municipality = :m and a.number = :n and e.kind = 'STOP'")
        .param("m", municipality)
        .param("n", number)
        .query(Long.class)
        .single();
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
