package nl.jeugdregie.billing;

import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A line booked earlier on the same allocation (approved debits and credits).
 *
 * @param productCode the line's product code; it tells apart the lines of an aspecific allocation,
 *     which may have one debit per code and period (TR389). Null when not known: the line then
 *     counts as the same product as any other.
 */
public record BookedLine(
    String reference,
    @Nullable String previousReference,
    DebitCredit debitCredit,
    DateRange productPeriod,
    long volume,
    Unit unit,
    long amountCents,
    @Nullable String productCode) {

  /** A booked line whose product code is not known. */
  public BookedLine(
      String reference,
      @Nullable String previousReference,
      DebitCredit debitCredit,
      DateRange productPeriod,
      long volume,
      Unit unit,
      long amountCents) {
    this(reference, previousReference, debitCredit, productPeriod, volume, unit, amountCents, null);
  }

  boolean isCredit() {
    return debitCredit == DebitCredit.CREDIT;
  }
}
