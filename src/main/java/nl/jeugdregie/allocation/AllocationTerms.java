package nl.jeugdregie.allocation;

import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * What an allocation (iJw toewijzing) grants: its period (Ingangsdatum to Einddatum, the end may be
 * open), a volume (Omvang: amount, unit, frequency), a budget in eurocents over the whole period,
 * or neither (aspecific without budget) (ijw.md 5.1, 5.1a).
 *
 * <p>A volume and a budget together are the region's model, not iJw's: a product allocated in hours
 * within a signaalbudget (Amstelveen/Aalsmeer, R-AAA-2) or a keuzebudget. iJw sends one of them in
 * a JW301 (CD077, CD078); which one is the iJw mapping's choice (issue 5), the budget stays the
 * money cap the ledger holds declarations to.
 *
 * <p>Refused on construction, as iJw refuses them in a JW301: a budget without an end date (CD075),
 * a volume per week without an end date (CD076), and a negative budget.
 */
public record AllocationTerms(
    DateRange period, @Nullable Volume volume, @Nullable Long budgetCents) {

  public AllocationTerms {
    if (budgetCents != null && budgetCents < 0) {
      throw new IllegalArgumentException("budget must not be negative: " + budgetCents);
    }
    if (budgetCents != null && period.isOpenEnded()) {
      throw new IllegalArgumentException(
          "an allocation with a budget needs an end date (iJw CD075)");
    }
    if (volume != null && volume.frequency() == Frequency.PER_WEEK && period.isOpenEnded()) {
      throw new IllegalArgumentException(
          "an allocation with a volume per week needs an end date (iJw CD076)");
    }
  }

  /** Whether the volume is a total over the whole period (frequency 6). */
  boolean isTotal() {
    return volume != null && volume.frequency() == Frequency.TOTAL;
  }

  AllocationTerms withPeriod(DateRange newPeriod) {
    return new AllocationTerms(newPeriod, volume, budgetCents);
  }
}
