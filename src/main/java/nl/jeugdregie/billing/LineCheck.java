package nl.jeugdregie.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.IjwRules;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Judges one declared line (iJw prestatie) whole: every return code that applies, not only the
 * first (ijw.md 2.6, 5.6). A credit is judged on being an exact copy of an approved debit not
 * credited before; iJw lets the municipality reject a credit only for that and for technical
 * reasons (IV085), so its volume, budget, tariff, product code and allocation period are not judged
 * again.
 *
 * <p>Here itself: TR338 → 9338 (no allocation with the number), TR381 → S329 (the product code is
 * not in the region's product list under its category), CS325 → 0001 (a zero amount is a debit),
 * CS337 → 0001 (a product period without end). The other rules live in {@link PeriodRules}, {@link
 * RelationRules}, {@link AmountRules}, {@link ReferenceRules} and {@link VolumeLimits}.
 */
@IjwRules({"TR338", "TR381", "CS325", "CS337"})
public final class LineCheck {

  private static final int MAX_REFERENCE_LENGTH = 20;

  private LineCheck() {}

  /**
   * All return codes that apply; empty = approved. Never throws for bad content: that is a code.
   */
  public static List<ReturnCode> check(DeclaredLine line, LineContext context) {
    List<ReturnCode> codes = new ArrayList<>();
    checkContent(line, codes);
    AllocationFacts allocation = context.allocation();
    if (allocation == null) {
      codes.add(
          new ReturnCode("9338", "TR338", "no allocation with number " + line.allocationNumber()));
    } else {
      RelationRules.check(line, allocation, context, codes);
    }
    if (!context.productListed() && !line.isCredit()) {
      codes.add(
          new ReturnCode(
              "S329",
              "TR381",
              "product code "
                  + line.productCode()
                  + " is not in the product list under category "
                  + line.category()));
    }
    DateRange period = line.productPeriod();
    LocalDate end = period.end();
    if (end == null) {
      codes.add(ReturnCode.technical("CS337", "product period " + period + " has no end date"));
    } else {
      PeriodRules.checkContent(period, end, context.declarationDate(), codes);
      PeriodRules.checkDeclarationPeriod(period, end, context.declarationPeriod(), codes);
      if (allocation != null && !line.isCredit()) {
        PeriodRules.checkAllocation(period, end, allocation.terms().period(), codes);
      }
    }
    @Nullable Unit contractUnit = allocation == null ? null : allocation.contractUnit();
    if (!line.isCredit()) {
      AmountRules.checkAmount(line, contractUnit, context.contractTariffCents(), codes);
      if (allocation != null) {
        AmountRules.checkTariff(
            line, allocation.contractUnit(), context.contractTariffCents(), codes);
      }
    }
    ReferenceRules.check(line, context, codes);
    if (allocation != null
        && !line.isCredit()
        && end != null
        && RelationRules.unitFits(line.unit(), allocation.unit())) {
      VolumeLimits.check(line, allocation, context.booked(), codes);
    }
    return List.copyOf(codes);
  }

  /**
   * The content rules of one line alone (iJw control level 2, every code 0001), given its
   * DeclaratieDagtekening {@code dated}: what an iJw XSLT can judge inside the message. Every 0001
   * code {@link #check} gives is among these, so a declaration that passes them gets no 0001 on any
   * line when it is judged whole: CS325, CS337, TR137, TR335, CD087, CS339, CD060.
   */
  public static List<ReturnCode> content(DeclaredLine line, LocalDate dated) {
    List<ReturnCode> codes = new ArrayList<>();
    checkContent(line, codes);
    DateRange period = line.productPeriod();
    LocalDate end = period.end();
    if (end == null) {
      codes.add(ReturnCode.technical("CS337", "product period " + period + " has no end date"));
    } else {
      PeriodRules.checkContent(period, end, dated, codes);
    }
    AmountRules.checkContent(line, codes);
    ReferenceRules.checkContent(line, codes);
    return List.copyOf(codes);
  }

  /**
   * IngediendBedrag as iJw computes it: volume x tariff; minutes on an hourly tariff: round(hour
   * tariff x minutes / 60) HALF_UP (IV081/TR346). Unit 83 (euros): the volume, in eurocents
   * (CS339). Fails for units that cannot be converted, such as pieces on an hourly tariff.
   */
  public static long amountCents(
      long volume, Unit declaredUnit, long tariffCents, Unit tariffUnit) {
    return AmountRules.amountCents(volume, declaredUnit, tariffCents, tariffUnit);
  }

  /**
   * The most that may be declared in one product period for the allocation's volume and frequency
   * (TR321), in the allocation's unit, counting only days within the allocation: per day: days x
   * volume; per week: ISO weeks touched x volume (IV077); per month: the volume, also in a partial
   * month (IV078); total: the whole volume. {@code Long.MAX_VALUE} when the terms carry no volume.
   */
  public static long maxVolumeIn(DateRange productPeriod, AllocationTerms terms) {
    return VolumeLimits.maxVolumeIn(productPeriod, terms);
  }

  /** ReferentieNummer length, positive volume and amount, a zero amount as debit (CS325). */
  private static void checkContent(DeclaredLine line, List<ReturnCode> codes) {
    int length = line.reference().length();
    if (length < 1 || length > MAX_REFERENCE_LENGTH) {
      codes.add(ReturnCode.technical("RS", "reference must be 1 to 20 characters, has " + length));
    }
    if (line.volume() < 0) {
      codes.add(ReturnCode.technical("RS", "volume " + line.volume() + " is negative"));
    }
    if (line.amountCents() < 0) {
      codes.add(ReturnCode.technical("RS", "amount " + line.amountCents() + " is negative"));
    }
    if (line.amountCents() == 0 && line.isCredit()) {
      codes.add(ReturnCode.technical("CS325", "a zero amount must be a debit"));
    }
  }
}
