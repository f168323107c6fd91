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

/** {@code jeugdregie generate}: JSON Lines, deterministic, unusable input exits 2. */
class GenerateCommandTest {

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

  @Test
  void theSameSeedTwiceGivesByteIdenticalJsonLines() {
    Run first = run("generate", "--scale", "twente", "--seed", "7");
    Run again = run("generate", "--scale", "twente", "--seed", "7");
    assertThat(first.exit()).isZero();
    assertThat(again.out()).isEqualTo(first.out());
    String[] lines = first.out().split("\n");
    assertThat(lines.length).isGreaterThan(100);
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{\"record\":\""));
    assertThat(first.out()).contains("{\"record\":\"provider\"", "{\"record\":\"request\"");
    assertThat(first.err()).startsWith("generated ").contains("twente", "seed 7", "2025-03");
    assertThat(first.err().lines()).hasSize(1);
  }

  @Test
  void writesTheSameBytesToAFileWithOut() throws Exception {
    Path file = dir.resolve("twente.jsonl");
    Run toFile = run("generate", "--scale", "twente", "--seed", "7", "--out", file.toString());
    Run toStdout = run("generate", "--scale", "twente", "--seed", "7");
    assertThat(toFile.exit()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(toStdout.out());
  }

  @Test
  void anUnknownScaleExitsTwoNamingTheOption() {
    Run run = run("generate", "--scale", "atlantis", "--seed", "7");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--scale", "atlantis", "twente", "national");
  }
}
