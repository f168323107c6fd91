package nl.jeugdregie.policy;

/**
 * What one rule says about one request. Expected outcomes are values, not exceptions: a rule that
 * forbids the request rejects, one that needs the municipality's judgement investigates, one that
 * caps the request adjusts the grant.
 */
public sealed interface Verdict {

  Verdict PASS = new Pass();

  static Verdict reject(String message) {
    return new Finding(Effect.REJECT, message, null);
  }

  static Verdict investigate(String message) {
    return new Finding(Effect.INVESTIGATE, message, null);
  }

  /**
   * A refusal with the rule's configured effect: REJECT, or INVESTIGATE (the municipality judges).
   */
  static Verdict refuse(Effect effect, String message) {
    if (effect != Effect.REJECT && effect != Effect.INVESTIGATE) {
      throw new IllegalArgumentException("a refusal is REJECT or INVESTIGATE, not " + effect);
    }
    return new Finding(effect, message, null);
  }

  static Verdict info(String message) {
    return new Finding(Effect.INFO, message, null);
  }

  /** Information that also fills in what the request left open (e.g. the automatic level). */
  static Verdict info(Grant filledIn, String message) {
    return new Finding(Effect.INFO, message, filledIn);
  }

  static Verdict adjust(Grant adjusted, String message) {
    return new Finding(Effect.ADJUST, message, adjusted);
  }

  /** A finding with the given effect; an ADJUST without a new grant is reported as INFO. */
  static Verdict of(Effect effect, String message, Grant adjusted) {
    return new Finding(effect, message, effect == Effect.ADJUST ? adjusted : null);
  }

  /** The rule has nothing to say. */
  record Pass() implements Verdict {}

  /**
   * The rule found something; {@code adjusted} is the new grant with ADJUST (and with INFO when the
   * rule filled in what the request left open).
   */
  record Finding(Effect effect, String message, @org.jspecify.annotations.Nullable Grant adjusted)
      implements Verdict {
    public Finding {
      if (effect == Effect.ADJUST && adjusted == null) {
        throw new IllegalArgumentException("ADJUST needs the adjusted grant");
      }
      if ((effect == Effect.REJECT || effect == Effect.INVESTIGATE) && adjusted != null) {
        throw new IllegalArgumentException(effect + " grants nothing");
      }
    }
  }
}
