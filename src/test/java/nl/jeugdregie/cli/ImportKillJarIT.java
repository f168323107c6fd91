package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.DemoDeclarations;
import nl.jeugdregie.JarServer;
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
 * declaration of two lines for the current month (see DemoDeclarations): one unit at the pack's
 * tariff, and the same again under another reference, which TR389 rejects, so each declaration has
 * an approved and a rejected line.
 */
class ImportKillJarIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+) declarations");

  private static final Map<String, String> DEMO = Map.of("JEUGDREGIE_DEMO", "true");

  @TempDir Path home;

  private @Nullable JarServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) server.close();
  }

  @Test
  void aKilledImportLeavesEveryDeclarationWholeOrAbsentAndARerunCompletesIt() throws Exception {
    JarServer demo = start();
    List<String> declarations = DemoDeclarations.of(demo, "K", 2, Integer.MAX_VALUE);
    assertThat(declarations).hasSizeGreaterThan(200);
    // the demo books its own month's declarations: the ledger's entries before the import
    long demoEntries =
        JSON.readTree(demo.read("/api/v1/ledger/reconciliation", "admin")).path("entries").asLong();
    Path file = home.resolve("declarations.jsonl");
    Files.writeString(file, String.join("\n", declarations) + "\n");
    demo.stop();

    // the import, slowed down by the test-only throttle, killed once it is part-way
    Path err = home.resolve("import-1.err");
    Process run =
        importer(file, err, "--progress-every=10", "--jeugdregie.import.pause-ms=30").start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    int seen = 0;
    while (seen < 50 && System.nanoTime() < deadline) {
      assertThat(run.isAlive()).as(() -> JarServer.read(err.toFile())).isTrue();
      Thread.sleep(100);
      Matcher m = PROGRESS.matcher(JarServer.read(err.toFile()));
      while (m.find()) seen = Integer.parseInt(m.group(1));
    }
    assertThat(seen).as(() -> JarServer.read(err.toFile())).isGreaterThanOrEqualTo(50);
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
    assertThat(rerun.exitValue())
        .as(() -> JarServer.read(home.resolve("import-2.err").toFile()))
        .isZero();
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

    JarServer last = start();
    JsonNode reconciliation = JSON.readTree(last.read("/api/v1/ledger/reconciliation", "admin"));
    assertThat(reconciliation.path("mismatches").size()).isZero();
    assertThat(reconciliation.path("entries").asLong())
        .isEqualTo(demoEntries + complete.values().stream().mapToLong(Booked::entries).sum());
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

  private ProcessBuilder importer(Path file, Path err, String... extra) {
    List<String> args = new ArrayList<>(List.of("import", "declarations", file.toString()));
    args.addAll(List.of(extra));
    return JarServer.jar(home, DEMO, args.toArray(String[]::new))
        .redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private JarServer start() throws Exception {
    JarServer started = JarServer.start(home, DEMO);
    server = started;
    return started;
  }
}
