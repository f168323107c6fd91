package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;

/**
 * Contracted providers publish when they have room and their waiting times, kept current (Twente
 * Beschikbaarheidswijzer, 002 bijlage 1, R-TWE-6): data older than {@code maxAgeDays} is stale.
 */
public record AvailabilityGuide(int maxAgeDays) implements RuleKind {

  public static AvailabilityGuide from(YamlFields p) {
    return new AvailabilityGuide(p.integer("maxAgeDays"));
  }
}
