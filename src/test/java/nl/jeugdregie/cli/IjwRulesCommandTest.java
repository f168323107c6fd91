package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.ijw.RuleCoverage;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code jeugdregie ijw rules}: the export's rules with their coverage, read from the code. */
class IjwRulesCommandTest {

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = JeugdregieCommand.commandLine(Jeugdregie.class);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit = cli.execute(args);
    RuleCoverage.Report report = RuleCoverage.report();
    int expected = report.with(RuleCoverage.Status.MISSING).isEmpty() ? 0 : 1;
    assertThat(exit).as("exit follows the missing list").isEqualTo(expected);
    return out.toString();
  }

  @Test
  void listsEveryRuleOfTheExportOnce() {
    RuleCoverage.Report report = RuleCoverage.report();
    // the export has 307 rules with a code (309 rows, two without one)
    assertThat(report.rules()).hasSize(307);
    assertThat(report.rules().stream().map(RuleCoverage.Rule::code).distinct()).hasSize(307);
    assertThat(report.unknownAnnotated())
        .as("codes named in the code, unknown to the export")
        .isEmpty();
  }

  /** Issue 5's bar: every CD, CS and TR rule of the export is implemented or cannot apply. */
  @Test
  void noRuleOfTheExportIsMissing() {
    assertThat(RuleCoverage.report().with(RuleCoverage.Status.MISSING))
        .extracting(RuleCoverage.Rule::code)
        .as("rules of the export not implemented")
        .isEmpty();
  }

  @Test
  void readsImplementationsFromTheCodeAndXsdRulesFromTheXsd() {
    RuleCoverage.Report report = RuleCoverage.report();
    RuleCoverage.Rule cd075 = rule(report, "CD075");
    assertThat(cd075.status()).isEqualTo(RuleCoverage.Status.IMPLEMENTED);
    assertThat(cd075.by()).contains("ProductLineRules");
    assertThat(cd075.returnCode()).isEqualTo("0001");
    assertThat(rule(report, "CS015").by()).contains("XsdCheck");
    assertThat(rule(report, "OP090").status()).isEqualTo(RuleCoverage.Status.NOT_APPLICABLE);
  }

  @Test
  void printsEachRuleWithStatusAndASummary() {
    String out = run("ijw", "rules");
    assertThat(out).containsPattern("(?m)^CD075\\s+implemented\\s+0001\\s+ProductLineRules");
    assertThat(out)
        .containsPattern("\\d+ rules: \\d+ implemented, \\d+ not applicable, \\d+ missing");
    String implemented = run("ijw", "rules", "--status", "IMPLEMENTED");
    assertThat(implemented).doesNotContain("not applicable  ");
  }

  private static RuleCoverage.Rule rule(RuleCoverage.Report report, String code) {
    return report.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }
}
