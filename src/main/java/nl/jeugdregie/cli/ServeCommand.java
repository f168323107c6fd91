package nl.jeugdregie.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Starts the web server and keeps running until it is stopped. Its help lists the settings an
 * operator sets most (docs/operations.md has them all).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the web server (the default).",
      "Spring Boot settings after serve are passed on, e.g. --server.port=9090."
    },
    footerHeading =
        "%nSettings (environment variables; each also as --jeugdregie.* setting, see"
            + " application.properties):%n",
    footer = {
      "  PORT                    the HTTP port (default 8080); or --server.port=9090",
      "  JEUGDREGIE_DB_URL       a PostgreSQL server, e.g. jdbc:postgresql://db:5432/jeugdregie;",
      "                          unset: an embedded PostgreSQL 17 (Linux x86-64 only)",
      "  JEUGDREGIE_DB_USER      the server's user",
      "  JEUGDREGIE_DB_PASSWORD  the server's password",
      "  JEUGDREGIE_DB_DIR       the embedded PostgreSQL's data folder",
      "                          (default ~/.jeugdregie/pgdata)",
      "  JEUGDREGIE_DEMO         load the demo month into an empty database: auto (embedded",
      "                          only, the default), true or false",
      "  JEUGDREGIE_DEMO_ACCOUNTS  the demo accounts (HTTP Basic, password demo): true or",
      "                          false; default on unless an OIDC issuer is set",
      "  JEUGDREGIE_OIDC_ISSUER  accept OIDC bearer tokens from this issuer",
      "  JEUGDREGIE_POLICY_DIR   a folder of extra policy packs (<region>@<validFrom>.yaml)",
      "  JEUGDREGIE_GGK_URL      the GGk's OntvangAsynchroon address; unset: envelopes wait",
      "  JEUGDREGIE_GGK_RETRY_EVERY  how often undelivered GGk envelopes are retried",
      "                          (default PT5M)",
      "  JEUGDREGIE_SIGNALS_SWEEP  the daily signal sweep at 06:15: true (default) or false",
      "",
      "Health: GET /actuator/health (open); metrics: /actuator/prometheus (ADMIN)."
    })
final class ServeCommand implements Callable<Integer> {

  /** Spring Boot options such as --server.port=8081 are passed on. */
  @Unmatched String[] springArgs = new String[0];

  private final Class<?> application;

  ServeCommand(Class<?> application) {
    this.application = application;
  }

  @Override
  public Integer call() {
    ConfigurableApplicationContext context;
    try {
      context = SpringApplication.run(application, springArgs);
    } catch (RuntimeException e) {
      // Spring Boot has reported why (a failure report, or the stack trace) in the log above
      System.err.println("jeugdregie: the server did not start (the reason is above)");
      return 1;
    }
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        (org.springframework.context.ApplicationListener<ContextClosedEvent>)
            e -> closed.countDown());
    if (!context.isActive()) return 0;
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
