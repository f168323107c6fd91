package nl.jeugdregie.cli;

import java.io.PrintWriter;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PackLoadException;
import nl.jeugdregie.policy.PolicyNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: without a subcommand it starts the server. */
@Command(
    name = "jeugdregie",
    mixinStandardHelpOptions = true,
    version = "jeugdregie 0.1",
    description = "Runs a youth-care region's procurement model from its policy pack.",
    subcommands = {ServeCommand.class, DecideCommand.class, PolicyCommand.class})
public final class JeugdregieCommand implements Runnable {

  /**
   * Exit code for input that cannot be used (a bad request, an unknown pack, a broken pack file).
   */
  public static final int UNUSABLE_INPUT = 2;

  @Override
  public void run() {
    new ServeCommand().call();
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new JeugdregieCommand());
    cli.setExecutionExceptionHandler(JeugdregieCommand::handle);
    return cli.execute(args);
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof InvalidRequestException
        || e instanceof PolicyNotFoundException
        || e instanceof PackLoadException
        || e instanceof UnusableInputException) {
      err.println("jeugdregie: " + e.getMessage());
      return UNUSABLE_INPUT;
    }
    err.println("jeugdregie: unexpected failure: " + e);
    e.printStackTrace(err);
    return 1;
  }
}
