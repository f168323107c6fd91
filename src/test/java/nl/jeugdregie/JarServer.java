package nl.jeugdregie;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The built jar as users run it, for the {@code *IT} tests: {@code java -jar target/jeugdregie.jar
 * serve} with embedded PostgreSQL in {@code home/pgdata}, ready once it answers readiness; and the
 * jar's other commands on the same data folder. Callers sign in with the demo accounts.
 */
public final class JarServer implements AutoCloseable {

  private static final Duration START = Duration.ofSeconds(180);

  private final Process process;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private JarServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server on a free port with {@code env} added, and waits until it is ready. */
  public static JarServer start(Path home, Map<String, String> env) throws Exception {
    int port = freePort();
    ProcessBuilder builder = jar(home, env, "serve", "--server.port=" + port);
    File log = home.resolve("server-" + System.nanoTime() + ".log").toFile();
    JarServer server =
        new JarServer(builder.redirectErrorStream(true).redirectOutput(log).start(), port);
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(server.process.isAlive()).as(() -> read(log)).isTrue();
      try {
        if (server.get("/actuator/health/readiness", null).statusCode() == 200) return server;
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    server.kill();
    throw new AssertionError("server did not start within " + START + ":\n" + read(log));
  }

  /**
   * {@code java -jar target/jeugdregie.jar args...} on {@code home/pgdata} with {@code env} added,
   * never on a server database from the caller's environment.
   */
  public static ProcessBuilder jar(Path home, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(Path.of("target", "jeugdregie.jar").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JEUGDREGIE_DB_DIR", home.resolve("pgdata").toString());
    builder.environment().remove("JEUGDREGIE_DB_URL");
    builder.environment().putAll(env);
    return builder;
  }

  public Process process() {
    return process;
  }

  public HttpResponse<String> get(String path, @Nullable String user)
      throws IOException, InterruptedException {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The body of a GET that must answer 200. */
  public String read(String path, String user) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  public HttpResponse<String> post(String path, @Nullable String user, String json)
      throws IOException, InterruptedException {
    return http.send(
        request(path, user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A clean stop (SIGTERM), as an operator stops it. */
  public void stop() throws InterruptedException {
    process.destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  /** SIGKILL: the JVM gets no chance to stop anything. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
    }
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

  /** A file's text for an assertion message, or why there is none. */
  public static String read(File file) {
    try {
      return Files.readString(file.toPath());
    } catch (IOException e) {
      return "(nothing: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
