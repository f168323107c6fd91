package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;

/**
 * With several providers one is the contact point (main contractor) but the municipality pays each
 * separately, and they share one help plan (Amstelveen/Aalsmeer, 004, R-AAA-6).
 */
public record SeparatePaymentPerProvider(boolean sharedHelpPlan) implements RuleKind {

  public static SeparatePaymentPerProvider from(YamlFields p) {
    return new SeparatePaymentPerProvider(p.bool("sharedHelpPlan", true));
  }
}
