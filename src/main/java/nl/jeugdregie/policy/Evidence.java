package nl.jeugdregie.policy;

/** What is known of an intervention's effect (004 'Normaliseren en kwaliteit'). */
public enum Evidence {
  PROVEN,
  UNPROVEN,
  INEFFECTIVE,
  OUTSIDE_JEUGDWET
}
