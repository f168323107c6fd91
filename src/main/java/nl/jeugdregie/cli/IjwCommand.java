package nl.jeugdregie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.jeugdregie.ijw.XmlFinding;
import nl.jeugdregie.ijw.XsdCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** iJw 3.2 messages on the command line. */
@Command(
    name = "ijw",
    mixinStandardHelpOptions = true,
    description = "Work with iJw 3.2 messages.",
    subcommands = {IjwCommand.Validate.class})
final class IjwCommand {

  /**
   * {@code jeugdregie ijw validate <file>}: the message type and every finding with its line and
   * column. Exit 0 valid, 1 findings, 2 unreadable. Today the first control level (the XSD, read
   * hardened); the rules with their return codes follow (issue 5).
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
      if (result.type() == null) {
        for (XmlFinding f : result.findings())
          err.println(file + ":" + f.line() + ":" + f.column() + ": " + f.message());
        err.flush();
        return JeugdregieCommand.UNUSABLE_INPUT;
      }
      for (XmlFinding f : result.findings()) {
        out.println(
            file
                + ":"
                + f.line()
                + ":"
                + f.column()
                + ": "
                + result.type()
                + " XSD: "
                + f.message());
      }
      out.println(
          file
              + ": "
              + result.type()
              + (result.valid() ? " valid" : ", " + result.findings().size() + " finding(s)"));
      out.flush();
      return result.valid() ? 0 : 1;
    }
  }
}
