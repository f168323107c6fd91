package nl.jeugdregie.billing;

import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The allocation a line names, as the booking code found it (a null allocation in {@link
 * LineContext} = not found).
 *
 * @param productCode null for an aspecific allocation: any code of the category may be declared
 * @param deleted ended with RedenWijziging 13 (TR384)
 * @param contractUnit the product book's unit, or the aspecific category's; the unit of the
 *     contract tariff and the allocation's unit when its terms carry no volume (TR341)
 */
public record AllocationFacts(
    String clientKey,
    String providerAgb,
    String category,
    @Nullable String productCode,
    AllocationTerms terms,
    boolean deleted,
    Unit contractUnit) {

  /** The unit lines must be declared in: the volume's, else the contract's (TR341). */
  Unit unit() {
    var volume = terms.volume();
    return volume != null ? volume.unit() : contractUnit;
  }
}
