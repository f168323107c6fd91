package nl.jeugdregie.billing;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a declaration (what a JW325 carries, and more): every line with its verdict and all
 * its return codes, and the totals. {@code booked} is false for a pre-check, which books nothing.
 */
public record DeclarationAnswer(
    String providerAgb,
    String number,
    String municipality,
    YearMonth period,
    boolean booked,
    boolean replayed,
    Totals totals,
    List<LineResult> lines) {

  public DeclarationAnswer {
    lines = List.copyOf(lines);
  }

  /** Submitted = debits minus credits as declared (iJw TR358); approved = what is booked. */
  public record Totals(
      int lines, int approved, int rejected, long submittedCents, long approvedCents) {}

  public record LineResult(
      int index,
      String reference,
      String debitCredit,
      int allocationNumber,
      long amountCents,
      String status,
      List<ReturnCode> returnCodes,
      @Nullable Long consumedCents,
      @Nullable Long budgetCents) {

    public LineResult {
      returnCodes = List.copyOf(returnCodes);
    }
  }

  DeclarationAnswer asReplay() {
    return new DeclarationAnswer(
        providerAgb, number, municipality, period, booked, true, totals, lines);
  }
}
