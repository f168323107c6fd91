package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.JarServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as users run it: {@code java -jar target/jeugdregie.jar serve} with embedded
 * PostgreSQL in a data folder, the demo month loaded on the first start. A restart, after a clean
 * stop or after the process was killed, keeps every record and does not load the demo twice. It
 * also saves the OpenAPI document the jar serves, from which a Java client is generated and
 * compiled next (issue 11).
 */
class ServeJarIT {

  /** Where the generated-client check (pom.xml, maven-invoker-plugin) reads the document. */
  static final Path OPENAPI = Path.of("target/openapi/jeugdregie.json");

  @TempDir Path home;

  private @Nullable JarServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) server.close();
  }

  @Test
  void keepsEveryRecordOverACleanRestartAndOverAKill() throws Exception {
    JarServer first = start();
    // the API description as the jar serves it, for the generated-client check that follows in
    // this phase (src/it/generated-client, run by maven-invoker-plugin)
    HttpResponse<String> docs = first.get("/v3/api-docs", null);
    assertThat(docs.statusCode()).isEqualTo(200);
    Files.createDirectories(OPENAPI.getParent());
    Files.writeString(OPENAPI, docs.body());
    // the web application: / opens on the Dutch sign-in form, with what its pages load
    HttpResponse<String> home = first.get("/", null);
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    HttpResponse<String> login = first.get("/login", null);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<h2>Aanmelden</h2>", "name=\"_csrf\"", "toegang-twente");
    for (String file :
        List.of("/webjars/htmx.org/dist/htmx.min.js", "/css/app.css", "/js/app.js")) {
      assertThat(first.get(file, null).statusCode()).as(file).isEqualTo(200);
    }
    HttpResponse<String> created =
        first.post(
            "/api/v1/requests",
            "aanbieder-1",
            Files.readString(Path.of("examples/route/amersfoort-level-1.json")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"state\":\"APPROVED\"");
    String id = created.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    String figures = first.read("/api/v1/overview", "beleid");

    first.stop();
    JarServer second = start();
    assertThat(second.read("/api/v1/requests/" + id, "toegang-amersfoort"))
        .contains("\"state\":\"APPROVED\"", "\"bsn\":\"123456782\"");
    assertThat(second.read("/api/v1/overview", "beleid")).isEqualTo(figures);

    second.kill();
    JarServer third = start();
    assertThat(third.read("/api/v1/requests/" + id, "toegang-amersfoort")).contains("\"APPROVED\"");
    assertThat(third.read("/api/v1/overview", "beleid")).isEqualTo(figures);
  }

  private JarServer start() throws Exception {
    JarServer started = JarServer.start(home, Map.of());
    server = started;
    return started;
  }
}
