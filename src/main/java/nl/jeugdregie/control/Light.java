package nl.jeugdregie.control;

/**
 * A traffic light, in order of severity (R-IJS-11, 001 §4.8 "stoplicht"): GREEN inside the norm's
 * band, GREY not measured (no measurement, a fact not reported, or suppressed under k = 5), AMBER
 * inside the tolerance, RED outside. GREY ranks above GREEN: a pillar with an unmeasured norm is
 * not shown green, but a measured AMBER or RED still wins over it.
 */
public enum Light {
  GREEN,
  GREY,
  AMBER,
  RED;

  Light worse(Light other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
