package nl.jeugdregie.policy;

import nl.jeugdregie.shared.Unit;

/**
 * A product category a region allocates without a product code (iJw aspecifieke toewijzing), such
 * as IJsselland's keuzebudget for ambulant help: the provider chooses the help within the budget.
 */
public record AspecificCategory(String category, String name, Unit unit) {}
