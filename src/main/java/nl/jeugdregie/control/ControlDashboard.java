package nl.jeugdregie.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.control.ProviderFindings.Finding;
import nl.jeugdregie.control.TrafficLights.PillarLight;
import nl.jeugdregie.policy.Norm;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyNotFoundException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.ListRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Costs, traffic lights and provider findings (R-IJS-11) in the actor's scope: ADMIN and POLICY
 * every region, a CONTRACT_MANAGER their own region, every other role refused (as {@code
 * allocation.Overview}). POLICY sees aggregates only: every cell or measurement about fewer than
 * {@value #K} clients is suppressed (its value null, {@code suppressed} or the measurement's {@code
 * missing} says so) before anything is judged, so a light never betrays a small group. No output
 * holds a BSN or a name.
 *
 * <p><b>The seam for more metric families:</b> the lights judge what every {@link
 * MeasurementSource} bean measures ({@code List<MeasurementSource> sources}, constructor-injected).
 * Today those are {@link Costs} (COST_PER_CLIENT) and {@link PillarScores} (the three scores); the
 * route KPIs join by their service implementing {@link MeasurementSource}.
 */
@Service
@Transactional(readOnly = true)
public class ControlDashboard {

  /** The k of k-anonymity for the policy role. */
  public static final int K = 5;

  private final Costs costs;
  private final List<MeasurementSource> sources;
  private final PolicyCatalog catalog;
  private final Clock clock;

  ControlDashboard(
      Costs costs, List<MeasurementSource> sources, PolicyCatalog catalog, Clock clock) {
    this.costs = costs;
    this.sources = List.copyOf(sources);
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The costs series in scope, with the filter's defaults (see {@link CostFilter}). */
  public List<Costs.Row> costs(Actor actor, CostFilter filter) {
    LocalDate today = LocalDate.now(clock);
    LocalDate from =
        filter.from() == null ? LocalDate.of(today.getYear() - 2, 1, 1) : filter.from();
    LocalDate to = filter.to() == null ? today : filter.to();
    if (to.isBefore(from)) throw new ListRefusedException("to", "must not be before from");
    Costs.Period period =
        filter.period() == null
            ? Costs.Period.YEAR
            : Costs.Period.valueOf(filter.period().toUpperCase(java.util.Locale.ROOT));
    List<Costs.Row> rows = new ArrayList<>();
    for (String region : regions(actor, filter.region())) {
      var q =
          new Costs.Query(
              region, period, from.withDayOfMonth(1), to, filter.provider(), filter.municipality());
      for (Costs.Row row : costs.series(q)) {
        rows.add(policy(actor) && row.clients() < K ? row.suppress() : row);
      }
    }
    return rows;
  }

  /** Per region in scope, per provider, per pillar; {@code year} null is last year. */
  public List<PillarLight> trafficLights(
      Actor actor, @Nullable String region, @Nullable Integer year) {
    int y = year(year);
    List<PillarLight> lights = new ArrayList<>();
    for (String r : regions(actor, region)) {
      lights.addAll(TrafficLights.judge(r, y, measurements(actor, r, y), norms(catalog, r, y)));
    }
    return lights;
  }

  /** The providers red on extensions or results, or above the budget band (R-IJS-11 §4.3). */
  public List<Finding> findings(Actor actor, @Nullable String region, @Nullable Integer year) {
    return ProviderFindings.of(trafficLights(actor, region, year));
  }

  /** Every family's measurements, suppressed under k for the policy role. */
  List<Measurement> measurements(Actor actor, String region, int year) {
    List<Measurement> all = new ArrayList<>();
    for (MeasurementSource source : sources) {
      for (Measurement m : source.measure(region, year)) {
        all.add(policy(actor) && m.clients() < K ? suppressed(m) : m);
      }
    }
    return all;
  }

  private static Measurement suppressed(Measurement m) {
    return new Measurement(
        m.metric(),
        m.region(),
        m.providerAgb(),
        m.subSegment(),
        m.year(),
        null,
        0,
        0,
        m.clients(),
        "suppressed: fewer than " + K + " clients");
  }

  /** The norms of the pack version in force on the last day of {@code year} (none before it). */
  static List<Norm> norms(PolicyCatalog catalog, String region, int year) {
    try {
      return catalog.inForce(region, LocalDate.of(year, 12, 31)).norms();
    } catch (PolicyNotFoundException e) {
      return List.of();
    }
  }

  private int year(@Nullable Integer year) {
    int current = LocalDate.now(clock).getYear();
    if (year == null) return current - 1;
    if (year < 2000 || year > current) {
      throw new ListRefusedException("year", "must be between 2000 and " + current);
    }
    return year;
  }

  private static boolean policy(Actor actor) {
    return actor.role() == nl.jeugdregie.shared.Role.POLICY;
  }

  /** The regions the actor may see, narrowed to {@code requested}. */
  private List<String> regions(Actor actor, @Nullable String requested) {
    if (requested != null && !catalog.ids().contains(requested)) {
      throw new ListRefusedException(
          "region", "is not a region with a policy pack (known: " + catalog.ids() + ")");
    }
    return switch (actor.role()) {
      case POLICY, ADMIN ->
          requested == null ? catalog.ids().stream().sorted().toList() : List.of(requested);
      case CONTRACT_MANAGER -> {
        String own = actor.region();
        if (own == null || (requested != null && !requested.equals(own))) {
          throw RouteRefusedException.notPermitted(
              "a contract manager sees the control figures of their own region only");
        }
        yield List.of(own);
      }
      case ACCESS_TEAM, PROVIDER ->
          throw RouteRefusedException.notPermitted(
              "control figures are for policy, contract management and admin");
    };
  }
}
