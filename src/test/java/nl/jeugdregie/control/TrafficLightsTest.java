package nl.jeugdregie.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.control.ProviderFindings.Finding;
import nl.jeugdregie.control.TrafficLights.PillarLight;
import nl.jeugdregie.policy.Metric;
import nl.jeugdregie.policy.Norm;
import nl.jeugdregie.policy.PolicyCatalog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The traffic light of every band edge (R-IJS-11, issue 13), with hand-made measurements: no
 * database. Tolerances are the default: a tenth of the band's width, or of a one-sided bound.
 */
class TrafficLightsTest {

  static final String REGION = "ijsselland";
  static final String AGB = "12345678";

  static Norm norm(Metric metric, @Nullable String min, @Nullable String max) {
    return norm(metric, min, max, null, null, Set.of());
  }

  static Norm norm(
      Metric metric,
      @Nullable String min,
      @Nullable String max,
      @Nullable Integer baselineYear,
      @Nullable Integer by,
      Set<String> subSegments) {
    return new Norm(
        "R-TEST-1",
        metric,
        "test seed",
        subSegments,
        Set.of(),
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max),
        baselineYear,
        null,
        by,
        true,
        null,
        1);
  }

  static Measurement m(Metric metric, @Nullable String value) {
    return m(metric, AGB, null, value);
  }

  static Measurement m(
      Metric metric, @Nullable String agb, @Nullable String subSegment, @Nullable String value) {
    return new Measurement(
        metric,
        REGION,
        agb,
        subSegment,
        2024,
        value == null ? null : new BigDecimal(value),
        0,
        0,
        10,
        value == null ? "no definitive stops" : null);
  }

  static Light light(Norm norm, @Nullable String value) {
    return TrafficLights.light(norm, m(norm.metric(), value)).light();
  }

  /**
   * The IJsselland budget band 0.70-0.80 (001 §4.2.1.5.1): width 0.10, so tolerance 0.01; amber
   * from 0.69 to 0.70 and from 0.80 to 0.81, both tolerance edges inclusive.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.6899, RED",
    "0.69, AMBER",
    "0.6999, AMBER",
    "0.70, GREEN",
    "0.75, GREEN",
    "0.80, GREEN",
    "0.8001, AMBER",
    "0.81, AMBER",
    "0.8101, RED"
  })
  void aTwoSidedBandHasATenthOfItsWidthAsTolerance(String value, Light expected) {
    assertThat(light(norm(Metric.BUDGET_DECLARED_SHARE, "0.70", "0.80"), value))
        .isEqualTo(expected);
  }

  /** min 0.70: tolerance 0.07, amber from 0.63 up to (not including) 0.70. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0.6299, RED", "0.63, AMBER", "0.6999, AMBER", "0.70, GREEN", "1, GREEN"})
  void aMinimumHasATenthOfItsValueAsTolerance(String value, Light expected) {
    assertThat(light(norm(Metric.QUALITY_SCORE, "0.70", null), value)).isEqualTo(expected);
  }

  /** max 0.15: tolerance 0.015, amber above 0.15 up to 0.165. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0, GREEN", "0.15, GREEN", "0.1501, AMBER", "0.165, AMBER", "0.1651, RED"})
  void aMaximumHasATenthOfItsValueAsTolerance(String value, Light expected) {
    assertThat(light(norm(Metric.EXTENSION_REQUEST_SHARE, null, "0.15"), value))
        .isEqualTo(expected);
  }

  /** A negative bound (at least 5% fewer hours): max -0.05, tolerance 0.005. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"-0.10, GREEN", "-0.05, GREEN", "-0.045, AMBER", "-0.0449, RED"})
  void aNegativeBoundTakesItsAbsoluteValue(String value, Light expected) {
    assertThat(light(norm(Metric.HOURS_PER_CLIENT_YEARLY_CHANGE, null, "-0.05"), value))
        .isEqualTo(expected);
  }

  /** A bound of 0 leaves no amber: just below it is red at once. */
  @Test
  void aZeroBoundHasNoAmber() {
    Norm norm = norm(Metric.ENDED_ACCORDING_TO_PLAN_VS_NATIONAL, "0.0", null);
    assertThat(light(norm, "0")).isEqualTo(Light.GREEN);
    assertThat(light(norm, "-0.0001")).isEqualTo(Light.RED);
  }

  @Test
  void aMissingValueIsGreyAndSaysWhy() {
    var light =
        TrafficLights.light(norm(Metric.QUALITY_SCORE, "0.7", null), m(Metric.QUALITY_SCORE, null));
    assertThat(light.light()).isEqualTo(Light.GREY);
    assertThat(light.why()).contains("no definitive stops");
  }

  @Test
  void aPillarTakesItsWorstNormAndNamesTheNormsThatDecided() {
    List<Norm> norms =
        List.of(
            norm(Metric.QUALITY_SCORE, "0.70", null),
            norm(Metric.RESULT_REACHED_SHARE, "0.80", null),
            norm(Metric.BUDGET_DECLARED_SHARE, "0.70", "0.80"),
            norm(Metric.COST_PER_CLIENT, null, "0.05"));
    List<PillarLight> lights =
        TrafficLights.judge(
            REGION,
            2024,
            List.of(
                m(Metric.QUALITY_SCORE, "0.75"), // green
                m(Metric.RESULT_REACHED_SHARE, "0.60"), // 0.60 < 0.80 - 0.08: red
                m(Metric.BUDGET_DECLARED_SHARE, "0.805")), // amber above; cost not measured: grey
            norms);
    assertThat(lights).hasSize(4);
    PillarLight quality = pillar(lights, Pillar.QUALITY);
    assertThat(quality.light()).isEqualTo(Light.RED);
    assertThat(quality.decidedBy()).singleElement().asString().contains("RESULT_REACHED_SHARE");
    assertThat(quality.norms()).hasSize(2);
    PillarLight costs = pillar(lights, Pillar.COSTS);
    assertThat(costs.light()).isEqualTo(Light.AMBER); // amber beats grey
    assertThat(costs.decidedBy()).singleElement().asString().contains("BUDGET_DECLARED_SHARE");
    // no norm on continuity or work processes: grey without norms
    assertThat(pillar(lights, Pillar.CONTINUITY).light()).isEqualTo(Light.GREY);
    assertThat(pillar(lights, Pillar.CONTINUITY).norms()).isEmpty();
  }

  @Test
  void greenWithAnUnmeasuredNormIsGrey() {
    List<PillarLight> lights =
        TrafficLights.judge(
            REGION,
            2024,
            List.of(m(Metric.QUALITY_SCORE, "0.9")),
            List.of(
                norm(Metric.QUALITY_SCORE, "0.70", null),
                norm(Metric.RESULT_REACHED_SHARE, "0.80", null)));
    assertThat(pillar(lights, Pillar.QUALITY).light()).isEqualTo(Light.GREY);
  }

  @Test
  void aNormFromALaterYearOrOnItsBaseYearDoesNotApply() {
    assertThat(
            TrafficLights.applies(
                norm(Metric.COST_PER_CLIENT, null, "0.05", 2022, 2023, Set.of()), 2022))
        .isFalse();
    assertThat(
            TrafficLights.applies(
                norm(Metric.COST_PER_CLIENT, null, "0.05", 2022, 2023, Set.of()), 2023))
        .isTrue();
    assertThat(
            TrafficLights.applies(
                norm(Metric.COST_PER_CLIENT, null, "0.05", 2022, null, Set.of()), 2022))
        .isFalse();
    assertThat(
            TrafficLights.applies(
                norm(Metric.QUALITY_SCORE, "0.7", null, null, 2025, Set.of()), 2024))
        .isFalse();
    List<PillarLight> lights =
        TrafficLights.judge(
            REGION,
            2024,
            List.of(m(Metric.QUALITY_SCORE, "0.1")),
            List.of(norm(Metric.QUALITY_SCORE, "0.7", null, null, 2025, Set.of())));
    assertThat(pillar(lights, Pillar.QUALITY).light()).isEqualTo(Light.GREY);
    assertThat(pillar(lights, Pillar.QUALITY).norms()).isEmpty();
  }

  @Test
  void aNormScopedToSubSegmentsJudgesEachOfThemAndNotTheWhole() {
    Norm norm =
        norm(
            Metric.NO_FURTHER_SUPPORT_12M_SHARE,
            "0.95",
            null,
            null,
            null,
            Set.of("ggz", "duurzaam"));
    List<PillarLight> lights =
        TrafficLights.judge(
            REGION,
            2024,
            List.of(
                m(Metric.NO_FURTHER_SUPPORT_12M_SHARE, AGB, "ggz", "0.96"),
                m(Metric.NO_FURTHER_SUPPORT_12M_SHARE, AGB, "duurzaam", "0.90"),
                m(Metric.NO_FURTHER_SUPPORT_12M_SHARE, AGB, null, "0.10"),
                m(Metric.NO_FURTHER_SUPPORT_12M_SHARE, AGB, "perspectief-1", "0.10")),
            List.of(norm));
    PillarLight quality = pillar(lights, Pillar.QUALITY);
    assertThat(quality.norms())
        .extracting(TrafficLights.NormLight::subSegment)
        .containsExactlyInAnyOrder("ggz", "duurzaam");
    // duurzaam 0.90: below 0.95, within its tolerance 0.095 (>= 0.855): amber
    assertThat(quality.light()).isEqualTo(Light.AMBER);
  }

  @Test
  void eachProviderAndTheRegionGetTheirOwnLights() {
    List<PillarLight> lights =
        TrafficLights.judge(
            REGION,
            2024,
            List.of(
                m(Metric.QUALITY_SCORE, null, null, "0.9"),
                m(Metric.QUALITY_SCORE, "87654321", null, "0.1"),
                m(Metric.QUALITY_SCORE, AGB, null, "0.7")),
            List.of(norm(Metric.QUALITY_SCORE, "0.70", null)));
    assertThat(lights.stream().filter(l -> l.pillar() == Pillar.QUALITY))
        .extracting(PillarLight::providerAgb, PillarLight::light)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, Light.GREEN),
            org.assertj.core.groups.Tuple.tuple(AGB, Light.GREEN),
            org.assertj.core.groups.Tuple.tuple("87654321", Light.RED));
  }

  @ParameterizedTest
  @EnumSource(Metric.class)
  void everyMetricHasAPillar(Metric metric) {
    assertThat(Pillar.of(metric)).isNotNull();
  }

  @Test
  void everyShippedNormHasAPillarAndAToleranceOfATenth() {
    for (var pack : PolicyCatalog.shipped().all()) {
      for (Norm norm : pack.norms()) {
        assertThat(Pillar.of(norm.metric())).isNotNull();
        assertThat(TrafficLights.tolerance(norm).signum()).isNotNegative();
      }
    }
  }

  /**
   * R-IJS-11 §4.3: red on extensions, red on results, and above the budget band (amber or red on
   * the high side) are findings; amber on extensions, below the budget band and the region's own
   * row are not.
   */
  @Test
  void findingsAreRedOnExtensionsOrResultsOrAboveTheBudgetBand() {
    List<Norm> norms =
        List.of(
            norm(Metric.EXTENSION_REQUEST_SHARE, null, "0.15"),
            norm(Metric.RESULT_REACHED_SHARE, "0.80", null),
            norm(Metric.BUDGET_DECLARED_SHARE, "0.70", "0.80"));
    String a = "11111111";
    String b = "22222222";
    String c = "33333333";
    List<PillarLight> lights =
        TrafficLights.judge(
            REGION,
            2024,
            List.of(
                m(Metric.EXTENSION_REQUEST_SHARE, a, null, "0.30"), // red: finding
                m(Metric.RESULT_REACHED_SHARE, a, null, "0.79"), // amber: none
                m(Metric.BUDGET_DECLARED_SHARE, a, null, "0.60"), // below the band: none
                m(Metric.EXTENSION_REQUEST_SHARE, b, null, "0.16"), // amber: none
                m(Metric.RESULT_REACHED_SHARE, b, null, "0.50"), // red: finding
                m(Metric.BUDGET_DECLARED_SHARE, c, null, "0.805"), // amber above: finding
                m(Metric.RESULT_REACHED_SHARE, null, null, "0.10")), // the region: none
            norms);
    List<Finding> findings = ProviderFindings.of(lights);
    assertThat(findings)
        .extracting(Finding::providerAgb, Finding::concern)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                a, ProviderFindings.Concern.KEEPS_ASKING_FOR_EXTENSIONS),
            org.assertj.core.groups.Tuple.tuple(b, ProviderFindings.Concern.RESULTS_NOT_REACHED),
            org.assertj.core.groups.Tuple.tuple(c, ProviderFindings.Concern.MORE_THAN_NEEDED));
    assertThat(
            findings.stream().filter(f -> f.concern() == ProviderFindings.Concern.MORE_THAN_NEEDED))
        .singleElement()
        .satisfies(f -> assertThat(f.bound()).isEqualByComparingTo("0.80"));
  }

  private static PillarLight pillar(List<PillarLight> lights, Pillar pillar) {
    return lights.stream()
        .filter(l -> l.pillar() == pillar && AGB.equals(l.providerAgb()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(pillar + " not in " + Arrays.toString(lights.toArray())));
  }
}
