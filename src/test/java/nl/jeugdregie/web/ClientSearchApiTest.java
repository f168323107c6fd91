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
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.clients.AuditEntry;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access team's client search over HTTP (issue 11): residents of its own municipalities only,
 * by BSN, name (any part, any case), birth date and pseudonym; every client shown audited as SEARCH
 * without the criteria's values; 403 for every other role, 400 without a criterion.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientSearchApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate BIRTH = LocalDate.of(2013, 7, 14);

  @Value("${local.server.port}")
  int port;

  @Autowired Clients clients;

  private final HttpClient http = HttpClient.newHttpClient();
  String family = "";
  Client enschede;
  Client amersfoort;

  /** Two children of one (unique) family name: one in Enschede (Twente), one in Amersfoort. */
  @BeforeEach
  void twoClients() {
    family = "Zoekmans" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    Actor admin = Actor.admin("client-search-test");
    enschede =
        clients.register(
            admin, Bsn.of(TestData.bsn()), "Anna " + family, BIRTH, "0153", "test data");
    amersfoort =
        clients.register(
            admin, Bsn.of(TestData.bsn()), "Bram " + family, BIRTH, "0307", "test data");
  }

  @Test
  void findsTheTeamsOwnResidentsByAnyPartOfTheNameInAnyCase() throws Exception {
    JsonNode page = search("toegang-twente", "?name=" + family.toLowerCase().substring(2));
    assertThat(page.path("total").asLong()).isEqualTo(1);
    JsonNode found = page.path("items").get(0);
    assertThat(found.path("pseudonym").asString()).isEqualTo(enschede.pseudonym());
    assertThat(found.path("bsn").asString()).isEqualTo(enschede.bsn().value());
    assertThat(found.path("name").asString()).isEqualTo("Anna " + family);
    assertThat(found.path("birthDate").asString()).isEqualTo("2013-07-14");

    // the Amersfoort team finds its own, never the Enschede child
    JsonNode other = search("toegang-amersfoort", "?name=" + family);
    assertThat(other.path("items").valueStream().map(c -> c.path("pseudonym").asString()))
        .containsExactly(amersfoort.pseudonym());
    assertThat(
            search("toegang-amersfoort", "?bsn=" + enschede.bsn().value()).path("total").asLong())
        .isZero();
  }

  @Test
  void findsByBsnBirthDateAndPseudonymCombined() throws Exception {
    String bsn = enschede.bsn().value();
    assertThat(search("toegang-twente", "?bsn=" + bsn).path("total").asLong()).isEqualTo(1);
    assertThat(
            search("toegang-twente", "?name=" + family + "&birthDate=2013-07-14")
                .path("total")
                .asLong())
        .isEqualTo(1);
    assertThat(
            search("toegang-twente", "?name=" + family + "&birthDate=2013-07-15")
                .path("total")
                .asLong())
        .isZero();
    assertThat(
            search("toegang-twente", "?pseudonym=" + enschede.pseudonym().toLowerCase())
                .path("items")
                .get(0)
                .path("bsn")
                .asString())
        .isEqualTo(bsn);
    // % and _ are no wildcards: they match only themselves
    assertThat(search("toegang-twente", "?name=%25%25").path("total").asLong()).isZero();
  }

  @Test
  void everyClientShownIsAuditedAsSearchWithoutTheValuesSearchedFor() throws Exception {
    String bsn = enschede.bsn().value();
    search("toegang-twente", "?bsn=" + bsn + "&name=" + family);

    List<AuditEntry> log = clients.auditLog(enschede.id(), 10);
    AuditEntry entry = log.getFirst();
    assertThat(entry.action()).isEqualTo("SEARCH");
    assertThat(entry.actor()).isEqualTo("toegang-twente");
    assertThat(entry.why()).contains("bsn").contains("name").doesNotContain(bsn);
    assertThat(entry.why()).doesNotContain(family);
    // a client the search did not show is not audited by it
    assertThat(clients.auditLog(amersfoort.id(), 10))
        .noneSatisfy(e -> assertThat(e.action()).isEqualTo("SEARCH"));
  }

  @Test
  void onlyTheAccessTeamSearches() throws Exception {
    for (String user : List.of("aanbieder-1", "contract-twente", "beleid", "admin")) {
      HttpResponse<String> refused = get(user, "/api/v1/clients?name=" + family);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).doesNotContain(family);
    }
    assertThat(clients.auditLog(enschede.id(), 10))
        .noneSatisfy(e -> assertThat(e.action()).isEqualTo("SEARCH"));
  }

  @Test
  void aSearchNeedsACriterionAndValidOnes() throws Exception {
    HttpResponse<String> none = get("toegang-twente", "/api/v1/clients");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(none.body()).path("detail").asString()).contains("at least one");

    HttpResponse<String> bad =
        get("toegang-twente", "/api/v1/clients?bsn=12345&pseudonym=X-1&name=a&size=0");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(
            JSON.readTree(bad.body())
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder("bsn", "pseudonym", "name", "size");
    assertThat(bad.body()).doesNotContain("12345");
  }

  @Test
  void answersAsCsv() throws Exception {
    HttpResponse<String> csv =
        get("toegang-twente", "/api/v1/clients?name=" + family + "&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> rows = csv.body().lines().toList();
    assertThat(rows.getFirst()).isEqualTo("pseudonym,bsn,name,birthDate,municipality");
    assertThat(rows)
        .containsExactly(
            rows.getFirst(),
            enschede.pseudonym()
                + ","
                + enschede.bsn().value()
                + ",Anna "
                + family
                + ",2013-07-14,0153");
  }

  private JsonNode search(String user, String query) throws Exception {
    HttpResponse<String> response = get(user, "/api/v1/clients" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
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
