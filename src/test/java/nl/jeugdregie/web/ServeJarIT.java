package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as users run it: {@code java -jar target/jeugdregie.jar serve} with embedded
 * PostgreSQL in a data folder, the demo month loaded on the first start. A restart, after a clean
 * stop or after the process was killed, keeps every record and does not load the demo twice.
 */
class ServeJarIT {

  @TempDir Path home;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private @Nullable Process server;
  private int port;

  @AfterEach
  void stop() throws Exception {
    Process running = server;
    if (running != null && running.isAlive()) {
      running.destroy();
      running.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void keepsEveryRecordOverACleanRestartAndOverAKill() throws Exception {
    start();
    String created =
        post(
            "/api/v1/requests",
            "aanbieder-1",
            Files.readString(Path.of("examples/route/amersfoort-level-1.json")));
    assertThat(created).contains("\"state\":\"APPROVED\"");
    String id = created.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    String figures = get("/api/v1/overview", "beleid");

    Process first = java.util.Objects.requireNonNull(server);
    first.destroy();
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    start();
    assertThat(get("/api/v1/requests/" + id, "toegang-amersfoort"))
        .contains("\"state\":\"APPROVED\"", "\"bsn\":\"123456782\"");
    assertThat(get("/api/v1/overview", "beleid")).isEqualTo(figures);

    Process second = java.util.Objects.requireNonNull(server);
    second.destroyForcibly();
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    start();
    assertThat(get("/api/v1/requests/" + id, "toegang-amersfoort")).contains("\"APPROVED\"");
    assertThat(get("/api/v1/overview", "beleid")).isEqualTo(figures);
  }

  private void start() throws Exception {
    port = freePort();
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                javaBin,
                "-jar",
                Path.of("target", "jeugdregie.jar").toString(),
                "serve",
                "--server.port=" + port));
    builder.environment().put("JEUGDREGIE_DB_DIR", home.resolve("pgdata").toString());
    builder.environment().remove("JEUGDREGIE_DB_URL");
    File log = home.resolve("server-" + System.nanoTime() + ".log").toFile();
    Process started = builder.redirectErrorStream(true).redirectOutput(log).start();
    server = started;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertThat(started.isAlive()).as(() -> read(log)).isTrue();
      try {
        if (http.send(request("/api/v1/policies", null).GET().build(), body()).statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("server did not start within 120 s:\n" + read(log));
  }

  private String get(String path, String user) throws Exception {
    HttpResponse<String> response = http.send(request(path, user).GET().build(), body());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private String post(String path, String user, String json) throws Exception {
    HttpResponse<String> response =
        http.send(
            request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            body());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response.body();
  }

  private HttpRequest.Builder request(String path, @Nullable String user) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30));
    if (user != null) {
      String basic = user + ":demo";
      builder.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static String read(File log) {
    try {
      return Files.readString(log.toPath());
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
