package nl.jeugdregie.allocation;

/**
 * Where delivery of one allocated product stands, as start (JW305) and stop (JW307) messages left
 * it (ijw.md 5.5): not started, started, paused by a temporary stop (JZ588 20) or ended by a
 * definitive stop. A new start is allowed after either kind of stop (iJw OP379).
 */
public enum DeliveryState {
  /** No start received yet (GEEN_LEVERING). */
  NOT_STARTED,
  /** A start is current (GESTART). */
  STARTED,
  /** Stopped temporarily, reason 20 (TIJDELIJK_GESTOPT). */
  PAUSED,
  /** Stopped definitively (DEFINITIEF_GESTOPT). */
  ENDED
}
