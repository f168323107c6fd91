package nl.jeugdregie.policy.kinds;

import java.time.Period;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;

/**
 * A request above a volume or duration threshold goes to investigation unless provider and
 * municipality had contact first (Twente 'Behandeling individueel': more than 6,000 minutes or
 * longer than 1 year, 002 p.1-2, R-TWE-2). At or under both limits it is processed as usual.
 */
public record VolumeThresholdRoutesToInvestigation(
    long maxTotal, Unit unit, Period maxPeriod, boolean unlessPriorContact)
    implements DecisionRule {

  public static VolumeThresholdRoutesToInvestigation from(YamlFields p) {
    long max = p.value("maxTotal", "a whole number", Long::parseLong);
    Unit unit = p.unit("unit");
    if (unit.minutes() == 0) throw p.error("parameter 'unit' must be a unit of time, got " + unit);
    return new VolumeThresholdRoutesToInvestigation(
        max, unit, p.period("maxPeriod"), p.bool("unlessPriorContact", true));
  }

  @Override
  public Verdict judge(RequestCase c) {
    String over = overLimits(c);
    if (over == null) return Verdict.PASS;
    if (unlessPriorContact && c.request().priorContact()) {
      return Verdict.info(over + "; provider and municipality had contact first");
    }
    return Verdict.investigate(over + " without prior contact with the municipality");
  }

  private @org.jspecify.annotations.Nullable String overLimits(RequestCase c) {
    var period = c.grant().period();
    if (period.isLongerThan(maxPeriod)) {
      return "the period " + period + " is longer than " + maxPeriod;
    }
    Volume volume = c.grant().volume();
    if (volume == null) return null;
    if (volume.unit().minutes() == 0) {
      return "the volume is in "
          + volume.unit()
          + ", which cannot be compared with "
          + maxTotal
          + " "
          + unit;
    }
    long total = volume.totalOver(period, unit);
    return total > maxTotal
        ? "the expected effort of " + total + " " + unit + " is more than " + maxTotal
        : null;
  }
}
