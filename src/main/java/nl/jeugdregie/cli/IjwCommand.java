package nl.jeugdregie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.jeugdregie.ijw.ContentCheck;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.RuleCoverage;
import nl.jeugdregie.ijw.RuleFinding;
import nl.jeugdregie.ijw.XmlFinding;
import nl.jeugdregie.ijw.XsdCheck;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** iJw 3.2 messages on the command line. */
@Command(
    name = "ijw",
    mixinStandardHelpOptions = true,
    description = "Work with iJw 3.2 messages.",
    subcommands = {IjwCommand.Validate.class, IjwCommand.Rules.class})
final class IjwCommand {

  /**
   * {@code jeugdregie ijw validate <file>}: the message type and every finding: an XSD finding with
   * its line and column, a content rule (control level 2) with its rule code, return code, XPath
   * and line. Exit 0 valid, 1 findings, 2 unreadable. The rules against earlier messages and
   * external sources (levels 3 and 4) need the server's data and run when a message is received.
   */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Validate an iJw message: exit 0 valid, 1 findings, 2 unreadable.")
  static final class Validate implements Callable<Integer> {

    @Parameters(paramLabel = "<file>", description = "An iJw 3.2 XML message.")
    Path file = Path.of("");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec = picocli.CommandLine.Model.CommandSpec.create();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      byte[] message;
      try {
        if (Files.size(file) > XsdCheck.MAX_BYTES) {
          err.println("jeugdregie: " + file + ": over the 25 MB limit of the hubs (OP179)");
          return JeugdregieCommand.UNUSABLE_INPUT;
        }
        message = Files.readAllBytes(file);
      } catch (IOException e) {
        err.println("jeugdregie: " + file + ": cannot be read (" + e.getMessage() + ")");
        return JeugdregieCommand.UNUSABLE_INPUT;
      }
      XsdCheck.Result result = new XsdCheck().check(message);
      MessageType type = result.type();
      if (type == null) {
        for (XmlFinding f : result.findings())
          err.println(file + ":" + f.line() + ":" + f.column() + ": " + f.message());
        err.flush();
        return JeugdregieCommand.UNUSABLE_INPUT;
      }
      for (XmlFinding f : result.findings()) {
        out.println(
            file + ":" + f.line() + ":" + f.column() + ": " + type + " XSD: " + f.message());
      }
      // control level 2 only on a message its XSD accepts (ijw.md §2.1)
      List<RuleFinding> rules = result.valid() ? ContentCheck.check(type, message) : List.of();
      for (RuleFinding f : rules) {
        out.println(
            file
                + ":"
                + f.line()
                + ": "
                + f.rule()
                + " (return code "
                + f.returnCode()
                + ") "
                + f.xpath()
                + ": "
                + f.message());
      }
      int findings = result.findings().size() + rules.size();
      String levels =
          ContentCheck.covers(type)
              ? " (XSD and content rules; rules against earlier messages need the server)"
              : " (XSD; content rules of a " + type + " are checked where it is made)";
      out.println(
          file
              + ": "
              + type
              + (findings == 0 ? " valid" : ", " + findings + " finding(s)")
              + levels);
      out.flush();
      return findings == 0 ? 0 : 1;
    }
  }

  /**
   * {@code jeugdregie ijw rules}: every rule of the official iJw 3.2 rule export with how it is
   * covered here (implemented, by which classes; not applicable, and why; missing). Exit 0 when no
   * rule is missing, 1 otherwise.
   */
  @Command(
      name = "rules",
      mixinStandardHelpOptions = true,
      description =
          "List every rule of the iJw 3.2 rule export as implemented, not applicable or missing:"
              + " exit 0 when none is missing, 1 otherwise.")
  static final class Rules implements Callable<Integer> {

    @picocli.CommandLine.Option(
        names = "--status",
        description = "Only rules with this status: ${COMPLETION-CANDIDATES}.")
    RuleCoverage.@Nullable Status status;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec = picocli.CommandLine.Model.CommandSpec.create();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RuleCoverage.Report report = RuleCoverage.report();
      for (RuleCoverage.Rule rule : report.rules()) {
        if (status != null && rule.status() != status) continue;
        out.printf(
            "%-7s %-14s %-5s %s%n",
            rule.code(),
            rule.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            rule.returnCode().isEmpty() ? "-" : rule.returnCode(),
            rule.by());
      }
      int missing = report.with(RuleCoverage.Status.MISSING).size();
      out.printf(
          "%d rules: %d implemented, %d not applicable, %d missing%n",
          report.rules().size(),
          report.with(RuleCoverage.Status.IMPLEMENTED).size(),
          report.with(RuleCoverage.Status.NOT_APPLICABLE).size(),
          missing);
      if (!report.unknownAnnotated().isEmpty()) {
        out.println("named in the code but not in the export: " + report.unknownAnnotated());
      }
      out.flush();
      return missing == 0 && report.unknownAnnotated().isEmpty() ? 0 : 1;
    }
  }
}
