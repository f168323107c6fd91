package nl.jeugdregie.bench;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import nl.jeugdregie.Jeugdregie;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Signed-in throughput against the anonymous decision endpoint, in the same run on the same server:
 * {@code users} concurrent users (default 16) each send requests one after the other for {@code
 * seconds} seconds (default 10, after {@code warmup} seconds, default 3), first to the open {@code
 * POST /api/v1/decisions?policy=twente} (examples/twente-vaktherapie-30-sessions.json, no sign-in),
 * then to {@code GET /api/v1/me} with HTTP Basic as the demo accounts (user {@code i} signs in as
 * demo account {@code i mod 11}). Prints requests per second of both and the ratio signed-in /
 * anonymous; the ratio is what compares runs on different machines or code.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench.main=nl.jeugdregie.bench.SignedInBenchmark
 * -Dbench.args="users=16 seconds=10 warmup=3"}. The server is the application on a random port of
 * 127.0.0.1 with the test configuration (embedded PostgreSQL in a temporary folder, no demo month);
 * every request goes to that port only and each phase is bounded by its time.
 */
public final class SignedInBenchmark {

  private static final List<String> ACCOUNTS =
      List.of(
          "toegang-amersfoort",
          "toegang-ijsselland",
          "toegang-twente",
          "toegang-noord-limburg",
          "toegang-amstelveen-aalsmeer",
          "aanbieder-1",
          "aanbieder-2",
          "contract-twente",
          "contract-ijsselland",
          "beleid",
          "admin");

  private SignedInBenchmark() {}

  /** What one phase did: answers by status class and the time it ran. */
  record Phase(long ok, long failed, double seconds) {
    double perSecond() {
      return ok / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq > 0) options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    int users = Integer.parseInt(options.getOrDefault("users", "16"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
    String decision = Files.readString(Path.of("examples/twente-vaktherapie-30-sessions.json"));

    try (ConfigurableApplicationContext spring =
        new SpringApplicationBuilder(Jeugdregie.class)
            .properties(
                "jeugdregie.demo.load=false",
                "server.port=0",
                "server.address=127.0.0.1",
                "logging.level.root=WARN")
            .run()) {
      String port = spring.getEnvironment().getRequiredProperty("local.server.port");
      String base = "http://127.0.0.1:" + port;
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      IntFunction<HttpRequest> anonymous =
          user ->
              HttpRequest.newBuilder(URI.create(base + "/api/v1/decisions?policy=twente"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(decision))
                  .build();
      IntFunction<HttpRequest> signedIn =
          user -> {
            String basic = ACCOUNTS.get(user % ACCOUNTS.size()) + ":demo";
            return HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .timeout(Duration.ofSeconds(30))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
          };

      run(http, users, warmup, anonymous);
      Phase open = run(http, users, seconds, anonymous);
      run(http, users, warmup, signedIn);
      Phase closed = run(http, users, seconds, signedIn);

      System.out.printf(
          Locale.ROOT,
          "%nSigned-in benchmark, %d users, %d s a phase (after %d s warm-up), %d cores%n",
          users,
          seconds,
          warmup,
          Runtime.getRuntime().availableProcessors());
      print("anonymous POST /api/v1/decisions", open);
      print("signed-in GET /api/v1/me (Basic)", closed);
      System.out.printf(
          Locale.ROOT,
          "  ratio signed-in / anonymous: %.3f%n",
          closed.perSecond() / open.perSecond());
    }
  }

  private static void print(String what, Phase phase) {
    System.out.printf(
        Locale.ROOT,
        "  %-34s %,9.1f requests/s (%,d answered 2xx, %,d other, %.1f s)%n",
        what,
        phase.perSecond(),
        phase.ok(),
        phase.failed(),
        phase.seconds());
  }

  /** {@code users} threads, each sending one request after the other until the time is up. */
  private static Phase run(HttpClient http, int users, int seconds, IntFunction<HttpRequest> make)
      throws Exception {
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        int user = u;
        futures.add(
            pool.submit(
                () -> {
                  HttpRequest request = make.apply(user);
                  while (System.nanoTime() < end) {
                    HttpResponse<Void> response =
                        http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() / 100 == 2) ok.incrementAndGet();
                    else failed.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) f.get();
    }
    return new Phase(ok.get(), failed.get(), (System.nanoTime() - start) / 1e9);
  }
}
