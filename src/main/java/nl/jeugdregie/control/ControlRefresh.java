package nl.jeugdregie.control;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the control facts are refreshed: once the application is ready (so after the demo month is
 * loaded, which happens while the context starts) and every 15 minutes after, by one instance at a
 * time (ShedLock, as the signals' daily sweep). Off with {@code jeugdregie.control.refresh=false};
 * {@link ControlFacts#refresh()} can always be called on demand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    name = "jeugdregie.control.refresh",
    havingValue = "true",
    matchIfMissing = true)
class ControlRefresh {

  private static final Logger LOG = LoggerFactory.getLogger(ControlRefresh.class);

  private final ControlFacts facts;

  ControlRefresh(ControlFacts facts) {
    this.facts = facts;
  }

  @EventListener(ApplicationReadyEvent.class)
  void afterStart() {
    refresh();
  }

  // at most every 15 minutes: held at least 10, so a second instance does not refresh right after
  @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
  @SchedulerLock(name = "control-facts-refresh", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
  void every15Minutes() {
    refresh();
  }

  private void refresh() {
    long started = System.nanoTime();
    facts.refresh();
    LOG.info("control facts refreshed in {} ms", (System.nanoTime() - started) / 1_000_000);
  }
}
