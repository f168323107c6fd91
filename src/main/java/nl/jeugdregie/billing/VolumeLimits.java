package nl.jeugdregie.billing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.IjwRules;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * Volume against Omvang per product period (TR321, 9321) and over the whole allocation (TR322,
 * 9322), and the amount against the budget (TR369, 9369) (ijw.md 5.6, IV076-IV078). Credits reduce
 * what was declared.
 */
@IjwRules({"TR321", "TR322", "TR369"})
final class VolumeLimits {

  private VolumeLimits() {}

  /** See {@link LineCheck#maxVolumeIn}. */
  static long maxVolumeIn(DateRange productPeriod, AllocationTerms terms) {
    Volume volume = terms.volume();
    if (volume == null) return Long.MAX_VALUE;
    DateRange within = intersection(productPeriod, terms.period());
    if (within == null) return 0;
    if (volume.frequency() == Frequency.PER_WEEK) {
      LocalDate end = within.end();
      if (end == null) return volume.amount() == 0 ? 0 : Long.MAX_VALUE;
      return saturatedProduct(volume.amount(), isoWeeks(within.start(), end));
    }
    return volume.totalOver(within);
  }

  /** The most that may be declared over the whole allocation (TR322), in its unit. */
  static long maxVolumeOverAllocation(AllocationTerms terms) {
    return maxVolumeIn(terms.period(), terms);
  }

  /**
   * ISO calendar weeks (Monday to Sunday) with at least one day from {@code first} to {@code last}.
   */
  static long isoWeeks(LocalDate first, LocalDate last) {
    LocalDate firstMonday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate lastMonday = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1;
  }

  /** TR321, TR322 and TR369 for a debit whose unit fits its allocation. */
  static void check(
      DeclaredLine line,
      AllocationFacts allocation,
      List<BookedLine> booked,
      List<ReturnCode> codes) {
    AllocationTerms terms = allocation.terms();
    Volume volume = terms.volume();
    if (volume != null) {
      Scale scale = Scale.of(volume.unit());
      long declared = scale.toBase(line.volume(), line.unit());
      long perPeriod = maxVolumeIn(line.productPeriod(), terms);
      if (declared > scale.toBase(perPeriod, volume.unit())) {
        codes.add(
            new ReturnCode(
                "9321",
                "TR321",
                "volume "
                    + amount(line.volume(), line.unit())
                    + " is more than the "
                    + inBoth(perPeriod, volume.unit(), line.unit())
                    + " allocated for "
                    + YearMonth.from(line.productPeriod().start())
                    + " ("
                    + explain(line.productPeriod(), terms, volume)
                    + ")"));
      }
      long whole = maxVolumeOverAllocation(terms);
      long cumulative = declared;
      for (BookedLine b : booked) {
        long v = scale.toBase(b.volume(), b.unit());
        cumulative = b.isCredit() ? cumulative - v : saturatedSum(cumulative, v);
      }
      if (cumulative > scale.toBase(whole, volume.unit())) {
        codes.add(
            new ReturnCode(
                "9322",
                "TR322",
                "with this line "
                    + amount(scale.fromBase(cumulative, line.unit()), line.unit())
                    + " would be declared, more than the "
                    + inBoth(whole, volume.unit(), line.unit())
                    + " allocated over "
                    + terms.period()));
      }
    }
    Long budget = terms.budgetCents();
    if (budget != null) {
      long spent = line.amountCents();
      for (BookedLine b : booked) {
        spent = b.isCredit() ? spent - b.amountCents() : saturatedSum(spent, b.amountCents());
      }
      if (spent > budget) {
        codes.add(
            new ReturnCode(
                "9369",
                "TR369",
                "with this line "
                    + spent
                    + " cents would be declared, more than the budget of "
                    + budget
                    + " cents ("
                    + (spent - budget)
                    + " over)"));
      }
    }
  }

  /**
   * Volumes in a common unit: minutes on an allocation in a unit of time, so that lines in minutes
   * and in hours on an hourly allocation add up; else the allocation's unit as is.
   */
  private record Scale(boolean minutes) {
    static Scale of(Unit allocated) {
      return new Scale(allocated.minutes() > 0);
    }

    long toBase(long value, Unit unit) {
      return minutes && unit.minutes() > 0 ? saturatedProduct(value, unit.minutes()) : value;
    }

    long fromBase(long value, Unit unit) {
      return minutes && unit.minutes() > 0 ? value / unit.minutes() : value;
    }
  }

  private static String explain(DateRange productPeriod, AllocationTerms terms, Volume volume) {
    DateRange within = intersection(productPeriod, terms.period());
    LocalDate end = within == null ? null : within.end();
    return switch (volume.frequency()) {
      case PER_WEEK ->
          volume.amount()
              + " per week x "
              + (within == null || end == null ? 0 : isoWeeks(within.start(), end))
              + " ISO weeks";
      case PER_DAY ->
          volume.amount() + " per day x " + (within == null ? 0 : within.days()) + " days";
      case PER_MONTH -> volume.amount() + " per month, also in a partial month";
      case TOTAL -> "the allocation's total";
    };
  }

  private static String inBoth(long value, Unit allocated, Unit declared) {
    if (allocated == declared || value == Long.MAX_VALUE) return amount(value, allocated);
    return amount(value, allocated)
        + " ("
        + amount(
            saturatedProduct(value, allocated.minutes() / Math.max(1, declared.minutes())),
            declared)
        + ")";
  }

  static String amount(long value, Unit unit) {
    return value + " " + unitName(unit, value);
  }

  static String unitName(Unit unit, long count) {
    String name =
        switch (unit) {
          case MINUTE -> "minute";
          case HOUR -> "hour";
          case DAY -> "day";
          case DAYPART -> "daypart";
          case OUTPUT, EFFORT -> "piece";
          case EUROS -> "eurocent";
        };
    return count == 1 ? name : name + "s";
  }

  private static @Nullable DateRange intersection(DateRange a, DateRange b) {
    LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate end = earlier(a.end(), b.end());
    if (end != null && end.isBefore(start)) return null;
    return new DateRange(start, end);
  }

  private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.isBefore(b) ? a : b;
  }

  private static long saturatedProduct(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException tooLarge) {
      return Long.MAX_VALUE;
    }
  }

  private static long saturatedSum(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException tooLarge) {
      return Long.MAX_VALUE;
    }
  }
}
