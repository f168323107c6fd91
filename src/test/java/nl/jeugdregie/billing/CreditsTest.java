package nl.jeugdregie.billing;

import static nl.jeugdregie.billing.Lines.booked;
import static nl.jeugdregie.billing.Lines.codes;
import static nl.jeugdregie.billing.Lines.context;
import static nl.jeugdregie.billing.Lines.creditContext;
import static nl.jeugdregie.billing.Lines.creditOf;
import static nl.jeugdregie.billing.Lines.hours;
import static nl.jeugdregie.billing.Lines.month;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.junit.jupiter.api.Test;

class CreditsTest {

  private static final DeclaredLine NOVEMBER = hours("D1", month(11), 10);

  @Test
  void aCreditThatCopiesAnApprovedDebitIsApproved() {
    assertThat(codes(creditOf(NOVEMBER, "C1"), creditContext(NOVEMBER, false))).isEmpty();
  }

  @Test
  void afterTheCreditTheMonthMayBeDeclaredAgain() {
    LineContext context = context(booked(NOVEMBER), booked(creditOf(NOVEMBER, "C1")));
    assertThat(codes(hours("D2", month(11), 12), context)).isEmpty();
  }

  @Test
  void aSecondDebitForTheSameMonthWithoutCreditIsADoubleDeclaration() {
    assertThat(codes(hours("D2", month(11), 1), context(booked(NOVEMBER)))).containsExactly("9389");
  }

  @Test
  void aDebitForAnotherMonthIsNoDoubleDeclaration() {
    assertThat(codes(hours("D2", month(10), 1), context(booked(NOVEMBER)))).isEmpty();
  }

  @Test
  void anAspecificAllocationTakesOneDebitPerCodeAndMonth() {
    AllocationFacts aspecific =
        new AllocationFacts(
            Lines.CLIENT,
            Lines.PROVIDER,
            Lines.CATEGORY,
            null,
            Lines.ALLOCATION.terms(),
            false,
            Unit.HOUR);
    DeclaredLine other =
        new DeclaredLine(
            "D2",
            null,
            DebitCredit.DEBIT,
            1,
            Lines.CATEGORY,
            "45A49",
            month(11),
            1,
            Unit.HOUR,
            8725L,
            8725);
    assertThat(codes(other, context(aspecific, 8725L, booked(NOVEMBER)))).isEmpty();
    assertThat(codes(hours("D3", month(11), 1), context(aspecific, 8725L, booked(NOVEMBER))))
        .containsExactly("9389");
  }

  @Test
  void aSecondCreditOfTheSameDebitIsRejected() {
    assertThat(codes(creditOf(NOVEMBER, "C2"), creditContext(NOVEMBER, true)))
        .containsExactly("9390");
  }

  @Test
  void aCreditWithoutApprovedDebitIsRejected() {
    LineContext noDebit = context();
    assertThat(codes(creditOf(NOVEMBER, "C1"), noDebit)).containsExactly("8017");
  }

  @Test
  void aCreditThatDiffersFromItsDebitIsRejectedSayingHow() {
    DeclaredLine credit = creditOf(NOVEMBER, "C1");
    DeclaredLine smaller =
        new DeclaredLine(
            credit.reference(),
            credit.previousReference(),
            DebitCredit.CREDIT,
            1,
            credit.category(),
            credit.productCode(),
            DateRange.of(month(11).start(), month(11).start().plusDays(9)),
            9,
            Unit.HOUR,
            credit.tariffCents(),
            9 * 8725);
    assertThat(LineCheck.check(smaller, creditContext(NOVEMBER, false)))
        .singleElement()
        .satisfies(
            code -> {
              assertThat(code.code()).isEqualTo("8017");
              assertThat(code.message())
                  .contains("product period 2025-11-01..2025-11-10 not 2025-11-01..2025-11-30")
                  .contains("volume 9 hours not 10 hours")
                  .contains("amount 78525 not 87250");
            });
  }

  @Test
  void aCreditIsNeverRejectedForVolume() {
    DeclaredLine big = hours("D1", month(11), 15);
    LineContext full =
        new LineContext(
            java.time.YearMonth.of(2025, 12),
            java.time.LocalDate.of(2026, 1, 5),
            Lines.CLIENT,
            Lines.PROVIDER,
            Lines.ALLOCATION,
            8725L,
            List.of(
                booked(hours("D0", month(10), 12)),
                booked(big),
                booked(hours("D2", month(12), 12))),
            false,
            booked(big),
            false);
    assertThat(codes(creditOf(big, "C1"), full)).isEmpty();
  }

  @Test
  void aCreditNamesTheDebitAndADebitNamesNone() {
    DeclaredLine creditWithoutPrevious =
        new DeclaredLine(
            "C1",
            null,
            DebitCredit.CREDIT,
            1,
            Lines.CATEGORY,
            Lines.CODE,
            month(11),
            10,
            Unit.HOUR,
            8725L,
            87250);
    assertThat(Lines.rules(creditWithoutPrevious, creditContext(NOVEMBER, false)))
        .containsExactly("CD060");
    DeclaredLine debitWithPrevious =
        new DeclaredLine(
            "D2",
            "D1",
            DebitCredit.DEBIT,
            1,
            Lines.CATEGORY,
            Lines.CODE,
            month(10),
            1,
            Unit.HOUR,
            8725L,
            8725);
    assertThat(Lines.rules(debitWithPrevious, context())).containsExactly("CD060");
  }

  @Test
  void aReferenceUsedBeforeIsRejected() {
    LineContext used =
        new LineContext(
            java.time.YearMonth.of(2025, 12),
            java.time.LocalDate.of(2026, 1, 5),
            Lines.CLIENT,
            Lines.PROVIDER,
            Lines.ALLOCATION,
            8725L,
            List.of(),
            true,
            null,
            false);
    assertThat(codes(hours("D1", month(11), 1), used)).containsExactly("8021");
  }
}
