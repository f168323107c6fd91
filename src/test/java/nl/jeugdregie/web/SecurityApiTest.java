package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.jeugdregie.Jeugdregie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Sign-in over real HTTP: open endpoints, 401 problems, and the actor a demo account becomes. */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityApiTest {

  @Value("${local.server.port}")
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path, @Nullable String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) request.header("Authorization", authorization);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(response.body()).contains("\"title\"").contains("\"detail\"");
  }

  @Test
  void refusesAnonymousCallsToClosedEndpointsWithAProblem() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", null);
    assertProblem(response, 401);
    assertThat(response.body()).contains("sign in");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"jeugdregie\"");
  }

  @Test
  void refusesAWrongPasswordWithAProblem() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", basic("admin", "geheim"));
    assertProblem(response, 401);
    assertThat(response.body()).contains("wrong user name or password");
  }

  /**
   * Five wrong passwords for one account: the sixth attempt, even with the right password, is a 429
   * with Retry-After; after that wait the right password signs in again. (Adds 5 failures from
   * 127.0.0.1, far below the address limit of 20 for the tests sharing this server.)
   */
  @Test
  void limitsFailedSignInsWithA429AndRecovers() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertProblem(get("/api/v1/me", basic("contract-ijsselland", "guess-" + i)), 401);
    }
    HttpResponse<String> limited = get("/api/v1/me", basic("contract-ijsselland", "demo"));
    assertProblem(limited, 429);
    assertThat(limited.body()).contains("too many failed sign-ins");
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(get("/api/v1/me", basic("admin", "demo")).statusCode())
        .as("other accounts sign in meanwhile")
        .isEqualTo(200);

    Thread.sleep(1_100);
    HttpResponse<String> recovered = get("/api/v1/me", basic("contract-ijsselland", "demo"));
    assertThat(recovered.statusCode()).isEqualTo(200);
    assertThat(recovered.body()).contains("\"name\":\"contract-ijsselland\"");
  }

  @Test
  void refusesAnUnknownUserWithAProblem() throws Exception {
    assertProblem(get("/api/v1/me", basic("burgemeester", "demo")), 401);
  }

  @Test
  void refusesUnknownPathsUnderTheApiWithoutSignIn() throws Exception {
    assertProblem(get("/api/v1/clients", null), 401);
  }

  @Test
  void servesThePackListAndTheApiDescriptionAnonymously() throws Exception {
    assertThat(get("/api/v1/policies", null).statusCode()).isEqualTo(200);
    HttpResponse<String> apiDocs = get("/v3/api-docs", null);
    assertThat(apiDocs.statusCode()).isEqualTo(200);
    assertThat(apiDocs.body()).contains("/api/v1/decisions");
  }

  @Test
  void resolvesAnAccessTeamWithAllItsRegionsMunicipalities() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", basic("toegang-amersfoort", "demo"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"toegang-amersfoort\"")
        .contains("\"role\":\"TOEGANG\"")
        .contains("\"0307\"", "\"0313\"", "\"0327\"")
        .doesNotContain("\"agb\"", "\"region\"");
  }

  @Test
  void resolvesAProviderWithItsAgbCode() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", basic("aanbieder-2", "demo"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"role\":\"AANBIEDER\"")
        .contains("\"agb\":\"" + DemoAccounts.PROVIDER_2_AGB + "\"")
        .contains("\"municipalities\":[]");
  }

  @Test
  void resolvesAContractManagerWithItsRegion() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", basic("contract-twente", "demo"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"role\":\"CONTRACT\"").contains("\"region\":\"twente\"");
  }

  @Test
  void anOpenEndpointAlsoServesASignedInUser() throws Exception {
    assertThat(get("/api/v1/policies", basic("beleid", "demo")).statusCode()).isEqualTo(200);
  }
}
