package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.policy.Metric;
import nl.jeugdregie.policy.Norm;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.ListRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The route KPIs of issue 13 (docs/control.md "Route KPIs") in an actor's scope: for each region,
 * the metrics its packs have norms for, over the union of those norms' sub-segments and products,
 * region-wide, per provider, per sub-segment and per provider in a sub-segment. ADMIN and POLICY
 * see every region, a contract manager only their own; others are refused. For POLICY every cell
 * about fewer than 5 clients is suppressed (k = 5): no value, no counts.
 *
 * <p>COST_PER_CLIENT and the pillar scores are computed by {@link Costs} and {@link PillarScores};
 * all three families feed the traffic lights as {@link MeasurementSource}s.
 */
@Service
public class ControlMeasurements implements MeasurementSource {

  /** k-anonymity for aggregates shown to policy (brief: every cell under 5 clients). */
  static final int K = 5;

  static final String SUPPRESSED = "fewer than 5 clients";

  private static final Set<Metric> ROUTE_METRICS =
      Set.of(
          Metric.NO_FURTHER_SUPPORT_12M_SHARE,
          Metric.ENDED_ACCORDING_TO_PLAN_VS_NATIONAL,
          Metric.AVERAGE_DURATION_CHANGE,
          Metric.HEAVIER_INDICATION_DURING_SHARE,
          Metric.SAME_OR_HEAVIER_WITHIN_6M_SHARE,
          Metric.GOALS_REACHED_IN_TIME_SHARE,
          Metric.HOURS_PER_CLIENT_YEARLY_CHANGE,
          Metric.HARMFUL_WAITING_LIST_CHANGE,
          Metric.LIGHT_MIDDLE_INTENSITY_SHARE,
          Metric.RETURN_WITHIN_2Y_SHARE,
          Metric.DURABLE_SHARE,
          Metric.LEVEL_1_SHARE,
          Metric.WITHIN_SIGNAL_BUDGET_SHARE,
          Metric.BUDGET_DECLARED_SHARE,
          Metric.EXTENSION_REQUEST_SHARE,
          Metric.RESULT_REACHED_SHARE);

  private final FactStore facts;
  private final PolicyCatalog catalog;
  private final Clock clock;

  ControlMeasurements(FactStore facts, PolicyCatalog catalog, Clock clock) {
    this.facts = facts;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** Every route KPI of {@code region} (null: every region in scope) in {@code year}. */
  public List<Measurement> of(Actor actor, @Nullable String region, int year) {
    return of(actor, region, year, null, null);
  }

  /**
   * As {@link #of(Actor, String, int)}, narrowed to the cells of one provider and/or one
   * sub-segment (or category) when given.
   */
  public List<Measurement> of(
      Actor actor,
      @Nullable String region,
      int year,
      @Nullable String providerAgb,
      @Nullable String subSegment) {
    List<String> regions = regions(actor, region);
    LocalDate today = LocalDate.now(clock);
    List<Measurement> out = new ArrayList<>();
    for (String r : regions) {
      for (Measurement m : measure(r, year, today)) {
        if (providerAgb != null && !providerAgb.equals(m.providerAgb())) continue;
        if (subSegment != null && !subSegment.equals(m.subSegment())) continue;
        out.add(actor.role() == nl.jeugdregie.shared.Role.POLICY ? suppressed(m) : m);
      }
    }
    return out;
  }

  /** The regions the actor may see, narrowed to {@code region} when given. */
  private List<String> regions(Actor actor, @Nullable String region) {
    if (region != null && !catalog.ids().contains(region)) {
      throw new ListRefusedException("region", "is not a region of the policy catalog");
    }
    return switch (actor.role()) {
      case ADMIN, POLICY -> region == null ? catalog.ids() : List.of(region);
      case CONTRACT_MANAGER -> {
        String own = Objects.requireNonNull(actor.region());
        if (region != null && !region.equals(own)) {
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

  static Measurement suppressed(Measurement m) {
    if (m.clients() >= K) return m;
    return new Measurement(
        m.metric(),
        m.region(),
        m.providerAgb(),
        m.subSegment(),
        m.year(),
        null,
        0,
        0,
        0,
        SUPPRESSED);
  }

  /** The norms' scope per metric of a region: the union of sub-segments and products. */
  private record Scope(Set<String> forms, Set<String> products, @Nullable Integer baseYear) {}

  private Map<Metric, Scope> scopes(String region) {
    Map<Metric, Scope> scopes = new EnumMap<>(Metric.class);
    for (PolicyPack pack : catalog.versions(region)) {
      for (Norm norm : pack.norms()) {
        if (!ROUTE_METRICS.contains(norm.metric())) continue;
        Scope was = scopes.get(norm.metric());
        Set<String> forms = new HashSet<>(norm.subSegments());
        Set<String> products = new HashSet<>(norm.products());
        Integer base = norm.baselineYear();
        if (was != null) {
          // an unscoped norm widens the scope to everything
          forms = was.forms().isEmpty() || forms.isEmpty() ? Set.of() : union(was.forms(), forms);
          products =
              was.products().isEmpty() || products.isEmpty()
                  ? Set.of()
                  : union(was.products(), products);
          if (base == null || (was.baseYear() != null && was.baseYear() < base)) {
            base = was.baseYear();
          }
        }
        scopes.put(norm.metric(), new Scope(Set.copyOf(forms), Set.copyOf(products), base));
      }
    }
    return scopes;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u;
  }

  /**
   * The route KPIs of one region, unscoped, for the traffic lights and the provider findings
   * ({@link ControlDashboard} scopes and suppresses what it shows).
   */
  @Override
  public List<Measurement> measure(String region, int year) {
    return measure(region, year, LocalDate.now(clock));
  }

  private List<Measurement> measure(String region, int year, LocalDate today) {
    Map<Metric, Scope> scopes = scopes(region);
    if (scopes.isEmpty()) return List.of();
    Trajectories trajectories = new Trajectories(region, year, today, facts.trajectories(region));
    AllocationShares allocations =
        new AllocationShares(region, year, today, facts.allocations(region));
    List<Measurement> out = new ArrayList<>();
    for (Map.Entry<Metric, Scope> e : scopes.entrySet()) {
      Scope s = e.getValue();
      int base = s.baseYear() == null ? year - 1 : s.baseYear();
      out.addAll(
          switch (e.getKey()) {
            case NO_FURTHER_SUPPORT_12M_SHARE -> trajectories.noFurtherSupport12m(s.forms());
            case ENDED_ACCORDING_TO_PLAN_VS_NATIONAL -> {
              BigDecimal national =
                  facts
                      .nationalReference(Metric.ENDED_ACCORDING_TO_PLAN_VS_NATIONAL, year)
                      .orElse(null);
              yield trajectories.endedAccordingToPlanVsNational(s.forms(), national);
            }
            case AVERAGE_DURATION_CHANGE -> trajectories.averageDurationChange(s.forms(), base);
            case HEAVIER_INDICATION_DURING_SHARE -> trajectories.heavierDuring(s.forms());
            case SAME_OR_HEAVIER_WITHIN_6M_SHARE -> trajectories.sameOrHeavierWithin6m(s.forms());
            case GOALS_REACHED_IN_TIME_SHARE -> trajectories.goalsReachedInTime(s.forms());
            case HOURS_PER_CLIENT_YEARLY_CHANGE ->
                Trajectories.hoursPerClientChange(
                    region, year, today, facts.hours(region), s.forms());
            case HARMFUL_WAITING_LIST_CHANGE ->
                allocations.harmfulWaitingListChange(s.forms(), base);
            case LIGHT_MIDDLE_INTENSITY_SHARE -> trajectories.lightMiddleIntensity(s.forms());
            case RETURN_WITHIN_2Y_SHARE -> trajectories.returnWithin2y(s.forms());
            case DURABLE_SHARE -> trajectories.durableShare(s.forms());
            case LEVEL_1_SHARE -> allocations.level1(s.forms(), s.products());
            case WITHIN_SIGNAL_BUDGET_SHARE ->
                allocations.withinSignalBudget(s.forms(), s.products());
            case BUDGET_DECLARED_SHARE -> allocations.budgetDeclared(s.forms(), s.products());
            case EXTENSION_REQUEST_SHARE -> trajectories.extensionRequests(s.forms());
            case RESULT_REACHED_SHARE -> trajectories.resultReached(s.forms());
            default -> List.of();
          });
    }
    return out;
  }
}
