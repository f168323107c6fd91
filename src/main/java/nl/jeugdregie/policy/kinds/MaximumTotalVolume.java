package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;

/**
 * A cap on the total volume over the period (Twente vaktherapie: at most 2,200 minutes in total,
 * 002 bijlage 1, R-TWE-3). An adjusted grant is the cap as a total (frequency 6).
 */
public record MaximumTotalVolume(long max, Unit unit, Effect effect) implements DecisionRule {

  public static MaximumTotalVolume from(YamlFields p) {
    return new MaximumTotalVolume(
        p.value("max", "a whole number", Long::parseLong), p.unit("unit"), Describe.cap(p));
  }

  @Override
  public Verdict judge(RequestCase c) {
    Volume volume = c.grant().volume();
    if (volume == null) return Verdict.PASS;
    long total;
    if (volume.unit() == unit) {
      total = volume.totalOver(c.grant().period());
    } else if (volume.unit().minutes() > 0 && unit.minutes() > 0) {
      total = volume.totalOver(c.grant().period(), unit);
    } else {
      return Verdict.investigate(
          "the volume in " + volume.unit() + " cannot be compared with the cap in " + unit);
    }
    if (total <= max) return Verdict.PASS;
    String totalText =
        total == Long.MAX_VALUE ? "an open-ended volume" : total + " " + unit + " in total";
    return Verdict.of(
        effect,
        totalText + " asked; at most " + max + " " + unit,
        c.grant().withVolume(new Volume(max, unit, Frequency.TOTAL)));
  }
}
