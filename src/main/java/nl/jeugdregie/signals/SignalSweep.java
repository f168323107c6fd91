package nl.jeugdregie.signals;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily sweep at 06:15 Amsterdam time: every signal recomputed on that day, so date-driven
 * signals (windows opening, deadlines passing) appear and close without any change. Off with {@code
 * jeugdregie.signals.sweep=false} (as in the tests, which sweep themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    name = "jeugdregie.signals.sweep",
    havingValue = "true",
    matchIfMissing = true)
class SignalSweep {

  private static final Logger LOG = LoggerFactory.getLogger(SignalSweep.class);

  private final Signals signals;
  private final Clock clock;

  SignalSweep(Signals signals, Clock clock) {
    this.signals = signals;
    this.clock = clock;
  }

  // one instance sweeps (docs/operations.md); held at least 5 minutes, so an instance whose clock
  // is a little behind does not sweep again right after
  @Scheduled(cron = "0 15 6 * * *", zone = "Europe/Amsterdam")
  @SchedulerLock(name = "signals-daily-sweep", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
  void daily() {
    LocalDate today = LocalDate.now(clock);
    Signals.Recomputed result = signals.sweep(today);
    LOG.info(
        "signals swept on {}: {} holding, {} closed",
        today,
        result.raisedOrKept(),
        result.closed());
  }
}
