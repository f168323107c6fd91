package nl.jeugdregie.policy;

import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * What would be allocated: it starts as what was asked and rules adjust it down (period, volume,
 * sessions, budget, level).
 */
public record Grant(
    DateRange period,
    @Nullable Volume volume,
    @Nullable Integer sessions,
    @Nullable Long budgetCents,
    @Nullable Integer level) {

  static Grant asRequested(DecisionRequest request) {
    return new Grant(
        request.period(),
        request.volume(),
        request.sessions(),
        request.budget().amountCents(),
        request.budget().level());
  }

  public Grant withPeriod(DateRange newPeriod) {
    return new Grant(newPeriod, volume, sessions, budgetCents, level);
  }

  public Grant withVolume(Volume newVolume) {
    return new Grant(period, newVolume, sessions, budgetCents, level);
  }

  public Grant withSessions(int newSessions) {
    return new Grant(period, volume, newSessions, budgetCents, level);
  }

  public Grant withBudgetCents(long newBudgetCents) {
    return new Grant(period, volume, sessions, newBudgetCents, level);
  }

  public Grant withLevel(int newLevel) {
    return new Grant(period, volume, sessions, budgetCents, newLevel);
  }
}
