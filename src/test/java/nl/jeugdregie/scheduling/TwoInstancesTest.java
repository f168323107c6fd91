package nl.jeugdregie.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Two instances of the real application on one database, as behind a load balancer
 * (docs/operations.md): a scheduled job triggered in both at the same moment runs once, because
 * each takes its ShedLock row in {@code scheduling.shedlock} first. The first instance gets a fresh
 * database as every test does; the second is pointed at that database.
 */
class TwoInstancesTest {

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void startTwoInstances() {
    first = instance("jeugdregie.db.fresh-database=true");
    HikariDataSource database = first.getBean(HikariDataSource.class);
    second =
        instance(
            "jeugdregie.db.fresh-database=false",
            "jeugdregie.db.url=" + database.getJdbcUrl(),
            "jeugdregie.db.user=" + nullToEmpty(database.getUsername()),
            "jeugdregie.db.password=" + nullToEmpty(database.getPassword()));
    assertThat(second.getBean(HikariDataSource.class).getJdbcUrl())
        .isEqualTo(database.getJdbcUrl());
  }

  @AfterAll
  static void stop() {
    if (second != null) second.close();
    if (first != null) first.close();
  }

  @Test
  void theDailySweepTriggeredOnBothInstancesAtOnceRunsOnOne() throws Exception {
    ListAppender<ILoggingEvent> log = listenTo("nl.jeugdregie.signals.SignalSweep");

    together(job(first, "SignalSweep.daily"), job(second, "SignalSweep.daily"));

    assertThat(sweeps(log)).isEqualTo(1);
    assertThat(heldLocks("signals-daily-sweep")).isEqualTo(1);

    // the lock stays held for its 5 minutes: a late trigger on either instance does nothing
    job(second, "SignalSweep.daily").run();
    job(first, "SignalSweep.daily").run();
    assertThat(sweeps(log)).isEqualTo(1);

    // once the lock has run out (as if 5 minutes had passed), the next trigger sweeps again
    db().sql(
            "update scheduling.shedlock set lock_until = timezone('utc', now()) - interval '1 second'")
        .update();
    job(second, "SignalSweep.daily").run();
    assertThat(sweeps(log)).isEqualTo(2);
  }

  @Test
  void theGgkRetryTakesItsLockOnTheSharedDatabase() throws Exception {
    together(job(first, "GgkOutbox.sendWaiting"), job(second, "GgkOutbox.sendWaiting"));

    // released at once when done (each envelope's claim keeps senders apart), but taken: its row
    assertThat(
            db().sql("select count(*) from scheduling.shedlock where name = 'ggk-send-waiting'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void everyScheduledJobHoldsALock() {
    methods()
        .that()
        .areAnnotatedWith(Scheduled.class)
        .should()
        .beAnnotatedWith(SchedulerLock.class)
        .because("two instances on one database must not run a job twice (docs/operations.md)")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.jeugdregie"));
  }

  /**
   * The real application with the tests' configuration; the settings are arguments, as on the
   * command line, so they win over that configuration's database and sweep settings.
   */
  private static ConfigurableApplicationContext instance(String... database) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--jeugdregie.signals.sweep=true");
    arguments.add("--server.port=0");
    for (String setting : database) arguments.add("--" + setting);
    return new SpringApplicationBuilder(Jeugdregie.class)
        .properties("jeugdregie.demo.load=false")
        .run(arguments.toArray(String[]::new));
  }

  /** The job as the scheduler runs it: through the bean's proxy, so through its lock. */
  private static Runnable job(ConfigurableApplicationContext instance, String method) {
    List<Runnable> jobs =
        instance.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
            .map(ScheduledTask::getTask)
            .map(task -> task.getRunnable())
            .filter(runnable -> runnable.toString().endsWith(method))
            .toList();
    assertThat(jobs).as("scheduled %s", method).hasSize(1);
    return jobs.getFirst();
  }

  /** Runs both jobs on two threads released at the same moment, and waits for both. */
  private static void together(Runnable one, Runnable other) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> runs =
          List.of(
              threads.submit(
                  () -> {
                    go.await();
                    one.run();
                    return null;
                  }),
              threads.submit(
                  () -> {
                    go.await();
                    other.run();
                    return null;
                  }));
      go.countDown();
      for (Future<?> run : runs) run.get(60, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
  }

  /** Attached after both instances started: each start configures logging afresh. */
  private static ListAppender<ILoggingEvent> listenTo(String logger) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(logger)).addAppender(appender);
    return appender;
  }

  private static long sweeps(ListAppender<ILoggingEvent> log) {
    return log.list.stream()
        .filter(event -> event.getFormattedMessage().startsWith("signals swept on"))
        .count();
  }

  private static int heldLocks(String job) {
    return db().sql(
            "select count(*) from scheduling.shedlock"
                + " where name = :job and lock_until > timezone('utc', now())")
        .param("job", job)
        .query(Integer.class)
        .single();
  }

  private static JdbcClient db() {
    return second.getBean(JdbcClient.class);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
