package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the README's curl walkthroughs (bash, curl, jq) against a server on a random port and
 * compares their output with the expected output printed under them; then runs them again and shows
 * that, thanks to the Idempotency-Keys, nothing changed.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeWalkthroughTest {

  private static final Pattern WALKTHROUGH =
      Pattern.compile(
          "<!-- walkthrough: (\\w+) -->\\s*```bash\\n(.*?)```\\s*```text\\n(.*?)```\\s*<!-- /walkthrough -->",
          Pattern.DOTALL);

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;
  @Autowired JdbcClient db;

  /** The demo provider the walkthrough acts as, contracted as the demo loader would. */
  @BeforeEach
  void contractTheDemoProvider() {
    providers.register(DemoAccounts.PROVIDER_1_AGB, "Demo aanbieder 1");
    for (String region : List.of("twente", "amersfoort")) {
      providers.contract(
          new Contract(
              DemoAccounts.PROVIDER_1_AGB, region, "45", null, LocalDate.of(2020, 1, 1), null));
    }
  }

  record Walkthrough(String name, String script, String expected) {}

  static List<Walkthrough> walkthroughs() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<Walkthrough> found = new ArrayList<>();
    Matcher m = WALKTHROUGH.matcher(readme);
    while (m.find()) found.add(new Walkthrough(m.group(1), m.group(2), m.group(3).strip()));
    return found;
  }

  @Test
  void theReadmeHasItsWalkthroughs() throws Exception {
    assertThat(walkthroughs())
        .extracting(Walkthrough::name)
        .containsExactly("twente", "amersfoort", "caseload", "allocations");
  }

  @Test
  void theReadmeWalkthroughsPrintWhatTheReadmeSaysAndCanBeRunTwice() throws Exception {
    for (Walkthrough walkthrough : walkthroughs()) {
      assertThat(run(walkthrough)).as(walkthrough.name()).isEqualTo(walkthrough.expected());
      long requests = count("allocation.request");
      long versions = count("allocation.allocation_version");
      long events = count("allocation.delivery_event");
      assertThat(run(walkthrough))
          .as(walkthrough.name() + ", again")
          .isEqualTo(walkthrough.expected());
      assertThat(count("allocation.request")).isEqualTo(requests);
      assertThat(count("allocation.allocation_version")).isEqualTo(versions);
      assertThat(count("allocation.delivery_event")).isEqualTo(events);
    }
  }

  private long count(String table) {
    return db.sql("select count(*) from " + table).query(Long.class).single();
  }

  private String run(Walkthrough walkthrough) throws Exception {
    String script =
        "set -euo pipefail\n" + walkthrough.script().replace("localhost:8080", "localhost:" + port);
    Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as(
            "walkthrough %s failed: %s",
            walkthrough.name(), new String(err, StandardCharsets.UTF_8))
        .isZero();
    return new String(out, StandardCharsets.UTF_8).strip();
  }
}
