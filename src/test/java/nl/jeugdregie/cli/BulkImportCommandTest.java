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
 * {@code jeugdregie import declarations}: exit 0 when every line was read (refused declarations are
 * results), 1 when some lines could not be read, 2 when the file or an option is unusable. Runs
 * in-process on the tests' throw-away database (no demo month).
 */
class BulkImportCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = JeugdregieCommand.commandLine(Jeugdregie.class);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A declaration of a provider no one registered: read, and refused by the database. */
  private static final String UNKNOWN_PROVIDER =
      """
      {"providerAgb": "11111111", "number": "X1", "municipality": "0153", "period": "2025-03", \
      "receivedOn": "2025-04-02", "clients": [{"bsn": "111222333", "lines": [\
      {"reference": "X1", "debitCredit": "D", "allocationNumber": 1, \
      "product": {"category": "45", "code": "45B01"}, \
      "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"}, \
      "volume": {"amount": 10, "unit": "01"}, "amountCents": 2050}]}]}""";

  @Test
  void anUnreadableFileExitsTwoWithoutStartingAnything() {
    Run run = run("import", "declarations", dir.resolve("missing.jsonl").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("cannot read the file", "missing.jsonl");
  }

  @Test
  void anAsThatIsNoAgbExitsTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("d.jsonl"), UNKNOWN_PROVIDER + "\n");
    Run run = run("import", "declarations", file.toString(), "--as", "aanbieder-1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--as");
  }

  @Test
  void readsEveryLineExitsZeroAndNamesTheRefusalOnStderr() throws Exception {
    Path file = Files.writeString(dir.resolve("d.jsonl"), UNKNOWN_PROVIDER + "\n\n");
    Run run = run("import", "declarations", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip())
        .startsWith("imported 0 declarations")
        .contains("1 refused, 0 unreadable; 2 file lines");
    assertThat(run.err())
        .contains("line 1: declaration 11111111/X1 refused", "done: 1 declarations");
  }

  @Test
  void aLineThatIsNoDeclarationExitsOneNamingItsLineAndField() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("d.jsonl"),
            UNKNOWN_PROVIDER + "\n" + UNKNOWN_PROVIDER.replace("\"0153\"", "\"153\"") + "\nnope\n");
    Run run = run("import", "declarations", file.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("1 refused, 2 unreadable; 3 file lines");
    assertThat(run.err())
        .contains("line 2: declaration.municipality: must be a 4-digit CBS code")
        .contains("line 3: declaration: not valid JSON");
  }
}
