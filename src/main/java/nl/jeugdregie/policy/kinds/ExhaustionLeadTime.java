package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;

/**
 * An adjustment must be asked at least this many weeks before a budget runs out in time or money
 * (IJsselland: 8 weeks, 001 §4.2.1.5 5.3, R-IJS-5); the signals module warns before that.
 */
public record ExhaustionLeadTime(int weeks) implements RuleKind {

  public static ExhaustionLeadTime from(YamlFields p) {
    return new ExhaustionLeadTime(p.integer("weeks"));
  }
}
