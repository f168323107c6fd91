package nl.jeugdregie.billing;

import static nl.jeugdregie.billing.Lines.codes;
import static nl.jeugdregie.billing.Lines.context;
import static nl.jeugdregie.billing.Lines.hours;
import static nl.jeugdregie.billing.Lines.month;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineCheckTest {

  @Test
  void aCorrectLineIsApproved() {
    assertThat(LineCheck.check(hours("R1", month(11), 15), context())).isEmpty();
  }

  @Test
  void aLineWithSeveralFaultsGetsAllTheirCodes() {
    DeclaredLine line =
        new DeclaredLine(
            "R1",
            null,
            DebitCredit.DEBIT,
            1,
            "46",
            Lines.CODE,
            Lines.period("2025-11-02", "2025-11-30"),
            20,
            Unit.HOUR,
            8700L,
            20 * 8700 + 1);
    assertThat(codes(line, context())).containsExactly("9339", "9387", "9346", "0611", "9321");
  }

  @Test
  void aReferenceLongerThanTwentyCharactersIsTechnical() {
    assertThat(Lines.rules(hours("R".repeat(20), month(11), 1), context())).isEmpty();
    assertThat(LineCheck.check(hours("R".repeat(21), month(11), 1), context()))
        .extracting(ReturnCode::code)
        .containsExactly("0001");
  }

  @Test
  void anAmountTooLargeToComputeIsACodeNotAnException() {
    DeclaredLine absurd = Lines.line(month(11), Long.MAX_VALUE / 2, Unit.HOUR, 8725L, 1);
    assertThat(codes(absurd, context())).containsExactly("9346", "9321", "9322");
  }

  private static final AllocationFacts KEUZEBUDGET =
      new AllocationFacts(
          Lines.CLIENT,
          Lines.PROVIDER,
          Lines.CATEGORY,
          null,
          new AllocationTerms(Lines.ALLOCATED, null, 100_000L),
          false,
          Unit.EUROS);

  private static DeclaredLine euros(String reference, int month, long cents) {
    return new DeclaredLine(
        reference,
        null,
        DebitCredit.DEBIT,
        1,
        Lines.CATEGORY,
        Lines.CODE,
        month(month),
        cents,
        Unit.EUROS,
        null,
        cents);
  }

  @ParameterizedTest(name = "after 60000 cents, {0} more: {1}")
  @CsvSource({"39999, ''", "40000, ''", "40001, 9369"})
  void theBudgetMayBeReachedButNotExceeded(long cents, String code) {
    LineContext context = context(KEUZEBUDGET, null, Lines.booked(euros("R1", 10, 60_000)));
    assertThat(codes(euros("R2", 11, cents), context))
        .containsExactlyElementsOf(code.isEmpty() ? List.of() : List.of(code));
  }

  @Test
  void creditsGiveBudgetBack() {
    DeclaredLine october = euros("R1", 10, 60_000);
    LineContext context =
        context(
            KEUZEBUDGET, null, Lines.booked(october), Lines.booked(Lines.creditOf(october, "R1C")));
    assertThat(codes(euros("R2", 11, 100_000), context)).isEmpty();
  }

  @Test
  void theBudgetMessageSaysByHowMuch() {
    LineContext context = context(KEUZEBUDGET, null, Lines.booked(euros("R1", 10, 60_000)));
    assertThat(LineCheck.check(euros("R2", 11, 40_001), context))
        .singleElement()
        .extracting(ReturnCode::message)
        .isEqualTo(
            "with this line 100001 cents would be declared, more than the budget of 100000 cents (1 over)");
  }

  @ParameterizedTest(name = "{0} parses as {1}")
  @CsvSource({"D, DEBIT", "C, CREDIT", "d, DEBIT", "CREDIT, CREDIT"})
  void debitCreditParsesCodeOrName(String text, DebitCredit expected) {
    assertThat(DebitCredit.parse(text)).isEqualTo(expected);
    assertThat(DebitCredit.parse(expected.code())).isEqualTo(expected);
  }

  @Test
  void debitCreditRefusesOtherText() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DebitCredit.parse("X"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The content rules alone (iJw level 2) hold every 0001 code the whole check gives, so a JW323
   * that passes them gets no 0001 on any line when it is booked.
   */
  @Test
  void theContentRulesHoldEveryTechnicalCodeOfTheWholeCheck() {
    DeclaredLine good = hours("R1", month(11), 15);
    List<DeclaredLine> lines =
        List.of(
            good,
            hours("R".repeat(21), month(11), 1),
            hours("R2", Lines.period("2025-10-07", "2025-11-30"), 1),
            hours("R3", Lines.period("2025-12-01", "2026-01-31"), 1),
            Lines.line(month(11), 100, Unit.EUROS, 100L, 100),
            Lines.line(month(11), 100, Unit.EUROS, null, 99),
            Lines.line(month(11), 1, Unit.HOUR, null, 8725),
            Lines.creditOf(Lines.line(month(11), 0, Unit.HOUR, Lines.HOUR_TARIFF, 0), "C1"),
            new DeclaredLine(
                "R4",
                "R0",
                DebitCredit.DEBIT,
                1,
                Lines.CATEGORY,
                Lines.CODE,
                month(11),
                1,
                Unit.HOUR,
                Lines.HOUR_TARIFF,
                Lines.HOUR_TARIFF));
    for (DeclaredLine line : lines) {
      LineContext context = context();
      List<ReturnCode> technical =
          LineCheck.check(line, context).stream().filter(c -> c.code().equals("0001")).toList();
      assertThat(LineCheck.content(line, context.declarationDate()))
          .as(line.reference())
          .containsAll(technical);
    }
    assertThat(LineCheck.content(good, context().declarationDate())).isEmpty();
    assertThat(LineCheck.content(hours("R5", month(11), 1), java.time.LocalDate.of(2030, 12, 1)))
        .extracting(ReturnCode::rule)
        .containsExactly("TR335");
  }

  @Test
  void aProductCodeOutsideTheProductListIsS329ForADebitOnly() {
    LineContext base = context();
    LineContext unlisted =
        new LineContext(
            base.declarationPeriod(),
            base.declarationDate(),
            Lines.CLIENT,
            Lines.PROVIDER,
            Lines.ALLOCATION,
            Lines.HOUR_TARIFF,
            List.of(),
            false,
            null,
            false,
            false);
    assertThat(codes(hours("R1", month(11), 15), unlisted)).containsExactly("S329");
    assertThat(codes(hours("R1", month(11), 15), base)).isEmpty();
    DeclaredLine debit = hours("R1", month(11), 15);
    LineContext credit = Lines.creditContext(debit, false);
    LineContext creditUnlisted =
        new LineContext(
            credit.declarationPeriod(),
            credit.declarationDate(),
            Lines.CLIENT,
            Lines.PROVIDER,
            Lines.ALLOCATION,
            Lines.HOUR_TARIFF,
            credit.booked(),
            false,
            credit.creditedDebit(),
            false,
            false);
    assertThat(codes(Lines.creditOf(debit, "C1"), creditUnlisted)).isEmpty();
  }
}
