package nl.jeugdregie.allocation;

/**
 * Where a request stands (ijw.md §5.4): answered at once by the engine, it is approved, rejected,
 * or in investigation until the access team decides. A request never waits unanswered: the engine
 * answers on receipt, well inside the 5 working days of OP274.
 */
public enum RequestState {
  IN_INVESTIGATION,
  APPROVED,
  REJECTED
}
