package nl.jeugdregie.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * Fixtures: the ijw.md 5.6 allocation of 3 hours per week from 2025-10-07 to 2025-12-30 for product
 * 45A48 at 87,25 an hour, declared by provider 12345678 for client C1.
 */
final class Lines {

  static final String CLIENT = "C1";
  static final String PROVIDER = "12345678";
  static final String CATEGORY = "45";
  static final String CODE = "45A48";
  static final long HOUR_TARIFF = 8725;
  static final DateRange ALLOCATED =
      DateRange.of(LocalDate.of(2025, 10, 7), LocalDate.of(2025, 12, 30));
  static final AllocationTerms THREE_HOURS_A_WEEK =
      new AllocationTerms(ALLOCATED, new Volume(3, Unit.HOUR, Frequency.PER_WEEK), null);
  static final AllocationFacts ALLOCATION =
      new AllocationFacts(CLIENT, PROVIDER, CATEGORY, CODE, THREE_HOURS_A_WEEK, false, Unit.HOUR);

  private Lines() {}

  static DateRange period(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  static DateRange month(int month) {
    YearMonth ym = YearMonth.of(2025, month);
    LocalDate start = ym.atDay(1).isBefore(ALLOCATED.start()) ? ALLOCATED.start() : ym.atDay(1);
    LocalDate end = ym.atEndOfMonth();
    LocalDate allocatedEnd = ALLOCATED.end();
    if (allocatedEnd != null && allocatedEnd.isBefore(end)) end = allocatedEnd;
    return DateRange.of(start, end);
  }

  /** A debit in hours at the contract tariff, amount computed right. */
  static DeclaredLine hours(String reference, DateRange period, long hours) {
    return new DeclaredLine(
        reference,
        null,
        DebitCredit.DEBIT,
        1,
        CATEGORY,
        CODE,
        period,
        hours,
        Unit.HOUR,
        HOUR_TARIFF,
        hours * HOUR_TARIFF);
  }

  static DeclaredLine line(
      DateRange period, long volume, Unit unit, @Nullable Long tariff, long amount) {
    return new DeclaredLine(
        "R1", null, DebitCredit.DEBIT, 1, CATEGORY, CODE, period, volume, unit, tariff, amount);
  }

  /** The credit that reverses {@code debit} exactly. */
  static DeclaredLine creditOf(DeclaredLine debit, String reference) {
    return new DeclaredLine(
        reference,
        debit.reference(),
        DebitCredit.CREDIT,
        debit.allocationNumber(),
        debit.category(),
        debit.productCode(),
        debit.productPeriod(),
        debit.volume(),
        debit.unit(),
        debit.tariffCents(),
        debit.amountCents());
  }

  static BookedLine booked(DeclaredLine line) {
    return new BookedLine(
        line.reference(),
        line.previousReference(),
        line.debitCredit(),
        line.productPeriod(),
        line.volume(),
        line.unit(),
        line.amountCents(),
        line.productCode());
  }

  /** Declared for 2025-12 on 2026-01-05, against the fixture allocation. */
  static LineContext context(BookedLine... booked) {
    return context(ALLOCATION, HOUR_TARIFF, booked);
  }

  static LineContext context(
      @Nullable AllocationFacts allocation, @Nullable Long tariff, BookedLine... booked) {
    return new LineContext(
        YearMonth.of(2025, 12),
        LocalDate.of(2026, 1, 5),
        CLIENT,
        PROVIDER,
        allocation,
        tariff,
        List.of(booked),
        false,
        null,
        false);
  }

  /** The context of a credit of {@code debit}, booked before. */
  static LineContext creditContext(DeclaredLine debit, boolean alreadyCredited) {
    LineContext base = context(booked(debit));
    return new LineContext(
        base.declarationPeriod(),
        base.declarationDate(),
        CLIENT,
        PROVIDER,
        ALLOCATION,
        HOUR_TARIFF,
        base.booked(),
        false,
        booked(debit),
        alreadyCredited);
  }

  static List<String> codes(DeclaredLine line, LineContext context) {
    return LineCheck.check(line, context).stream().map(ReturnCode::code).toList();
  }

  static List<String> rules(DeclaredLine line, LineContext context) {
    return LineCheck.check(line, context).stream().map(ReturnCode::rule).toList();
  }
}
