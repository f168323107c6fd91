package nl.jeugdregie.policy;

/**
 * What a finding does to a request. The outcome of a decision is the strongest effect found: REJECT
 * over INVESTIGATE over APPROVE (ADJUST and INFO approve).
 */
public enum Effect {
  INFO,
  ADJUST,
  INVESTIGATE,
  REJECT;

  Outcome outcome() {
    return switch (this) {
      case INFO, ADJUST -> Outcome.APPROVE;
      case INVESTIGATE -> Outcome.INVESTIGATE;
      case REJECT -> Outcome.REJECT;
    };
  }
}
