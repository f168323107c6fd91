package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The decision contract on the command line: stdout, stderr and exit codes
 * (docs/decision-contract.md).
 */
class DecideCommandTest {

  @TempDir Path dir;

  private static final String TWENTE_7000_MINUTES =
      """
      {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
       "client": {"birthDate": "2014-05-01"},
       "referrer": {"type": "02", "letterDate": "2025-02-01"},
       "product": {"category": "45", "code": "45B01"},
       "period": {"start": "2025-03-10", "end": "2025-12-31"},
       "volume": {"amount": 7000, "unit": "01", "frequency": "6"}}
      """;

  record Run(int exit, String out, String err) {}

  private Run decide(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = JeugdregieCommand.commandLine(Jeugdregie.class);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, content);
    return path;
  }

  @Test
  void printsOneJsonDecisionAndExitsZero() throws Exception {
    Run run =
        decide(
            "decide",
            "--policy",
            "twente",
            "--request",
            file("r.json", TWENTE_7000_MINUTES).toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("\"outcome\" : \"INVESTIGATE\"")
        .contains("\"rule\" : \"R-TWE-2\"")
        .contains("\"validFrom\" : \"2025-01-01\"");
  }

  @Test
  void namesTheFieldAndExitsTwoOnInvalidInput() throws Exception {
    String bad = TWENTE_7000_MINUTES.replace("\"2025-12-31\"", "\"2025-02-31\"");
    Run run = decide("decide", "--policy", "twente", "--request", file("bad.json", bad).toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("request.period.end").contains("2025-02-31");
  }

  @Test
  void refusesAnUnknownFieldRatherThanIgnoringIt() throws Exception {
    String typo =
        TWENTE_7000_MINUTES
            .replace("\"priorContact\"", "x")
            .replace("\"kind\"", "\"priorContakt\": true, \"kind\"");
    Run run =
        decide("decide", "--policy", "twente", "--request", file("typo.json", typo).toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("request.priorContakt").contains("not a field");
  }

  @Test
  void saysClearlyWhenNoPackVersionIsInForce() throws Exception {
    String early =
        TWENTE_7000_MINUTES.replace(
            "\"receivedOn\": \"2025-03-03\"", "\"receivedOn\": \"2024-12-01\"");
    Run run =
        decide("decide", "--policy", "twente", "--request", file("early.json", early).toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no version of pack 'twente' is in force on 2024-12-01");
  }

  @Test
  void namesAnUnknownPack() throws Exception {
    Run run =
        decide(
            "decide",
            "--policy",
            "utrecht",
            "--request",
            file("r.json", TWENTE_7000_MINUTES).toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no policy pack 'utrecht'").contains("twente");
  }

  @Test
  void decidesUnderAPackFileAndReportsABrokenOneWithFileLineAndRule() throws Exception {
    String pack = Files.readString(Path.of("src/main/resources/policies/twente@2025-01-01.yaml"));
    Run good =
        decide(
            "decide",
            "--policy",
            file("mine.yaml", pack).toString(),
            "--request",
            file("r.json", TWENTE_7000_MINUTES).toString());
    assertThat(good.exit()).isZero();
    assertThat(good.out()).contains("INVESTIGATE");

    String broken = pack.replace("maxTotal: 6000", "maxTotal: lots");
    Run bad =
        decide(
            "decide",
            "--policy",
            file("broken.yaml", broken).toString(),
            "--request",
            file("r2.json", TWENTE_7000_MINUTES).toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err())
        .containsPattern(
            "broken\\.yaml:\\d+: rule R-TWE-2 \\(VolumeThresholdRoutesToInvestigation\\): parameter 'maxTotal'");
  }

  @Test
  void policyCheckListsEveryProblemFileAndExitsOne() throws Exception {
    Path good = Path.of("src/main/resources/policies/amersfoort@2020-07-01.yaml");
    Path bad =
        file(
            "bad.yaml",
            "id: x\nname: y\nvalidFrom: 2025-01-01\nmunicipalities: [{code: \"0001\", name: a}]\nproducts: []\nrules:\n  - id: R-XXX-1\n    kind: NoSuchKind\n    source: here\n");
    Run run = decide("policy", "check", good.toString(), bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("amersfoort@2020-07-01.yaml: ok");
    assertThat(run.err())
        .contains("bad.yaml:8: rule R-XXX-1 (NoSuchKind): unknown rule kind 'NoSuchKind'");
  }
}
