package nl.jeugdregie.policy;

/** The decision on a request: allocate, put in investigation (Onderzoek), or reject. */
public enum Outcome {
  APPROVE,
  INVESTIGATE,
  REJECT
}
