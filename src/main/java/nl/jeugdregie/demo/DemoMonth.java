package nl.jeugdregie.demo;

import java.time.YearMonth;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.PolicyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo month at start ({@code jeugdregie.demo.load=true}, off with {@code
 * JEUGDREGIE_DEMO=false}) when the database has no providers yet, so a restart keeps the data and
 * never loads twice. Every region of the catalog is generated at its own scale and loaded through
 * {@link DemoLoader}, one transaction per record; one summary line per region is logged.
 */
@Component
@ConditionalOnProperty(name = "jeugdregie.demo.load", havingValue = "true")
class DemoMonth implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMonth.class);

  private final PolicyCatalog catalog;
  private final Providers providers;
  private final DemoLoader loader;
  private final long seed;
  private final YearMonth month;

  DemoMonth(
      PolicyCatalog catalog,
      Providers providers,
      DemoLoader loader,
      @Value("${jeugdregie.demo.seed:2025}") long seed,
      @Value("${jeugdregie.demo.month:2025-03}") String month) {
    this.catalog = catalog;
    this.providers = providers;
    this.loader = loader;
    this.seed = seed;
    this.month = YearMonth.parse(month);
  }

  @Override
  public void run(ApplicationArguments args) {
    if (providers.count() > 0) {
      log.info("demo month not loaded: the database already has providers");
      return;
    }
    for (String region : catalog.ids()) {
      if (catalog.versions(region).stream().noneMatch(p -> p.inForceOn(month.atDay(1)))) {
        log.info("demo month {} {}: skipped, no pack version in force", region, month);
        continue;
      }
      LoadSummary summary =
          loader.load(DemoGenerator.generate(catalog, Scale.region(region), seed, month));
      log.info("demo month {} {} (seed {}): {}", region, month, seed, summary.line());
    }
  }
}
