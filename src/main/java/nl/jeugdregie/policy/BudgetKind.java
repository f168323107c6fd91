package nl.jeugdregie.policy;

/** Keuzebudget kind (001 §4.2.1): recovery with an end, or long-term continuous help. */
public enum BudgetKind {
  HERSTEL,
  DUURZAAM
}
