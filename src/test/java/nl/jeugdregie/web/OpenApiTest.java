package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description documents every endpoint and none of the server-side plumbing. */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

  @Value("${local.server.port}")
  int port;

  private JsonNode apiDocs() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body());
  }

  @Test
  void documentsEveryEndpointOfTheClientRoute() throws Exception {
    JsonNode paths = apiDocs().path("paths");
    List<String> documented = new ArrayList<>();
    paths.propertyNames().forEach(documented::add);
    assertThat(documented)
        .contains(
            "/api/v1/requests",
            "/api/v1/requests/{id}",
            "/api/v1/requests/{id}/decision",
            "/api/v1/requests/{id}/replay",
            "/api/v1/requests/overdue",
            "/api/v1/change-requests",
            "/api/v1/allocations/{municipality}/{number}",
            "/api/v1/allocations/{municipality}/{number}/start",
            "/api/v1/allocations/{municipality}/{number}/stop",
            "/api/v1/clients/{key}/timeline",
            "/api/v1/audit",
            "/api/v1/overview",
            "/api/v1/providers",
            "/api/v1/me");
  }

  @Test
  void hidesTheSignedInActorAndNamesBothWaysToSignIn() throws Exception {
    JsonNode docs = apiDocs();
    assertThat(docs.toString()).doesNotContain("\"name\":\"actor\"");
    assertThat(docs.path("components").path("securitySchemes").has("oidc")).isTrue();
    assertThat(docs.path("components").path("securitySchemes").has("demo")).isTrue();
    assertThat(docs.path("info").path("title").asString()).isEqualTo("jeugdregie API");
  }
}
