package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.billing.Tariffs;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import killed half-way: {@code java -jar target/jeugdregie.jar import declarations} on the
 * demo month's database (embedded PostgreSQL in a data folder), killed with SIGKILL once its
 * progress shows it part-way. The database then holds every declaration of the file fully (both its
 * lines, its approved line in the ledger) or not at all; the same import again answers the booked
 * ones from their stored answers, books the rest, and the ledger reconciles.
 *
 * <p>The file is made from the demo month as read back over HTTP by admin: for every allocation a
 * declaration of two March lines (one unit at the pack's tariff, and the same again under another
 * reference, which TR389 rejects), so each declaration has an approved and a rejected line.
 */
class ImportKillJarIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+) declarations");

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
  void aKilledImportLeavesEveryDeclarationWholeOrAbsentAndARerunCompletesIt() throws Exception {
    startServer();
    List<String> declarations = declarationsOfTheDemoMonth();
    assertThat(declarations).hasSizeGreaterThan(200);
    Path file = home.resolve("march.jsonl");
    Files.writeString(file, String.join("\n", declarations) + "\n");
    stopServer();

    // the import, slowed down by the test-only throttle, killed once it is part-way
    Path err = home.resolve("import-1.err");
    Process run =
        importer(file, err, "--progress-every=10", "--jeugdregie.import.pause-ms=30").start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    int seen = 0;
    while (seen < 50 && System.nanoTime() < deadline) {
      assertThat(run.isAlive()).as(() -> read(err.toFile())).isTrue();
      Thread.sleep(100);
      Matcher m = PROGRESS.matcher(read(err.toFile()));
      while (m.find()) seen = Integer.parseInt(m.group(1));
    }
    assertThat(seen).as(() -> read(err.toFile())).isGreaterThanOrEqualTo(50);
    run.destroyForcibly();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

    // what the killed run left behind, read straight from its data folder
    Map<String, Booked> afterKill = booked();
    assertThat(afterKill.size())
        .as("part-way: some declarations booked, not all")
        .isBetween(seen, declarations.size() - 1);
    assertThat(afterKill.values())
        .as("every declaration whole: both lines, its approved line in the ledger")
        .allSatisfy(
            b -> {
              assertThat(b.lines()).isEqualTo(2);
              assertThat(b.entries()).isEqualTo(b.approved());
            });

    // the same file again completes it; what was booked is answered from the stored answers
    ProcessBuilder again = importer(file, home.resolve("import-2.err"));
    Path out = home.resolve("import-2.out");
    Process rerun = again.redirectOutput(out.toFile()).start();
    assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).as(() -> read(home.resolve("import-2.err").toFile())).isZero();
    assertThat(Files.readString(out))
        .startsWith(
            "imported " + declarations.size() + " declarations (" + afterKill.size() + " replayed)")
        .contains("0 refused, 0 unreadable");

    Map<String, Booked> complete = booked();
    assertThat(complete).hasSize(declarations.size());
    assertThat(complete.values())
        .allSatisfy(
            b -> {
              assertThat(b.lines()).isEqualTo(2);
              assertThat(b.entries()).isEqualTo(b.approved());
            });
    assertThat(complete.values().stream().mapToLong(Booked::approved).sum())
        .as("most first lines approved, so the ledger has something to prove")
        .isGreaterThan(declarations.size() / 2);
    for (Map.Entry<String, Booked> first : afterKill.entrySet()) {
      assertThat(complete.get(first.getKey())).isEqualTo(first.getValue());
    }

    startServer();
    JsonNode reconciliation = JSON.readTree(get("/api/v1/ledger/reconciliation"));
    assertThat(reconciliation.path("mismatches").size()).isZero();
    assertThat(reconciliation.path("entries").asLong())
        .isEqualTo(complete.values().stream().mapToLong(Booked::entries).sum());
  }

  /** One declaration as found in the database: its lines, approved lines and ledger entries. */
  record Booked(long lines, long approved, long entries) {}

  /**
   * The declarations of the test (numbers starting with K), read with a PostgreSQL started here on
   * the data folder; a server the killed JVM left running there is stopped first, as the
   * application does on start.
   */
  private Map<String, Booked> booked() throws Exception {
    Path data = home.resolve("pgdata");
    stopOrphan(data);
    Map<String, Booked> found = new TreeMap<>();
    try (EmbeddedPostgres pg =
            EmbeddedPostgres.builder()
                .setDataDirectory(data.toFile())
                .setCleanDataDirectory(false)
                .start();
        Connection c = pg.getDatabase("postgres", "jeugdregie").getConnection();
        Statement s = c.createStatement()) {
      ResultSet rs =
          s.executeQuery(
              """
              select d.provider_agb || '/' || d.number as id, count(l.id) as lines,
                     count(l.id) filter (where l.approved) as approved, count(e.id) as entries
                from billing.declaration d
                left join billing.line l on l.declaration_id = d.id
                left join billing.ledger_entry e on e.line_id = l.id
               where d.number like 'K%'
               group by d.provider_agb, d.number""");
      while (rs.next()) {
        found.put(
            rs.getString("id"),
            new Booked(rs.getLong("lines"), rs.getLong("approved"), rs.getLong("entries")));
      }
      ResultSet orphans =
          s.executeQuery(
              "select count(*) from billing.line l where not exists"
                  + " (select 1 from billing.declaration d where d.id = l.declaration_id)");
      orphans.next();
      assertThat(orphans.getLong(1)).isZero();
    }
    return found;
  }

  private static void stopOrphan(Path data) throws Exception {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) return;
    long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
    var orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (orphan.isPresent()) {
      orphan.get().destroy();
      orphan.get().onExit().get(60, TimeUnit.SECONDS);
    }
  }

  /**
   * For every allocation of the demo month (found as admin: numbers per municipality from 1 until
   * the first 404) one declaration of two lines for March 2025, in a stable order.
   */
  private List<String> declarationsOfTheDemoMonth() throws Exception {
    PolicyCatalog catalog = PolicyCatalog.load(null);
    TreeSet<String> municipalities = new TreeSet<>();
    for (PolicyPack pack : catalog.all()) municipalities.addAll(pack.municipalities().keySet());
    List<String> declarations = new ArrayList<>();
    LocalDate first = LocalDate.of(2025, 3, 1);
    LocalDate last = LocalDate.of(2025, 3, 31);
    for (String municipality : municipalities) {
      for (int number = 1; ; number++) {
        HttpResponse<String> response =
            http.send(
                request("/api/v1/allocations/" + municipality + "/" + number).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) break;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode a = JSON.readTree(response.body());
        JsonNode current = a.path("current");
        LocalDate start = LocalDate.parse(current.path("period").path("start").asString());
        String endText = current.path("period").path("end").asString("");
        LocalDate end = endText.isEmpty() ? last : LocalDate.parse(endText);
        if (start.isAfter(last) || end.isBefore(first)) continue;
        LocalDate from = start.isAfter(first) ? start : first;
        LocalDate to = end.isBefore(last) ? end : last;
        String category = a.path("product").path("category").asString();
        String code = a.path("product").path("code").asString("");
        JsonNode volume = current.path("volume");
        String unit =
            volume.isMissingNode() || volume.isNull() ? "14" : volume.path("unit").asString();
        PolicyPack pack = catalog.regionOf(municipality, from).orElseThrow();
        Long tariff = Tariffs.tariffCents(pack, category, code.isEmpty() ? null : code, from);
        long cents = tariff == null ? 100 : tariff;
        String id = "K" + municipality + number;
        declarations.add(
            JSON.writeValueAsString(
                Map.of(
                    "providerAgb",
                    a.path("providerAgb").asString(),
                    "number",
                    id,
                    "municipality",
                    municipality,
                    "period",
                    "2025-03",
                    "receivedOn",
                    "2025-04-02",
                    "clients",
                    List.of(
                        Map.of(
                            "bsn",
                            a.path("client").path("bsn").asString(),
                            "lines",
                            List.of(
                                line(id + "a", number, category, code, from, to, unit, cents),
                                line(id + "b", number, category, code, from, to, unit, cents)))))));
      }
    }
    return declarations;
  }

  private static Map<String, Object> line(
      String reference,
      int allocation,
      String category,
      String code,
      LocalDate from,
      LocalDate to,
      String unit,
      long cents) {
    Map<String, Object> product = new TreeMap<>();
    product.put("category", category);
    if (!code.isEmpty()) product.put("code", code);
    Map<String, Object> line = new TreeMap<>();
    line.put("reference", reference);
    line.put("debitCredit", "D");
    line.put("allocationNumber", allocation);
    line.put("product", product);
    line.put("productPeriod", Map.of("start", from.toString(), "end", to.toString()));
    line.put("volume", Map.of("amount", 1, "unit", unit));
    line.put("tariffCents", cents);
    line.put("amountCents", cents);
    return line;
  }

  private ProcessBuilder importer(Path file, Path err, String... extra) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-jar",
            Path.of("target", "jeugdregie.jar").toString(),
            "import",
            "declarations",
            file.toString()));
    command.addAll(List.of(extra));
    ProcessBuilder builder = new ProcessBuilder(command);
    environment(builder);
    return builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private void environment(ProcessBuilder builder) {
    builder.environment().put("JEUGDREGIE_DB_DIR", home.resolve("pgdata").toString());
    builder.environment().put("JEUGDREGIE_DEMO", "true");
    builder.environment().remove("JEUGDREGIE_DB_URL");
  }

  private void startServer() throws Exception {
    port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                Path.of("target", "jeugdregie.jar").toString(),
                "serve",
                "--server.port=" + port));
    environment(builder);
    File log = home.resolve("server-" + System.nanoTime() + ".log").toFile();
    Process started = builder.redirectErrorStream(true).redirectOutput(log).start();
    server = started;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      assertThat(started.isAlive()).as(() -> read(log)).isTrue();
      try {
        if (http.send(
                    request("/api/v1/policies").GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("server did not start within 180 s:\n" + read(log));
  }

  private void stopServer() throws Exception {
    Process running = java.util.Objects.requireNonNull(server);
    running.destroy();
    assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
  }

  private static String read(File file) {
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
