package nl.jeugdregie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.jeugdregie.billing.DeclarationImport;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Bulk imports into the database the server uses. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import data in bulk into the application's database.")
final class ImportCommand {

  /**
   * {@code jeugdregie import declarations <file>}: a JSON Lines file of declarations, each booked
   * in its own transaction (docs/declarations.md, "Bulk import"). Starts the application without
   * the web server, on the same database as {@code serve} (JEUGDREGIE_DB_URL or the embedded one in
   * JEUGDREGIE_DB_DIR); like {@code serve}, it loads the demo month first when that is on and the
   * database has no providers yet. Logs and progress go to stderr, the summary to stdout. Exit 0
   * when every file line was read (rejected lines and refused declarations are results), 1 when
   * some file lines could not be read as declarations, 2 when the file cannot be read or an option
   * is unusable.
   */
  @Command(
      name = "declarations",
      mixinStandardHelpOptions = true,
      description =
          "Import a JSON Lines file of declarations (one declaration a line); a rerun books only"
              + " what is missing. Exit 0 all read, 1 some lines unreadable, 2 file unreadable.")
  static final class Declarations implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file>", description = "JSON Lines, UTF-8.")
    Path file = Path.of("");

    @Option(
        names = "--as",
        paramLabel = "<agb>",
        description =
            "Declare as this provider (8-digit AGB code): declarations of other providers are"
                + " refused. Default: the system (an admin), as system:import.")
    @Nullable String as;

    @Option(
        names = "--progress-every",
        paramLabel = "N",
        description = "Report progress on stderr every N declarations (default 500).")
    int progressEvery = 500;

    @Option(
        names = "--progress-seconds",
        paramLabel = "S",
        description = "... and at least every S seconds (default 5).")
    int progressSeconds = 5;

    /** Spring Boot options such as --jeugdregie.import.pause-ms=50 are passed on. */
    @Unmatched String[] springArgs = new String[0];

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    private final Class<?> application;

    Declarations(Class<?> application) {
      this.application = application;
      this.spec = picocli.CommandLine.Model.CommandSpec.create();
    }

    @Override
    public Integer call() {
      Actor actor = actor();
      if (progressEvery < 1 || progressSeconds < 1) {
        throw new UnusableInputException(
            "--progress-every and --progress-seconds must be 1 or more");
      }
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new UnusableInputException("cannot read the file " + file);
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      // the application's log goes to stderr, so stdout carries the summary only
      PrintStream stdout = System.out;
      System.setOut(System.err);
      DeclarationImport.Progress end;
      try (InputStream in = Files.newInputStream(file);
          ConfigurableApplicationContext context =
              new SpringApplicationBuilder(application)
                  .web(WebApplicationType.NONE)
                  .logStartupInfo(false)
                  .properties(Map.of("logging.level.root", "WARN"))
                  .run(springArgs)) {
        end =
            context
                .getBean(DeclarationImport.class)
                .run(
                    actor,
                    in,
                    new DeclarationImport.Every(progressEvery, Duration.ofSeconds(progressSeconds)),
                    new Report(err));
      } catch (IOException | UncheckedIOException e) {
        throw new UnusableInputException("cannot read the file " + file + ": " + e.getMessage());
      } finally {
        System.setOut(stdout);
      }
      out.println(summary(end));
      out.flush();
      return end.unreadable() == 0 ? 0 : 1;
    }

    private Actor actor() {
      String who = as;
      if (who == null || who.equals("system")) return Actor.system("import");
      if (!who.matches("\\d{8}")) {
        throw new UnusableInputException("--as: an 8-digit AGB code, got '" + who + "'");
      }
      try {
        return Actor.provider("import:" + who, who);
      } catch (IllegalArgumentException e) {
        throw new UnusableInputException("--as: " + e.getMessage());
      }
    }
  }

  static String summary(DeclarationImport.Progress p) {
    return String.format(
        Locale.ROOT,
        "imported %d declarations (%d replayed) with %d lines (%d approved, %d rejected); %d"
            + " refused, %d unreadable; %d file lines in %.1f s, %.1f lines/s",
        p.declarations(),
        p.replayed(),
        p.lines(),
        p.approved(),
        p.rejected(),
        p.refused(),
        p.unreadable(),
        p.fileLines(),
        p.elapsed().toMillis() / 1000.0,
        p.linesPerSecond());
  }

  /** Progress and every problem on stderr; never a BSN (the results name declaration numbers). */
  private record Report(PrintWriter err) implements DeclarationImport.Listener {
    @Override
    public void result(DeclarationImport.Result result) {
      switch (result) {
        case DeclarationImport.Submitted s -> {}
        case DeclarationImport.Refused r ->
            err.println(
                "line "
                    + r.fileLine()
                    + ": declaration "
                    + r.providerAgb()
                    + "/"
                    + r.number()
                    + " refused: "
                    + r.message());
        case DeclarationImport.Unreadable u ->
            err.println("line " + u.fileLine() + ": " + u.field() + ": " + u.message());
      }
      err.flush();
    }

    @Override
    public void progress(DeclarationImport.Progress p, boolean done) {
      err.println(
          String.format(
              Locale.ROOT,
              "%s %d declarations, %d lines, %.1f s, %.1f lines/s",
              done ? "done:" : "progress:",
              p.declarations() + p.refused() + p.unreadable(),
              p.lines(),
              p.elapsed().toMillis() / 1000.0,
              p.linesPerSecond()));
      err.flush();
    }
  }
}
