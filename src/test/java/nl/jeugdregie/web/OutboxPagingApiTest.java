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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The iJw outbox paged (issue 11; it answered 614 entries at once): page, size and total, filters
 * by state and provider within the caller's scope, 50 a page by default, and CSV. A fresh provider
 * gets three Enschede allocations, whose JW301s (held while the clients have no address) and JW319s
 * are its outbox.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxPagingApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired Requests requests;
  @Autowired Providers providers;

  private final HttpClient http = HttpClient.newHttpClient();
  String agb = "";
  long total;

  @BeforeEach
  void threeAllocations() throws Exception {
    agb = TestData.agb();
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    for (int i = 0; i < 3; i++) {
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
      body.put("clientBsn", TestData.bsn())
          .put("providerAgb", agb)
          .put("providerReference", "P" + i + "-" + agb);
      requests.submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(body));
    }
    // composed after commit: wait until the three JW301s are there (held or waiting)
    for (int i = 0; i < 300 && jw301s() < 3; i++) Thread.sleep(100);
    assertThat(jw301s()).isEqualTo(3);
    total = page("admin", "?provider=" + agb).path("total").asLong();
  }

  @Test
  void pagesWithATotalAndFiftyByDefault() throws Exception {
    JsonNode all = page("admin", "?provider=" + agb);
    assertThat(all.path("size").asInt()).isEqualTo(50);
    assertThat(all.path("page").asInt()).isZero();
    assertThat(all.path("items")).hasSize((int) total);
    assertThat(all.path("items").valueStream().map(e -> e.path("receiver").asString()))
        .containsOnly(agb);

    JsonNode first = page("admin", "?provider=" + agb + "&size=2");
    JsonNode rest = page("admin", "?provider=" + agb + "&size=2&page=1");
    assertThat(first.path("total").asLong()).isEqualTo(total);
    assertThat(first.path("items")).hasSize(2);
    assertThat(rest.path("items")).hasSize((int) total - 2);
    assertThat(ids(first)).doesNotContainAnyElementsOf(ids(rest));
    assertThat(concat(ids(first), ids(rest))).containsExactlyElementsOf(ids(all));
  }

  @Test
  void filtersByStateAndType() throws Exception {
    Map<String, Long> byState = new TreeMap<>();
    for (JsonNode e : page("admin", "?provider=" + agb).path("items")) {
      byState.merge(e.path("state").asString(), 1L, Long::sum);
    }
    for (var state : byState.entrySet()) {
      JsonNode filtered = page("admin", "?provider=" + agb + "&state=" + state.getKey());
      assertThat(filtered.path("total").asLong()).as(state.getKey()).isEqualTo(state.getValue());
      assertThat(filtered.path("items").valueStream().map(e -> e.path("state").asString()))
          .containsOnly(state.getKey());
    }
    assertThat(page("admin", "?provider=" + agb + "&type=JW301").path("total").asLong())
        .isEqualTo(3);
    // nothing was fetched yet, so nothing waits overdue for its retour
    assertThat(page("admin", "?provider=" + agb + "&overdue=true").path("total").asLong()).isZero();
  }

  @Test
  void eachRoleSeesItsScopeOnly() throws Exception {
    assertThat(page("toegang-twente", "?provider=" + agb).path("total").asLong()).isEqualTo(total);
    assertThat(page("toegang-amersfoort", "?provider=" + agb).path("total").asLong()).isZero();
    assertThat(page("aanbieder-1", "?provider=" + agb).path("total").asLong()).isZero();
    assertThat(get("contract-twente", "/api/v1/ijw/outbox").statusCode()).isEqualTo(403);
    assertThat(get("beleid", "/api/v1/ijw/outbox").statusCode()).isEqualTo(403);
  }

  @Test
  void badQueriesAreNamedAllAtOnce() throws Exception {
    HttpResponse<String> bad = get("admin", "/api/v1/ijw/outbox?state=LOST&provider=1&size=0");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(
            JSON.readTree(bad.body())
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder("state", "provider", "size");
    assertThat(get("admin", "/api/v1/ijw/outbox?sort=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void answersAsCsv() throws Exception {
    HttpResponse<String> csv =
        get("admin", "/api/v1/ijw/outbox?provider=" + agb + "&format=csv&sort=createdAt,asc");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(total));
    List<String> rows = csv.body().lines().toList();
    assertThat(rows.getFirst()).startsWith("id,type,sender,receiver,clientPseudonym,createdAt");
    assertThat(rows).hasSize((int) total + 1);
    assertThat(rows.get(1)).contains(",0153," + agb + ",C-");
  }

  private long jw301s() throws Exception {
    return page("admin", "?provider=" + agb + "&type=JW301").path("total").asLong();
  }

  private static List<String> ids(JsonNode page) {
    return page.path("items").valueStream().map(e -> e.path("id").asString()).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private JsonNode page(String user, String query) throws Exception {
    HttpResponse<String> response = get(user, "/api/v1/ijw/outbox" + query);
    assertThat(response.statusCode()).as("%s: %s", user, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
