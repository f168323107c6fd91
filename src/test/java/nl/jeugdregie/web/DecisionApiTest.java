package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The decision contract over real HTTP, with problem details for bad input. */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionApiTest {

  @Value("${local.server.port}")
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void decidesARequestAsTheCommandLineDoes() throws Exception {
    String request = Files.readString(Path.of("examples/twente-vaktherapie-30-sessions.json"));
    HttpResponse<String> response = post("/api/v1/decisions?policy=twente", request);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"outcome\" : \"APPROVE\"")
        .contains("\"sessions\" : 24")
        .contains("R-TWE-3");
  }

  @Test
  void answersInvalidInputWithAProblemNamingTheField() throws Exception {
    String request =
        Files.readString(Path.of("examples/twente-vaktherapie-30-sessions.json"))
            .replace("\"0164\"", "\"164\"");
    HttpResponse<String> response = post("/api/v1/decisions?policy=twente", request);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(response.body()).contains("\"field\":\"request.municipality\"");
  }

  @Test
  void answersAnUnknownPackWithAProblem() throws Exception {
    String request = Files.readString(Path.of("examples/twente-vaktherapie-30-sessions.json"));
    HttpResponse<String> response = post("/api/v1/decisions?policy=utrecht", request);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("no policy pack 'utrecht'");
  }

  @Test
  void listsTheShippedPacks() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/policies"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("amersfoort", "ijsselland", "twente", "noord-limburg", "amstelveen-aalsmeer");
  }
}
