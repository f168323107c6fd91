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

/**
 * The meters over real HTTP (docs/operations.md): ADMIN scrapes {@code /actuator/prometheus} in
 * Prometheus' text format and reads {@code /actuator/metrics}; any other role gets 403, nobody
 * signed in 401; health stays open.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsApiTest {

  @Value("${local.server.port}")
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void adminScrapesPrometheusTextWithRequestAndJvmMeters() throws Exception {
    assertThat(get("/api/v1/me", "admin").statusCode()).isEqualTo(200);

    HttpResponse<String> scrape = get("/actuator/prometheus", "admin");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(scrape.body())
        .contains("# TYPE jvm_memory_used_bytes gauge")
        .containsPattern("(?m)^http_server_requests_seconds_count\\{.*uri=\"/api/v1/me\".*} \\d+")
        .containsPattern("(?m)^hikaricp_connections_active\\{pool=\"jeugdregie\"} ");
  }

  @Test
  void adminReadsOneMeter() throws Exception {
    HttpResponse<String> meter = get("/actuator/metrics/jvm.threads.live", "admin");

    assertThat(meter.statusCode()).isEqualTo(200);
    assertThat(meter.body()).contains("\"name\":\"jvm.threads.live\"").contains("\"VALUE\"");
  }

  @Test
  void otherRolesAreRefusedAndAnonymousMustSignIn() throws Exception {
    for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics"}) {
      assertThat(get(path, "aanbieder-1").statusCode()).as(path).isEqualTo(403);
      assertThat(get(path, "beleid").statusCode()).as(path).isEqualTo(403);
      HttpResponse<String> anonymous = get(path, null);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
      assertThat(anonymous.body()).doesNotContain("jvm_");
    }
    assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path, @Nullable String account) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (account != null) {
      String basic =
          Base64.getEncoder().encodeToString((account + ":demo").getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + basic);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
