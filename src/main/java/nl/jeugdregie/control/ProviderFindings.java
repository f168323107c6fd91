package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.control.TrafficLights.NormLight;
import nl.jeugdregie.control.TrafficLights.PillarLight;
import nl.jeugdregie.policy.Metric;
import org.jspecify.annotations.Nullable;

/**
 * The providers a contract manager talks to first (R-IJS-11, 001 bijlage 2 §4.3 "Welke aanbieders
 * continu om verlengingen vragen", "niet de gewenste resultaten halen", and "meer doen dan nodig"),
 * read off the judged norms. Pure: no database.
 *
 * <ul>
 *   <li>{@link Concern#KEEPS_ASKING_FOR_EXTENSIONS}: RED on EXTENSION_REQUEST_SHARE.
 *   <li>{@link Concern#RESULTS_NOT_REACHED}: RED on RESULT_REACHED_SHARE.
 *   <li>{@link Concern#MORE_THAN_NEEDED}: BUDGET_DECLARED_SHARE above the band's maximum (AMBER or
 *       RED on the high side): the provider uses more of the keuzebudget than the 70-80% the region
 *       expects (001 §4.2.1.5.1). Our definition (an assumption); hours per client against the
 *       region's median is not used, because no family measures hours per provider yet.
 * </ul>
 *
 * Only provider rows count (the region as a whole is no provider); a GREY norm is never a finding.
 */
public final class ProviderFindings {

  private ProviderFindings() {}

  /** What a finding says about the provider. */
  public enum Concern {
    KEEPS_ASKING_FOR_EXTENSIONS,
    RESULTS_NOT_REACHED,
    MORE_THAN_NEEDED
  }

  /** One provider's finding, with the norm, value and bound that made it. */
  public record Finding(
      String region,
      String providerAgb,
      int year,
      Concern concern,
      Metric metric,
      String normId,
      @Nullable String subSegment,
      @Nullable BigDecimal value,
      @Nullable BigDecimal bound,
      Light light,
      String why,
      String seed) {}

  private static final String SEED =
      "001 bijlage 2 §4.3 'welke aanbieders continu om verlengingen vragen, niet de gewenste"
          + " resultaten halen of meer doen dan nodig'";

  /** The findings in the lights, in the lights' order. */
  public static List<Finding> of(List<PillarLight> lights) {
    List<Finding> findings = new ArrayList<>();
    for (PillarLight pillar : lights) {
      String provider = pillar.providerAgb();
      if (provider == null) continue;
      for (NormLight norm : pillar.norms()) {
        Concern kind = kind(norm);
        if (kind == null) continue;
        findings.add(
            new Finding(
                pillar.region(),
                provider,
                pillar.year(),
                kind,
                norm.metric(),
                norm.normId(),
                norm.subSegment(),
                norm.value(),
                kind == Concern.RESULTS_NOT_REACHED ? norm.min() : norm.max(),
                norm.light(),
                norm.why(),
                SEED));
      }
    }
    return findings;
  }

  private static @Nullable Concern kind(NormLight norm) {
    return switch (norm.metric()) {
      case EXTENSION_REQUEST_SHARE ->
          norm.light() == Light.RED ? Concern.KEEPS_ASKING_FOR_EXTENSIONS : null;
      case RESULT_REACHED_SHARE -> norm.light() == Light.RED ? Concern.RESULTS_NOT_REACHED : null;
      case BUDGET_DECLARED_SHARE -> aboveBand(norm) ? Concern.MORE_THAN_NEEDED : null;
      default -> null;
    };
  }

  private static boolean aboveBand(NormLight norm) {
    BigDecimal value = norm.value();
    BigDecimal max = norm.max();
    return value != null && max != null && value.compareTo(max) > 0;
  }
}
