package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The decision contract exactly as integrations call it: {@code java -jar target/jeugdregie.jar
 * decide ...} as a separate process, with its stdout and exit code. Runs after packaging
 * (failsafe).
 */
class DecideJarIT {

  record Result(int exit, String out, String err) {}

  private static Result jar(String... args) throws Exception {
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(List.of(javaBin, "-jar", Path.of("target", "jeugdregie.jar").toString()));
    command.addAll(List.of(args));
    File err = File.createTempFile("jeugdregie", ".err");
    Process process = new ProcessBuilder(command).redirectError(err).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), out, Files.readString(err.toPath()));
  }

  /** The shipped XSDs import each other from inside the executable jar (a nested jar URL). */
  @Test
  void theJarValidatesAnIjwMessageAndReportsEveryRuleOfTheExport() throws Exception {
    Result valid = jar("ijw", "validate", "src/test/resources/ijw/samples/JW301.xml");
    assertThat(valid.exit()).as(valid.err()).isZero();
    assertThat(valid.out()).contains("JW301 valid");
    Result broken = jar("ijw", "validate", "src/test/resources/ijw/rules/CD075/fail.xml");
    assertThat(broken.exit()).as(broken.err()).isEqualTo(1);
    assertThat(broken.out()).contains("CD075 (return code 0001)");
    Result rules = jar("ijw", "rules");
    assertThat(rules.exit()).as(rules.err()).isZero();
    assertThat(rules.out())
        .containsPattern("307 rules: \\d+ implemented, \\d+ not applicable, 0 missing");
  }

  @Test
  void theJarDecidesATwenteRequestOverSixThousandMinutesAsInvestigate() throws Exception {
    Result result =
        jar("decide", "--policy", "twente", "--request", "examples/twente-over-6000-minutes.json");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out().strip())
        .startsWith("{")
        .endsWith("}")
        .contains("\"outcome\" : \"INVESTIGATE\"");
  }

  @Test
  void theJarAllocatesAmersfoortLevelTwoWithoutTheCheckAtLevelOne() throws Exception {
    Result result =
        jar(
            "decide",
            "--policy",
            "amersfoort",
            "--request",
            "examples/amersfoort-level-2-without-check.json");
    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains(
            "\"outcome\" : \"APPROVE\"",
            "\"level\" : 1",
            "\"budgetCents\" : 200000",
            "\"effect\" : \"ADJUST\"");
  }

  @Test
  void theJarExitsTwoAndNamesTheFieldForBadInput() throws Exception {
    Path bad = Files.createTempFile("bad", ".json");
    Files.writeString(bad, "{\"kind\": \"FIRST\"}");
    Result result = jar("decide", "--policy", "twente", "--request", bad.toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("request.kind").contains("FIRST");
  }
}
