package nl.jeugdregie.billing;

/**
 * A booked declaration as a whole, from its lines' verdicts (each line is approved or rejected
 * whole, docs/declarations.md): every line approved, some, or none.
 */
public enum DeclarationState {
  APPROVED,
  PARTLY_APPROVED,
  REJECTED
}
