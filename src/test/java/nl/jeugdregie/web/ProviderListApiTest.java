package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider list over HTTP (issue 11): by name and by contract (region, category, product, in
 * force on a date), paged and sorted, for every signed-in role, as JSON and CSV.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderListApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;

  private final HttpClient http = HttpClient.newHttpClient();
  String family = "";
  String twente = "";
  String both = "";
  String none = "";

  /**
   * Three providers of one unique name: one contracted in Twente for youth help (45) in 2025, one
   * in Twente and IJsselland for one product of 43 from 2026, one without a contract.
   */
  @BeforeEach
  void threeProviders() {
    family = "Lijstzorg" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    twente = TestData.agb();
    both = TestData.agb();
    none = TestData.agb();
    providers.register(twente, "A " + family + " Twente");
    providers.register(both, "B " + family + " 100%_Samen");
    providers.register(none, "C " + family + " zonder contract");
    providers.contract(
        new Contract(
            twente, "twente", "45", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    providers.contract(new Contract(both, "twente", "43", "43A31", LocalDate.of(2026, 1, 1), null));
    providers.contract(
        new Contract(both, "ijsselland", "43", "43A31", LocalDate.of(2026, 1, 1), null));
  }

  @Test
  void everyRoleListsProvidersByNameWithWhereTheyAreContracted() throws Exception {
    for (String user :
        new String[] {"toegang-twente", "aanbieder-1", "contract-twente", "beleid", "admin"}) {
      JsonNode page = list(user, "?name=" + family.toLowerCase());
      assertThat(page.path("total").asLong()).as(user).isEqualTo(3);
    }
    JsonNode page = list("aanbieder-1", "?name=" + family);
    JsonNode first = page.path("items").get(0);
    assertThat(first.path("agb").asString()).isEqualTo(twente);
    assertThat(first.path("regions").asString()).isEqualTo("twente");
    assertThat(first.path("categories").asString()).isEqualTo("45");
    JsonNode second = page.path("items").get(1);
    assertThat(second.path("regions").asString()).isEqualTo("ijsselland, twente");
    assertThat(second.path("contracts").asInt()).isEqualTo(2);
    // a % or _ typed is a character, not a wildcard
    assertThat(list("admin", "?name=" + family + "%20100%25_Samen").path("total").asLong())
        .isEqualTo(1);
    assertThat(list("admin", "?name=" + family + "%20100%25XSamen").path("total").asLong())
        .isZero();
    assertThat(list("admin", "?name=" + family + "%25").path("total").asLong()).isZero();
  }

  @Test
  void filtersByContractPagesAndSorts() throws Exception {
    String mine = "?name=" + family;
    assertThat(agbs(list("admin", mine + "&region=ijsselland"))).containsExactly(both);
    assertThat(agbs(list("admin", mine + "&category=45"))).containsExactly(twente);
    // a contract for all of category 45 covers each of its products
    assertThat(agbs(list("admin", mine + "&product=45A48"))).containsExactly(twente);
    assertThat(agbs(list("admin", mine + "&product=43A31"))).containsExactly(both);
    assertThat(agbs(list("admin", mine + "&contractedOn=2025-06-01"))).containsExactly(twente);
    assertThat(agbs(list("admin", mine + "&contractedOn=2026-06-01&region=twente")))
        .containsExactly(both);

    JsonNode second = list("admin", mine + "&size=2&page=1&sort=name,desc");
    assertThat(second.path("total").asLong()).isEqualTo(3);
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(agbs(second)).containsExactly(twente);
  }

  @Test
  void badFiltersAreNamedAllAtOnceAndTheListAlsoAnswersAsCsv() throws Exception {
    HttpResponse<String> bad =
        get("admin", "/api/v1/providers?category=4&contractedOn=soon&size=0&sort=price", "*/*");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    JsonNode problem = JSON.readTree(bad.body());
    assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-request");
    assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
        .contains("category", "contractedOn", "size");

    HttpResponse<String> unknownSort = get("admin", "/api/v1/providers?sort=price", "*/*");
    assertThat(unknownSort.statusCode()).isEqualTo(400);
    assertThat(unknownSort.body()).contains("sorts by agb, name").doesNotContain("p.name");

    HttpResponse<String> csv =
        get("contract-twente", "/api/v1/providers?name=" + family, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("agb,name,regions,categories,contracts");
    assertThat(lines).hasSize(4);
    assertThat(lines[2]).startsWith(both + ",").contains("\"ijsselland, twente\"");
    assertThat(csv.headers().firstValue("X-Total-Count")).hasValue("3");

    assertThat(get(null, "/api/v1/providers", "*/*").statusCode()).isEqualTo(401);
  }

  private static java.util.List<String> agbs(JsonNode page) {
    return page.path("items").valueStream().map(p -> p.path("agb").asString()).toList();
  }

  private JsonNode list(String user, String query) throws Exception {
    HttpResponse<String> response = get(user, "/api/v1/providers" + query, "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(@Nullable String user, String path, String accept)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept);
    if (user != null) request.header("Authorization", SecurityApiTest.basic(user, "demo"));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
