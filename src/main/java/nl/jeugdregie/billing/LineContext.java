package nl.jeugdregie.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a line is judged against besides itself.
 *
 * @param declarationPeriod the declaration's month (CS340)
 * @param declarationDate DeclaratieDagtekening
 * @param clientKey who the line is declared for
 * @param providerAgb who declares it
 * @param allocation the allocation the line names; null when there is none with that number
 * @param contractTariffCents the pack's tariff for the product in the product period's year, per
 *     the allocation's contractUnit; null when the pack has none
 * @param booked approved lines on this allocation so far, including earlier approved lines of the
 *     same declaration
 * @param referenceUsed the provider used this ReferentieNummer before (TR314)
 * @param creditedDebit for a credit: the provider's approved debit on the line's allocation whose
 *     reference is the credit's previousReference, if any
 * @param debitAlreadyCredited for a credit: that debit has a credit already (TR390)
 * @param productListed the line's product code is in the region's product list under the line's
 *     category (TR381); true when the line names no code
 */
public record LineContext(
    YearMonth declarationPeriod,
    LocalDate declarationDate,
    String clientKey,
    String providerAgb,
    @Nullable AllocationFacts allocation,
    @Nullable Long contractTariffCents,
    List<BookedLine> booked,
    boolean referenceUsed,
    @Nullable BookedLine creditedDebit,
    boolean debitAlreadyCredited,
    boolean productListed) {

  public LineContext {
    booked = List.copyOf(booked);
  }

  /** A context whose line's product code is in the product list. */
  public LineContext(
      YearMonth declarationPeriod,
      LocalDate declarationDate,
      String clientKey,
      String providerAgb,
      @Nullable AllocationFacts allocation,
      @Nullable Long contractTariffCents,
      List<BookedLine> booked,
      boolean referenceUsed,
      @Nullable BookedLine creditedDebit,
      boolean debitAlreadyCredited) {
    this(
        declarationPeriod,
        declarationDate,
        clientKey,
        providerAgb,
        allocation,
        contractTariffCents,
        booked,
        referenceUsed,
        creditedDebit,
        debitAlreadyCredited,
        true);
  }
}
