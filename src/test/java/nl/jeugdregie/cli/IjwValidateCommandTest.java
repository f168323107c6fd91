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

/** {@code jeugdregie ijw validate}: exit 0 valid, 1 findings (with line), 2 unreadable. */
class IjwValidateCommandTest {

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
  void exitsZeroForAValidMessage() {
    Run run = run("ijw", "validate", "src/test/resources/ijw/samples/JW301.xml");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("JW301 valid");
  }

  @Test
  void exitsOneWithEveryFindingAndItsLineForAnInvalidMessage() {
    Run run = run("ijw", "validate", "src/test/resources/ijw/samples/JW315.xml");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).containsPattern("JW315\\.xml:\\d+:\\d+: JW315 XSD: ").contains("finding");
  }

  @Test
  void printsEachBrokenContentRuleWithRuleCodeReturnCodeXpathAndLine() {
    Run run = run("ijw", "validate", "src/test/resources/ijw/rules/CD075/fail.xml");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern(
            "fail\\.xml:\\d+: CD075 \\(return code 0001\\)"
                + " /Bericht/Client/AangevraagdeProducten/AangevraagdProduct\\[2\\]"
                + "/ToewijzingEinddatum: ")
        .contains("1 finding(s)");
    Run passing = run("ijw", "validate", "src/test/resources/ijw/rules/CD075/pass.xml");
    assertThat(passing.exit()).isZero();
    assertThat(passing.out()).contains("JW315 valid");
  }

  @Test
  void exitsTwoForAMissingFileAHostileOneAndAnotherStandard() throws Exception {
    assertThat(run("ijw", "validate", dir.resolve("nothing.xml").toString()).exit()).isEqualTo(2);
    Path xxe = dir.resolve("xxe.xml");
    Files.writeString(
        xxe,
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");
    Run hostile = run("ijw", "validate", xxe.toString());
    assertThat(hostile.exit()).isEqualTo(2);
    assertThat(hostile.err()).contains("DOCTYPE");
    Path wmo = dir.resolve("wmo.xml");
    Files.writeString(
        wmo, "<b:Bericht xmlns:b=\"http://www.istandaarden.nl/iwmo/3_2/wmo301/schema\"/>");
    assertThat(run("ijw", "validate", wmo.toString()).err()).contains("not an iJw 3.2 Bericht");
  }
}
