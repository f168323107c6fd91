package nl.jeugdregie.policy.kinds;

import java.math.BigDecimal;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;

/**
 * Signal when budget use reaches a share (Amstelveen/Aalsmeer: 75%, 004 'Signaalbudgetten',
 * R-AAA-2).
 */
public record UsageSignal(BigDecimal threshold) implements RuleKind {

  public static UsageSignal from(YamlFields p) {
    return new UsageSignal(p.fraction("threshold"));
  }
}
