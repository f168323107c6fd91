package nl.jeugdregie.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.Metric;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Costs and pillar scores over a small hand-checked history of one fresh Twente provider, booked
 * through the real request, delivery and declaration services; the control endpoints over HTTP (CSV
 * and scope). Every assertion is about this provider only (the database is shared).
 *
 * <p>The history (45B01, EUR 2.05 a minute in 2025, 2.12 in 2026; municipality 0153):
 *
 * <ul>
 *   <li>client A: allocation 10 March - 31 Dec 2025, started 10 March, stopped 30 June (31, goals
 *       reached YES); March 600 min = 123,000 c, April 400 min = 82,000 c; a 2026 allocation from
 *       12 January with January 1000 min = 212,000 c.
 *   <li>client B: allocation 10 March - 31 Dec 2025, started 20 April, stopped 15 May (33); March
 *       200 min = 41,000 c, credited (-41,000), declared again 100 min = 20,500 c.
 *   <li>declarations: March (2 April), the credit (20 April), the redebit (25 April), April (15
 *       June: after the month following April, so late).
 * </ul>
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String MUNICIPALITY = "0153";

  @Value("${local.server.port}")
  int port;

  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired Declarations declarations;
  @Autowired Providers providers;
  @Autowired Costs costs;
  @Autowired PillarScores scores;
  @Autowired ControlDashboard dashboard;
  @Autowired JdbcClient db;

  final HttpClient http = HttpClient.newHttpClient();
  String agb = "";
  String bsnA = "";
  String bsnB = "";
  Actor provider = Actor.admin("unset");

  @BeforeAll
  void history() {
    agb = TestData.agb();
    providers.register(agb, "Kosten " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    provider = Actor.provider("aanbieder", agb);
    bsnA = TestData.bsn();
    bsnB = TestData.bsn();
    int a = allocation(bsnA, "2025-03-03", "2025-03-10", "2025-12-31", 3000);
    int b = allocation(bsnB, "2025-03-03", "2025-03-10", "2025-12-31", 3000);
    int a2 = allocation(bsnA, "2026-01-05", "2026-01-12", "2026-06-30", 1000);
    declare(
        "M1",
        "2025-03",
        "2025-04-02",
        client(bsnA, debit("RA1", a, "2025-03-10", "2025-03-31", 600, 205)),
        client(bsnB, debit("RB1", b, "2025-03-10", "2025-03-31", 200, 205)));
    declare(
        "M2",
        "2025-03",
        "2025-04-20",
        client(bsnB, credit("RB1C", "RB1", b, "2025-03-10", "2025-03-31", 200, 205)));
    declare(
        "M3",
        "2025-03",
        "2025-04-25",
        client(bsnB, debit("RB2", b, "2025-03-10", "2025-03-31", 100, 205)));
    declare(
        "A1",
        "2025-04",
        "2025-06-15",
        client(bsnA, debit("RA2", a, "2025-04-01", "2025-04-30", 400, 205)));
    declare(
        "J1",
        "2026-01",
        "2026-02-03",
        client(bsnA, debit("RA3", a2, "2026-01-12", "2026-01-31", 1000, 212)));
    allocations.start(provider, MUNICIPALITY, a, LocalDate.of(2025, 3, 10), null);
    allocations.stop(
        provider, MUNICIPALITY, a, LocalDate.of(2025, 6, 30), StopReason.ENDED_AS_PLANNED, null);
    allocations.start(provider, MUNICIPALITY, b, LocalDate.of(2025, 4, 20), null);
    allocations.stop(
        provider,
        MUNICIPALITY,
        b,
        LocalDate.of(2025, 5, 15),
        StopReason.ENDED_EARLY_BY_PROVIDER,
        null);
    // the end-of-care report has no service in this branch yet: its column, set as a stop form
    // would
    db.sql(
            """
            update allocation.delivery_event set goals_reached = 'YES'
            where kind = 'STOP' and allocation_id =
              (select id from allocation.allocation where municipality = :m and number = :n)
            """)
        .param("m", MUNICIPALITY)
        .param("n", a)
        .update();
  }

  int allocation(String bsn, String received, String start, String end, long minutes) {
    var body =
        JSON.readTree(
            """
            {"kind": "INITIAL", "receivedOn": "%s", "municipality": "%s",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "%s"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "%s", "end": "%s"},
             "volume": {"amount": %d, "unit": "01", "frequency": "6"},
             "clientBsn": "%s", "providerAgb": "%s", "providerReference": "K-%s"}
            """
                .formatted(
                    received,
                    MUNICIPALITY,
                    LocalDate.parse(received).minusDays(14),
                    start,
                    end,
                    minutes,
                    bsn,
                    agb,
                    TestData.bsn()));
    var view = requests.submit(provider, RequestSubmission.parse(body));
    assertThat(view.allocations()).as(view.toString()).isNotEmpty();
    return view.allocations().getFirst().number();
  }

  static String debit(String ref, int number, String from, String to, long minutes, long tariff) {
    return line(ref, null, number, from, to, minutes, tariff);
  }

  static String credit(
      String ref, String previous, int number, String from, String to, long minutes, long tariff) {
    return line(ref, previous, number, from, to, minutes, tariff);
  }

  static String line(
      String ref,
      @org.jspecify.annotations.Nullable String previous,
      int number,
      String from,
      String to,
      long minutes,
      long tariff) {
    return """
        {"reference": "%s", %s "debitCredit": "%s", "allocationNumber": %d,
         "product": {"category": "45", "code": "45B01"},
         "productPeriod": {"start": "%s", "end": "%s"},
         "volume": {"amount": %d, "unit": "01"}, "tariffCents": %d, "amountCents": %d}
        """
        .formatted(
            ref,
            previous == null ? "" : "\"previousReference\": \"" + previous + "\",",
            previous == null ? "D" : "C",
            number,
            from,
            to,
            minutes,
            tariff,
            minutes * tariff);
  }

  static String client(String bsn, String... lines) {
    return "{\"bsn\": \"%s\", \"lines\": [%s]}".formatted(bsn, String.join(",", lines));
  }

  void declare(String number, String month, String received, String... clients) {
    DeclarationAnswer answer =
        declarations.submit(
            provider,
            DeclarationSubmission.parse(
                JSON.readTree(
                    """
                    {"providerAgb": "%s", "number": "%s", "municipality": "%s", "period": "%s",
                     "receivedOn": "%s", "clients": [%s]}
                    """
                        .formatted(
                            agb,
                            number,
                            MUNICIPALITY,
                            month,
                            received,
                            String.join(",", clients)))));
    assertThat(answer.lines())
        .as(number)
        .allSatisfy(l -> assertThat(l.status()).isEqualTo("APPROVED"));
  }

  List<Costs.Row> series(Costs.Period period) {
    return costs.series(
        new Costs.Query(
            "twente", period, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), agb, null));
  }

  @Test
  void costsPerYouthPerMonthQuarterAndYear() {
    // March 2025: 123,000 (A) + 41,000 - 41,000 + 20,500 (B) = 143,500 for 2 clients = 71,750
    // April 2025: 82,000 for A alone; January 2026: 212,000 for A
    assertThat(series(Costs.Period.MONTH))
        .extracting(
            Costs.Row::period,
            Costs.Row::paidCents,
            Costs.Row::clients,
            Costs.Row::costPerYouthCents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-03", 143_500L, 2L, 71_750L),
            org.assertj.core.groups.Tuple.tuple("2025-04", 82_000L, 1L, 82_000L),
            // stops of May and June: closed allocations, no payment in those months
            org.assertj.core.groups.Tuple.tuple("2025-05", 0L, 0L, null),
            org.assertj.core.groups.Tuple.tuple("2025-06", 0L, 0L, null),
            org.assertj.core.groups.Tuple.tuple("2026-01", 212_000L, 1L, 212_000L));
    assertThat(series(Costs.Period.QUARTER))
        .extracting(Costs.Row::period, Costs.Row::paidCents, Costs.Row::clients)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-Q1", 143_500L, 2L),
            // Q2: April's 82,000 for A; B's stop falls in Q2 but B was paid in Q1 only
            org.assertj.core.groups.Tuple.tuple("2025-Q2", 82_000L, 1L),
            org.assertj.core.groups.Tuple.tuple("2026-Q1", 212_000L, 1L));
    List<Costs.Row> years = series(Costs.Period.YEAR);
    assertThat(years).hasSize(2);
    Costs.Row y2025 = years.getFirst();
    // 2025: 143,500 + 82,000 = 225,500 paid for 2 clients = 112,750 per youth; declared the same
    // (the credit line counts negative); closed: A (205,000 ever paid) and B (20,500) = 225,500 / 2
    assertThat(y2025.paidCents()).isEqualTo(225_500L);
    assertThat(y2025.declaredCents()).isEqualTo(225_500L);
    assertThat(y2025.clients()).isEqualTo(2);
    assertThat(y2025.costPerYouthCents()).isEqualTo(112_750L);
    assertThat(y2025.closedAllocations()).isEqualTo(2);
    assertThat(y2025.averageClientPriceCents()).isEqualTo(112_750L);
    assertThat(y2025.municipality()).isEqualTo(MUNICIPALITY);
    assertThat(y2025.category()).isEqualTo("45");
    assertThat(years.get(1).averageClientPriceCents()).isNull();
  }

  @Test
  void costPerClientIsTheChangeAgainstTheYearBefore() {
    // Twente has no COST_PER_CLIENT norm, so the base is 2025: 212,000 / 112,750 - 1 = 0.88027
    Measurement m =
        costs.measure("twente", 2026).stream()
            .filter(x -> agb.equals(x.providerAgb()))
            .findFirst()
            .orElseThrow();
    assertThat(m.metric()).isEqualTo(Metric.COST_PER_CLIENT);
    assertThat(m.value()).isEqualByComparingTo("0.8803");
    assertThat(m.numerator()).isEqualTo(212_000);
    assertThat(m.denominator()).isEqualTo(112_750);
    assertThat(m.clients()).isEqualTo(1);
    // 2025 against 2024: nothing paid in 2024, so missing, not a guess
    Measurement first =
        costs.measure("twente", 2025).stream()
            .filter(x -> agb.equals(x.providerAgb()))
            .findFirst()
            .orElseThrow();
    assertThat(first.value()).isNull();
    assertThat(first.missing()).contains("base year 2024");
  }

  @Test
  void pillarScoresFromStopsStartsDeclarationsAndReports() {
    List<Measurement> ours =
        scores.measure("twente", 2025).stream().filter(x -> agb.equals(x.providerAgb())).toList();
    // quality: planned 1 of 2 definitive stops = 0.5; goals YES on 1 of 1 reported = 1.0;
    // mean (0.5 + 1.0) / 2 = 0.75
    assertThat(value(ours, Metric.QUALITY_SCORE)).isEqualByComparingTo("0.75");
    // continuity: A started the day its allocation started (wait 0), B 41 days after
    // 10 March (> 28): 1 of 2 = 0.5; B stopped by the provider (33): 1 - 1/2 = 0.5; mean 0.5
    assertThat(value(ours, Metric.CONTINUITY_SCORE)).isEqualByComparingTo("0.5");
    // work processes: declarations in time M1, M2, M3 (April), A1 on 15 June is after May: 3/4;
    // the four starts and stops of 2025 were reported now (December 2026): 0/4; mean 0.375
    assertThat(value(ours, Metric.WORK_PROCESS_SCORE)).isEqualByComparingTo("0.375");
    assertThat(ours).allSatisfy(m -> assertThat(m.clients()).isEqualTo(2));
  }

  private static java.math.BigDecimal value(List<Measurement> ms, Metric metric) {
    return java.util.Objects.requireNonNull(
        ms.stream().filter(m -> m.metric() == metric).findFirst().orElseThrow().value(),
        metric + " has no value");
  }

  HttpResponse<String> get(String user, String path, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void costsAsCsv() throws Exception {
    HttpResponse<String> csv =
        get(
            "admin",
            "/api/v1/control/costs?region=twente&period=quarter&from=2025-01-01&to=2025-12-31"
                + "&provider="
                + agb,
            "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst())
        .startsWith("region,period,periodStart,providerAgb,municipality,category,paidCents");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("twente,2025-Q1,2025-01-01," + agb + ",0153,45,143500,");
    assertThat(lines.get(2)).startsWith("twente,2025-Q2,2025-04-01," + agb + ",0153,45,82000,");
  }

  @Test
  void scopeAndSuppression() throws Exception {
    String path = "/api/v1/control/costs?period=year&from=2025-01-01&provider=" + agb;
    // a contract manager sees their own region only; access teams and providers nothing
    assertThat(get("contract-ijsselland", path + "&region=twente", "application/json").statusCode())
        .isEqualTo(403);
    assertThat(get("toegang-twente", path, "application/json").statusCode()).isEqualTo(403);
    assertThat(get("aanbieder-1", path, "application/json").statusCode()).isEqualTo(403);
    assertThat(
            get(
                    "contract-ijsselland",
                    "/api/v1/control/traffic-lights?year=2025",
                    "application/json")
                .statusCode())
        .isEqualTo(200);
    JsonNode own = JSON.readTree(get("contract-twente", path, "application/json").body());
    assertThat(own.get(0).path("paidCents").asLong()).isEqualTo(225_500);
    // policy: 2 clients < 5, so no amounts, flagged suppressed
    JsonNode policy =
        JSON.readTree(get("beleid", path + "&region=twente", "application/json").body());
    assertThat(policy.get(0).path("suppressed").asBoolean()).isTrue();
    assertThat(policy.get(0).path("paidCents").isNumber()).as("omitted or null").isFalse();
    assertThat(policy.get(0).path("costPerYouthCents").isNumber()).isFalse();
    // the scores behind the lights are suppressed for policy too, so its lights are grey
    assertThat(
            dashboard.measurements(Actor.policy("beleid"), "twente", 2025).stream()
                .filter(m -> agb.equals(m.providerAgb())))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.value()).isNull());
    // a wrong parameter is a 400 naming it
    HttpResponse<String> bad =
        get("admin", "/api/v1/control/costs?period=week", "application/json");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"period\"");
    HttpResponse<String> unknown =
        get("admin", "/api/v1/control/findings?region=atlantis", "application/json");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"region\"");
  }
}
