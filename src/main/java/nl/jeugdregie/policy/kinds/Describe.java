package nl.jeugdregie.policy.kinds;

import java.util.Collection;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.Money;
import nl.jeugdregie.shared.ReferrerType;

/** Wording and parameter checks the kinds share. */
final class Describe {

  private Describe() {}

  static String referrer(ReferrerType type) {
    return type.name() + " (" + type.code() + ")";
  }

  static String referrers(Collection<ReferrerType> types) {
    StringBuilder text = new StringBuilder();
    for (ReferrerType type : ReferrerType.values()) {
      if (!types.contains(type)) continue;
      if (!text.isEmpty()) text.append(", ");
      text.append(referrer(type));
    }
    return text.toString();
  }

  static String money(long cents) {
    return Money.cents(cents).toString();
  }

  static String product(RequestCase c) {
    String code = c.request().productCode();
    return code != null ? "product " + code : "category " + c.category();
  }

  /** An effect for a rule that refuses or routes: REJECT or INVESTIGATE only. */
  static Effect refusal(YamlFields p, String key, Effect otherwise) {
    Effect effect = p.effect(key, otherwise);
    if (effect != Effect.REJECT && effect != Effect.INVESTIGATE) {
      throw p.error("parameter '" + key + "' must be REJECT or INVESTIGATE, got " + effect);
    }
    return effect;
  }

  /** An effect for a rule that caps: ADJUST, or REJECT/INVESTIGATE to refuse instead of capping. */
  static Effect cap(YamlFields p) {
    Effect effect = p.effect("effect", Effect.ADJUST);
    if (effect == Effect.INFO)
      throw p.error("parameter 'effect' must be ADJUST, INVESTIGATE or REJECT");
    return effect;
  }
}
