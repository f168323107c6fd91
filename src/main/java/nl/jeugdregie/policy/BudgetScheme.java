package nl.jeugdregie.policy;

/**
 * How a region budgets an allocation (domain.md §4): IJsselland's keuzebudget (standard levels) and
 * offerte budget, Amersfoort's intervention levels, Amstelveen/Aalsmeer's signaalbudget and
 * maatwerk budget.
 */
public enum BudgetScheme {
  KEUZEBUDGET,
  OFFERTE,
  INTERVENTION_LEVEL,
  SIGNAALBUDGET,
  MAATWERK
}
