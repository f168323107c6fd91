package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.jeugdregie.policy.Metric;
import nl.jeugdregie.policy.Norm;
import org.jspecify.annotations.Nullable;

/**
 * The traffic light per provider per pillar (R-IJS-11, 001 §4.8 "in één oogopslag duidelijk ... hoe
 * een aanbieder scoort op de vier inhoudelijke pijlers"; 001 bijlage 2 §1; issue 13: "the traffic
 * light per provider per pillar follows each pack's bands"). Pure: measurements and the pack's
 * norms in, lights out; no database.
 *
 * <ul>
 *   <li>A norm applies to {@code year} when its {@code by} is absent or not later, and its baseline
 *       year (if any) lies before {@code year} (the base year itself is measured, not judged).
 *   <li>A norm scoped to sub-segments or products judges the measurements whose {@code subSegment}
 *       is one of them; an unscoped norm judges the measurement without a sub-segment.
 *   <li>GREEN: the value lies inside the band, both bounds inclusive. AMBER: outside the band but
 *       within the tolerance, its edge inclusive. RED: further out. GREY: no measurement, or its
 *       value is null (the measurement's {@code missing} says why).
 *   <li>Tolerance: no pack names one yet, so the default applies and is marked {@code
 *       toleranceAssumed}: a tenth of the band's width for a two-sided band, a tenth of the bound's
 *       absolute value for a one-sided one (a bound of 0 leaves no amber).
 *   <li>A norm with a baseline compares the change: the metrics with a baseline (COST_PER_CLIENT,
 *       HOURS_PER_CLIENT_YEARLY_CHANGE, AVERAGE_DURATION_CHANGE, ...) are reported by their
 *       families as the change already (see {@link Measurement}), so the band is applied to the
 *       value as it stands.
 *   <li>A pillar takes its worst norm ({@link Light} orders them); {@code decidedBy} names the
 *       norms with that light. A pillar without any applicable norm is GREY with no norms.
 * </ul>
 */
public final class TrafficLights {

  private static final BigDecimal TENTH = new BigDecimal("0.1");

  private TrafficLights() {}

  /** One norm judged against one measurement (or its absence). */
  public record NormLight(
      String normId,
      Metric metric,
      @Nullable String subSegment,
      @Nullable BigDecimal value,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      BigDecimal tolerance,
      boolean toleranceAssumed,
      Light light,
      String why,
      long clients,
      boolean normAssumption,
      String source) {}

  /** The light of one pillar for one provider (null: the region as a whole) in one year. */
  public record PillarLight(
      String region,
      @Nullable String providerAgb,
      int year,
      Pillar pillar,
      Light light,
      List<String> decidedBy,
      List<NormLight> norms) {}

  /**
   * The lights of every provider that has a measurement (and of the region as a whole when it has
   * one), each with all four pillars, ordered region-first then by AGB.
   */
  public static List<PillarLight> judge(
      String region, int year, List<Measurement> measurements, List<Norm> norms) {
    List<Norm> applicable = norms.stream().filter(n -> applies(n, year)).toList();
    Set<@Nullable String> providers = new LinkedHashSet<>();
    measurements.stream()
        .filter(m -> m.region().equals(region) && m.year() == year)
        .map(Measurement::providerAgb)
        .sorted(Comparator.nullsFirst(Comparator.<String>naturalOrder()))
        .forEach(providers::add);
    List<PillarLight> result = new ArrayList<>();
    for (String provider : providers) {
      Map<Pillar, List<NormLight>> byPillar = new EnumMap<>(Pillar.class);
      for (Pillar p : Pillar.values()) byPillar.put(p, new ArrayList<>());
      for (Norm norm : applicable) {
        List<Measurement> judged =
            measurements.stream()
                .filter(
                    m ->
                        m.region().equals(region)
                            && m.year() == year
                            && m.metric() == norm.metric()
                            && Objects.equals(m.providerAgb(), provider)
                            && inScope(norm, m.subSegment()))
                .toList();
        List<NormLight> lights = byPillar.getOrDefault(Pillar.of(norm.metric()), new ArrayList<>());
        if (judged.isEmpty()) {
          lights.add(light(norm, null));
        } else {
          for (Measurement m : judged) lights.add(light(norm, m));
        }
      }
      for (Pillar pillar : Pillar.values()) {
        List<NormLight> lights = byPillar.getOrDefault(pillar, List.of());
        Light worst = lights.stream().map(NormLight::light).reduce(Light.GREEN, Light::worse);
        if (lights.isEmpty()) worst = Light.GREY;
        Light decided = worst;
        List<String> decidedBy =
            lights.stream()
                .filter(l -> l.light() == decided)
                .map(
                    l ->
                        l.normId()
                            + " "
                            + l.metric()
                            + (l.subSegment() == null ? "" : " [" + l.subSegment() + "]")
                            + ": "
                            + l.why())
                .toList();
        result.add(new PillarLight(region, provider, year, pillar, worst, decidedBy, lights));
      }
    }
    return result;
  }

  /** Whether {@code norm} is judged in {@code year}: in force ({@code by}), after its base year. */
  static boolean applies(Norm norm, int year) {
    if (norm.by() != null && norm.by() > year) return false;
    return norm.baselineYear() == null || norm.baselineYear() < year;
  }

  static boolean inScope(Norm norm, @Nullable String subSegment) {
    if (norm.subSegments().isEmpty() && norm.products().isEmpty()) return subSegment == null;
    return subSegment != null
        && (norm.subSegments().contains(subSegment) || norm.products().contains(subSegment));
  }

  /** The default tolerance (an assumption: no pack names one). */
  static BigDecimal tolerance(Norm norm) {
    BigDecimal min = norm.min();
    BigDecimal max = norm.max();
    if (min != null && max != null) return max.subtract(min).abs().multiply(TENTH);
    BigDecimal bound = min != null ? min : max;
    return bound == null ? BigDecimal.ZERO : bound.abs().multiply(TENTH);
  }

  /** One norm against one measurement; a null measurement is GREY. */
  static NormLight light(Norm norm, @Nullable Measurement m) {
    BigDecimal t = tolerance(norm);
    BigDecimal value = m == null ? null : m.value();
    Light light;
    String why;
    if (m == null) {
      light = Light.GREY;
      why = "not measured";
    } else if (value == null) {
      light = Light.GREY;
      why = "not measured: " + Objects.requireNonNullElse(m.missing(), "no value");
    } else if (norm.min() == null && norm.max() == null) {
      light = Light.GREY;
      why = "the norm has no target band";
    } else {
      BigDecimal min = norm.min();
      BigDecimal max = norm.max();
      String band = band(norm);
      if (min != null && value.compareTo(min) < 0) {
        boolean near = value.compareTo(min.subtract(t)) >= 0;
        light = near ? Light.AMBER : Light.RED;
        why =
            plain(value)
                + " below "
                + band
                + (near ? " within" : " beyond")
                + " tolerance "
                + plain(t);
      } else if (max != null && value.compareTo(max) > 0) {
        boolean near = value.compareTo(max.add(t)) <= 0;
        light = near ? Light.AMBER : Light.RED;
        why =
            plain(value)
                + " above "
                + band
                + (near ? " within" : " beyond")
                + " tolerance "
                + plain(t);
      } else {
        light = Light.GREEN;
        why = plain(value) + " inside " + band;
      }
    }
    return new NormLight(
        norm.id(),
        norm.metric(),
        m == null ? null : m.subSegment(),
        value,
        norm.min(),
        norm.max(),
        t,
        true,
        light,
        why,
        m == null ? 0 : m.clients(),
        norm.assumption(),
        norm.source());
  }

  private static String band(Norm norm) {
    BigDecimal min = norm.min();
    BigDecimal max = norm.max();
    if (min == null) return "<= " + (max == null ? "" : plain(max));
    if (max == null) return ">= " + plain(min);
    return "[" + plain(min) + ", " + plain(max) + "]";
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
  }
}
