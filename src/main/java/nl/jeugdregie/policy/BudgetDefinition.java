package nl.jeugdregie.policy;

import java.util.Map;
import java.util.OptionalLong;

/**
 * A budget scheme a region uses, with its standard levels (level -> maximum in eurocent), if any.
 */
public record BudgetDefinition(
    BudgetScheme scheme, String source, Map<Integer, Long> levels, boolean assumption) {

  public BudgetDefinition {
    levels = Map.copyOf(levels);
  }

  public OptionalLong levelCents(int level) {
    Long cents = levels.get(level);
    return cents == null ? OptionalLong.empty() : OptionalLong.of(cents);
  }
}
