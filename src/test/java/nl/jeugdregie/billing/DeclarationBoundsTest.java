package nl.jeugdregie.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.junit.jupiter.api.Test;

/**
 * {@link DeclarationSubmission#checkBounds}, the check every declaration route passes (a JW323 is
 * built without the JSON parser): month, dates and amounts within their window and iJw types, and
 * the total summed exactly within LDT_TotaalBedrag.
 */
class DeclarationBoundsTest {

  private static final DateRange MARCH =
      DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

  private static DeclaredLine line(int i, long cents, DateRange period) {
    return new DeclaredLine(
        "R" + i, null, DebitCredit.DEBIT, 1, "45", "45B01", period, 1, Unit.EUROS, null, cents);
  }

  private static DeclarationSubmission declaration(YearMonth month, List<DeclaredLine> lines) {
    List<IndexedLine> indexed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) indexed.add(new IndexedLine(i, lines.get(i)));
    return new DeclarationSubmission(
        "12345678",
        "D1",
        "0153",
        month,
        LocalDate.of(2025, 4, 2),
        List.of(new ClientLines(Bsn.of("111222333"), indexed)),
        "hash");
  }

  private static String field(DeclarationSubmission d) {
    try {
      d.checkBounds();
    } catch (InvalidRequestException e) {
      return e.field();
    }
    return "accepted";
  }

  @Test
  void aTotalOverLdtTotaalBedragIsRefusedOnTheLineThatPassesIt() {
    List<DeclaredLine> lines = new ArrayList<>();
    // 10,000 lines of the largest LDT_Bedrag are 999,999,990,000 cents: just within
    for (int i = 0; i < 10_000; i++) lines.add(line(i, 99_999_999L, MARCH));
    assertThatCode(() -> declaration(YearMonth.of(2025, 3), lines).checkBounds())
        .doesNotThrowAnyException();
    lines.add(line(10_000, 99_999_999L, MARCH));
    assertThatThrownBy(() -> declaration(YearMonth.of(2025, 3), lines).checkBounds())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("declaration.clients[0].lines[10000].amountCents"))
        .hasMessageContaining("LDT_TotaalBedrag");
  }

  @Test
  void longMaxCentsOnALineIsRefusedBeforeAnySum() {
    DeclarationSubmission d =
        declaration(
            YearMonth.of(2025, 3),
            List.of(line(0, Long.MAX_VALUE, MARCH), line(1, Long.MAX_VALUE, MARCH)));
    assertThat(field(d)).isEqualTo("declaration.clients[0].lines[0].amountCents");
  }

  @Test
  void monthsAndProductPeriodsOutsideTheWindowAreNamed() {
    List<DeclaredLine> march = List.of(line(0, 100, MARCH));
    assertThat(field(declaration(YearMonth.of(9999, 12), march))).isEqualTo("declaration.period");
    assertThat(field(declaration(YearMonth.of(2014, 12), march))).isEqualTo("declaration.period");
    assertThat(field(declaration(YearMonth.now().plusMonths(1), march)))
        .isEqualTo("declaration.period");
    assertThat(field(declaration(YearMonth.of(2015, 1), march))).isEqualTo("accepted");
    DateRange far = DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.MAX);
    assertThat(field(declaration(YearMonth.of(2025, 3), List.of(line(0, 100, far)))))
        .isEqualTo("declaration.clients[0].lines[0].productPeriod.end");
  }
}
