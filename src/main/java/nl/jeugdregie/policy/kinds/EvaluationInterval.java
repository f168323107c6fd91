package nl.jeugdregie.policy.kinds;

import java.time.Period;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;
import org.jspecify.annotations.Nullable;

/**
 * The provider evaluates every {@code every}; care longer than {@code longCareOver} is evaluated
 * with the municipality after {@code municipalityAfter} (Twente: 6 months; over a year with the
 * municipality after about 6 months, 002 p.1 and bijlage 1, R-TWE-5).
 */
public record EvaluationInterval(
    Period every, @Nullable Period longCareOver, @Nullable Period municipalityAfter)
    implements RuleKind {

  public static EvaluationInterval from(YamlFields p) {
    return new EvaluationInterval(
        p.period("every"), p.optionalPeriod("longCareOver"), p.optionalPeriod("municipalityAfter"));
  }
}
