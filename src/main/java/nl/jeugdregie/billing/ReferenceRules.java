package nl.jeugdregie.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * References, credits and double declarations: TR314 → 8021 (reference used), CD060 → 0001
 * (previous reference iff credit), TR323 → 8017 (credit of an approved debit, an identical copy),
 * TR390 → 9390 (credited once), TR389 → 9389 (no second debit for the same period and product while
 * the first stands).
 */
@IjwRules({"TR314", "CD060", "TR323", "TR390", "TR389"})
final class ReferenceRules {

  private ReferenceRules() {}

  static void check(DeclaredLine line, LineContext context, List<ReturnCode> codes) {
    if (context.referenceUsed()) {
      codes.add(
          new ReturnCode("8021", "TR314", "reference " + line.reference() + " was used before"));
    }
    checkContent(line, codes);
    String previous = line.previousReference();
    if (line.isCredit()) {
      if (previous != null) checkCredit(line, previous, context, codes);
    } else {
      checkDouble(line, context.booked(), codes);
    }
  }

  /** CD060 (control level 2, 0001): a previous reference exactly when the line is a credit. */
  static void checkContent(DeclaredLine line, List<ReturnCode> codes) {
    String previous = line.previousReference();
    if (line.isCredit() && previous == null) {
      codes.add(ReturnCode.technical("CD060", "a credit names no previous reference"));
    } else if (!line.isCredit() && previous != null) {
      codes.add(ReturnCode.technical("CD060", "a debit names previous reference " + previous));
    }
  }

  private static void checkCredit(
      DeclaredLine line, String previous, LineContext context, List<ReturnCode> codes) {
    BookedLine debit = context.creditedDebit();
    if (debit == null || debit.isCredit()) {
      codes.add(
          new ReturnCode(
              "8017",
              "TR323",
              "no approved debit with reference "
                  + previous
                  + " on allocation "
                  + line.allocationNumber()
                  + " to credit"));
      return;
    }
    if (context.debitAlreadyCredited() || creditOf(previous, context.booked()) != null) {
      codes.add(new ReturnCode("9390", "TR390", "debit " + previous + " was credited already"));
    }
    List<String> differences = new ArrayList<>();
    if (!debit.productPeriod().equals(line.productPeriod())) {
      differences.add("product period " + line.productPeriod() + " not " + debit.productPeriod());
    }
    if (debit.volume() != line.volume() || debit.unit() != line.unit()) {
      differences.add(
          "volume "
              + VolumeLimits.amount(line.volume(), line.unit())
              + " not "
              + VolumeLimits.amount(debit.volume(), debit.unit()));
    }
    if (debit.amountCents() != line.amountCents()) {
      differences.add("amount " + line.amountCents() + " not " + debit.amountCents());
    }
    if (!differences.isEmpty()) {
      codes.add(
          new ReturnCode(
              "8017",
              "TR323",
              "a credit must copy debit " + previous + ": " + String.join(", ", differences)));
    }
  }

  /** TR389: an approved debit for the same period and product that has not been credited. */
  private static void checkDouble(
      DeclaredLine line, List<BookedLine> booked, List<ReturnCode> codes) {
    for (BookedLine earlier : booked) {
      if (earlier.isCredit()
          || !overlap(earlier, line)
          || !sameProduct(earlier.productCode(), line.productCode())
          || creditOf(earlier.reference(), booked) != null) continue;
      codes.add(
          new ReturnCode(
              "9389",
              "TR389",
              "debit "
                  + earlier.reference()
                  + " for "
                  + earlier.productPeriod()
                  + " stands; credit it before declaring the period again"));
      return;
    }
  }

  private static @Nullable BookedLine creditOf(String debitReference, List<BookedLine> booked) {
    for (BookedLine b : booked) {
      if (b.isCredit() && debitReference.equals(b.previousReference())) return b;
    }
    return null;
  }

  private static boolean overlap(BookedLine earlier, DeclaredLine line) {
    var a = earlier.productPeriod();
    var b = line.productPeriod();
    return (a.end() == null || !b.start().isAfter(a.end()))
        && (b.end() == null || !a.start().isAfter(b.end()));
  }

  /** Unknown codes count as the same product; an aspecific allocation has one debit per code. */
  private static boolean sameProduct(@Nullable String earlier, @Nullable String declared) {
    return earlier == null || declared == null || Objects.equals(earlier, declared);
  }
}
