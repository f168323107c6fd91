package nl.jeugdregie.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.PolicyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the demo month at start ({@code jeugdregie.demo.load}: {@code auto}, the default, loads it
 * on the embedded database only; {@code true} or {@code false} via {@code JEUGDREGIE_DEMO}) when
 * the database has no providers yet, so a restart keeps the data and never loads twice. Every
 * region of the catalog is generated at its own scale and loaded through {@link DemoLoader}, one
 * transaction per record; one summary line per region is logged. Loading happens before the web
 * server accepts requests.
 *
 * <p>Which month: {@code jeugdregie.demo.month} when set (tests and docs pin one, so their figures
 * stay reproducible), else the last complete calendar month before today (the application's {@link
 * Clock}, Europe/Amsterdam). So on a first start the deadlines, signals and overdue lists look like
 * a live region's, and the month can be declared (a declaration month is at most the current one).
 */
@Component
class DemoMonth implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoMonth.class);

  private final PolicyCatalog catalog;
  private final Providers providers;
  private final DemoLoader loader;
  private final long seed;
  private final YearMonth month;
  private final boolean enabled;

  DemoMonth(
      PolicyCatalog catalog,
      Providers providers,
      DemoLoader loader,
      @Value("${jeugdregie.demo.seed:2025}") long seed,
      @Value("${jeugdregie.demo.month:}") String month,
      @Value("${jeugdregie.demo.load:auto}") String load,
      @Value("${jeugdregie.db.url:}") String databaseUrl,
      Clock clock) {
    this.catalog = catalog;
    this.providers = providers;
    this.loader = loader;
    this.seed = seed;
    this.month = resolve(month, clock);
    this.enabled =
        switch (load.trim().toLowerCase(java.util.Locale.ROOT)) {
          case "true" -> true;
          case "false" -> false;
          // auto: only on the embedded database, never into a configured server by surprise
          case "auto", "" -> databaseUrl.isBlank();
          default ->
              throw new IllegalArgumentException(
                  "jeugdregie.demo.load (JEUGDREGIE_DEMO) must be auto, true or false, not '"
                      + load
                      + "'");
        };
  }

  /**
   * The month to load: {@code setting} (yyyy-mm) when not blank, else the last complete calendar
   * month before today on {@code clock}.
   */
  static YearMonth resolve(String setting, Clock clock) {
    if (!setting.isBlank()) return YearMonth.parse(setting.trim());
    return YearMonth.from(LocalDate.now(clock)).minusMonths(1);
  }

  /** The month this start loads (or would load). */
  YearMonth month() {
    return month;
  }

  /**
   * Runs once every bean exists (the schema is migrated) and before the web server opens, so no
   * request ever sees a half-loaded month.
   */
  @Override
  public void afterSingletonsInstantiated() {
    if (!enabled) return;
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
