package nl.jeugdregie.policy.kinds;

import java.time.Period;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.DateRange;

/**
 * A cap on an allocation's period (IJsselland Wonen-Verblijf at most one year, 001 §4.2.2, R-IJS-6;
 * Twente vaktherapie 1 year, R-TWE-3; Amstelveen/Aalsmeer crisis 6 weeks, 004, R-AAA-4). The last
 * day is start + max - 1 day; an open end is closed.
 */
public record MaximumPeriod(Period max, Effect effect) implements DecisionRule {

  public static MaximumPeriod from(YamlFields p) {
    return new MaximumPeriod(p.period("max"), Describe.cap(p));
  }

  @Override
  public Verdict judge(RequestCase c) {
    DateRange period = c.grant().period();
    if (!period.isLongerThan(max)) return Verdict.PASS;
    DateRange capped = period.capTo(max);
    return Verdict.of(
        effect,
        "the period " + period + " is longer than " + max + "; it ends on " + capped.end(),
        c.grant().withPeriod(capped));
  }
}
