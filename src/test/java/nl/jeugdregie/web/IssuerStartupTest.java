package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With only an issuer configured (no network here) the server starts without asking the issuer
 * anything: its keys are fetched on the first bearer token.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "jeugdregie.security.oidc-issuer=https://login.example.invalid/realms/jeugdregie")
class IssuerStartupTest {

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void startsWithoutContactingTheIssuerAndServesTheOpenEndpoints() throws Exception {
    assertThat(get("/api/v1/policies").statusCode()).isEqualTo(200);
    HttpResponse<String> closed = get("/api/v1/me");
    assertThat(closed.statusCode()).isEqualTo(401);
    assertThat(closed.body()).contains("an OIDC bearer token");
  }
}
