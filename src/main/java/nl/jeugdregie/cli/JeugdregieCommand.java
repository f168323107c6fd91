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
    subcommands = {
      DecideCommand.class,
      PolicyCommand.class,
      GenerateCommand.class,
      IjwCommand.class
    })
public final class JeugdregieCommand implements Runnable {

  /**
   * Exit code for input that cannot be used (a bad request, an unknown pack, a broken pack file).
   */
  public static final int UNUSABLE_INPUT = 2;

  private final ServeCommand serve;

  private JeugdregieCommand(ServeCommand serve) {
    this.serve = serve;
  }

  @Override
  public void run() {
    serve.call();
  }

  /**
   * Runs the command line and returns the exit code. {@code application} is the Spring Boot
   * application class {@code serve} starts; passing it in keeps this module free of a dependency on
   * the application (which depends on us).
   */
  public static int run(Class<?> application, String... args) {
    return commandLine(application).execute(args);
  }

  /** The configured command line, for callers (and tests) that set their own output streams. */
  public static CommandLine commandLine(Class<?> application) {
    ServeCommand serve = new ServeCommand(application);
    CommandLine cli = new CommandLine(new JeugdregieCommand(serve));
    cli.addSubcommand("serve", serve);
    cli.addSubcommand(
        "import",
        new CommandLine(new ImportCommand())
            .addSubcommand("declarations", new ImportCommand.Declarations(application)));
    cli.setExecutionExceptionHandler(JeugdregieCommand::handle);
    return cli;
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
