package nl.jeugdregie.billing;

import java.util.List;
import java.util.Objects;
import nl.jeugdregie.shared.IjwRules;
import nl.jeugdregie.shared.Unit;

/**
 * The line belongs to its allocation: same client and provider (TR304, 8187), not deleted (TR384,
 * 9384), same category (TR339, 9339) and code where the allocation has one (TR340, 9340), a unit
 * that fits (TR341, 9341).
 */
@IjwRules({"TR304", "TR384", "TR339", "TR340", "TR341"})
final class RelationRules {

  private RelationRules() {}

  static void check(
      DeclaredLine line, AllocationFacts allocation, LineContext context, List<ReturnCode> codes) {
    if (!allocation.clientKey().equals(context.clientKey())) {
      codes.add(
          new ReturnCode(
              "8187", "TR304", "allocation " + line.allocationNumber() + " is for another client"));
    }
    if (!allocation.providerAgb().equals(context.providerAgb())) {
      // iJw has no own code for this; the allocation is not the provider's, so it "does not belong"
      codes.add(
          new ReturnCode(
              "8187",
              "TR304",
              "allocation " + line.allocationNumber() + " is for another provider"));
    }
    if (allocation.deleted()) {
      codes.add(
          new ReturnCode(
              "9384", "TR384", "allocation " + line.allocationNumber() + " was deleted"));
    }
    if (!allocation.category().equals(line.category())) {
      codes.add(
          new ReturnCode(
              "9339",
              "TR339",
              "category " + line.category() + " is not the allocated " + allocation.category()));
    }
    String allocatedCode = allocation.productCode();
    if (allocatedCode != null && !Objects.equals(allocatedCode, line.productCode())) {
      codes.add(
          new ReturnCode(
              "9340",
              "TR340",
              "product code " + line.productCode() + " is not the allocated " + allocatedCode));
    }
    if (!unitFits(line.unit(), allocation.unit())) {
      codes.add(
          new ReturnCode(
              "9341",
              "TR341",
              "unit "
                  + line.unit().code()
                  + " does not fit the allocation's unit "
                  + allocation.unit().code()));
    }
  }

  /** Equal units, or minutes declared on an hourly allocation (TR341, IV081). */
  static boolean unitFits(Unit declared, Unit allocated) {
    return declared == allocated || AmountRules.minutesOnHours(declared, allocated);
  }
}
