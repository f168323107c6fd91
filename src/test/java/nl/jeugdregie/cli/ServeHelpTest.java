package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code jeugdregie serve --help}: the settings an operator needs, without starting anything. */
class ServeHelpTest {

  @Test
  void listsThePortAndTheCommonSettings() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = JeugdregieCommand.commandLine(Jeugdregie.class);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("serve", "--help");

    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    String help = out.toString();
    assertThat(help).startsWith("Usage: jeugdregie serve").contains("--server.port=9090");
    for (String setting :
        new String[] {
          "PORT",
          "JEUGDREGIE_DB_URL",
          "JEUGDREGIE_DB_USER",
          "JEUGDREGIE_DB_PASSWORD",
          "JEUGDREGIE_DB_DIR",
          "JEUGDREGIE_DEMO",
          "JEUGDREGIE_DEMO_ACCOUNTS",
          "JEUGDREGIE_OIDC_ISSUER",
          "JEUGDREGIE_POLICY_DIR",
          "JEUGDREGIE_GGK_URL",
          "JEUGDREGIE_GGK_RETRY_EVERY",
          "JEUGDREGIE_SIGNALS_SWEEP"
        }) {
      assertThat(help).as(setting).containsPattern("(?m)^  " + setting + "\\s");
    }
    assertThat(help).contains("default 8080", "~/.jeugdregie/pgdata");
    // the server did not start: help only
    assertThat(help).doesNotContain("Started Jeugdregie");
  }
}
