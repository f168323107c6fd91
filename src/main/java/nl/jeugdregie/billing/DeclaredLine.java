package nl.jeugdregie.billing;

import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;

/**
 * One prestatie as declared (iJw JW323). amountCents and volume are positive; the sign is
 * debitCredit.
 *
 * <p>Nothing is refused on construction: content iJw rejects (a reference of 21 characters, a
 * product period without an end) is answered by {@link LineCheck#check} with its return code.
 *
 * @param reference ReferentieNummer, 1..20 characters
 * @param previousReference VorigReferentieNummer: a credit names the debit it reverses
 * @param allocationNumber ToewijzingNummer
 * @param productPeriod ProductPeriode, both dates set
 * @param volume GeleverdVolume, in {@code unit}; eurocents for unit 83
 * @param tariffCents ProductTarief per {@code unit}; null with unit 83 (euros)
 * @param amountCents IngediendBedrag
 */
public record DeclaredLine(
    String reference,
    @Nullable String previousReference,
    DebitCredit debitCredit,
    int allocationNumber,
    String category,
    @Nullable String productCode,
    DateRange productPeriod,
    long volume,
    Unit unit,
    @Nullable Long tariffCents,
    long amountCents) {

  boolean isCredit() {
    return debitCredit == DebitCredit.CREDIT;
  }
}
