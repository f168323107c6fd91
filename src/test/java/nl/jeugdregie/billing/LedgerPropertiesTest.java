package nl.jeugdregie.billing;

import static nl.jeugdregie.billing.Lines.CATEGORY;
import static nl.jeugdregie.billing.Lines.CLIENT;
import static nl.jeugdregie.billing.Lines.CODE;
import static nl.jeugdregie.billing.Lines.HOUR_TARIFF;
import static nl.jeugdregie.billing.Lines.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.billing.LedgerSequences.Step;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * Random sequences of debits and credits judged one after the other by {@link LineCheck#check},
 * with the history the booking code would give it (approved lines booked, every reference
 * remembered, a credit's debit looked up among the approved debits): what is approved never passes
 * the budget or the volume, a credit reverses an approved debit at most once, and no reference is
 * approved twice.
 */
class LedgerPropertiesTest {

  /** 45A48 in hours at 87,25 for the whole of 2025; declared for 2025-12 on 2026-01-05. */
  static final DateRange YEAR = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  record Judged(DeclaredLine line, List<ReturnCode> codes) {
    boolean approved() {
      return codes.isEmpty();
    }
  }

  @Provide
  Arbitrary<List<Step>> sequences() {
    return LedgerSequences.sequences(30);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void approvedDebitsMinusCreditsNeverPassTheBudget(
      @ForAll("sequences") List<Step> steps,
      @ForAll @LongRange(min = 0, max = 3_000_000) long budgetCents) {
    List<Judged> judged = judge(new AllocationTerms(YEAR, null, budgetCents), steps);
    long consumed = 0;
    for (Judged j : judged) {
      if (!j.approved()) continue;
      consumed += j.line().isCredit() ? -j.line().amountCents() : j.line().amountCents();
      assertThat(consumed).as("consumed after %s", j.line()).isBetween(0L, budgetCents);
    }
    creditsAndReferencesHold(judged);
    Statistics.label("budget reached (a TR369)")
        .collect(judged.stream().anyMatch(j -> has(j, "TR369")));
    judged.stream()
        .forEach(
            j ->
                Statistics.label((j.line().isCredit() ? "credit" : "debit") + " codes")
                    .collect(j.codes().stream().map(ReturnCode::rule).toList().toString()));
    Statistics.label("credits approved")
        .collect(judged.stream().filter(j -> j.approved() && j.line().isCredit()).count() > 0);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void approvedVolumeNeverPassesTheTotalVolume(
      @ForAll("sequences") List<Step> steps,
      @ForAll @LongRange(min = 0, max = 150) long totalHours) {
    List<Judged> judged =
        judge(
            new AllocationTerms(YEAR, new Volume(totalHours, Unit.HOUR, Frequency.TOTAL), null),
            steps);
    long hours = 0;
    for (Judged j : judged) {
      if (!j.approved()) continue;
      hours += j.line().isCredit() ? -j.line().volume() : j.line().volume();
      assertThat(hours).as("hours after %s", j.line()).isBetween(0L, totalHours);
    }
    creditsAndReferencesHold(judged);
    Statistics.label("volume reached (a TR322)")
        .collect(judged.stream().anyMatch(j -> has(j, "TR322")));
  }

  /** Every approved credit reverses an approved debit exactly, once; no reference twice. */
  static void creditsAndReferencesHold(List<Judged> judged) {
    Set<String> approvedReferences = new HashSet<>();
    Set<String> creditedDebits = new HashSet<>();
    List<DeclaredLine> approvedDebits = new ArrayList<>();
    for (Judged j : judged) {
      if (!j.approved()) continue;
      DeclaredLine line = j.line();
      assertThat(approvedReferences.add(line.reference()))
          .as("reference %s approved twice", line.reference())
          .isTrue();
      if (line.isCredit()) {
        String previous = line.previousReference();
        assertThat(previous).isNotNull();
        assertThat(approvedDebits)
            .as("credit %s reverses an approved debit exactly", line)
            .anySatisfy(
                d -> {
                  assertThat(d.reference()).isEqualTo(previous);
                  assertThat(d.amountCents()).isEqualTo(line.amountCents());
                  assertThat(d.volume()).isEqualTo(line.volume());
                  assertThat(d.productPeriod()).isEqualTo(line.productPeriod());
                });
        assertThat(creditedDebits.add(String.valueOf(previous)))
            .as("debit %s credited twice", previous)
            .isTrue();
      } else {
        approvedDebits.add(line);
      }
    }
  }

  static boolean has(Judged judged, String rule) {
    return judged.codes().stream().anyMatch(c -> c.rule().equals(rule));
  }

  /** Judges the steps in order, booking the approved ones, as {@code Declarations} does. */
  static List<Judged> judge(AllocationTerms terms, List<Step> steps) {
    AllocationFacts allocation =
        new AllocationFacts(CLIENT, PROVIDER, CATEGORY, CODE, terms, false, Unit.HOUR);
    List<Judged> judged = new ArrayList<>();
    List<BookedLine> booked = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      DeclaredLine line = line(steps, i, judged);
      String previous = line.previousReference();
      BookedLine debit = null;
      boolean credited = false;
      if (line.isCredit() && previous != null) {
        for (BookedLine b : booked) {
          if (!b.isCredit() && b.reference().equals(previous)) debit = b;
          if (b.isCredit() && previous.equals(b.previousReference())) credited = true;
        }
      }
      LineContext context =
          new LineContext(
              YearMonth.of(2025, 12),
              LocalDate.of(2026, 1, 5),
              CLIENT,
              PROVIDER,
              allocation,
              HOUR_TARIFF,
              booked,
              used.contains(line.reference()),
              debit,
              credited);
      List<ReturnCode> codes = LineCheck.check(line, context);
      used.add(line.reference());
      if (codes.isEmpty()) booked.add(Lines.booked(line));
      judged.add(new Judged(line, codes));
    }
    return judged;
  }

  /**
   * Step i as a line: a debit of whole hours in one month of 2025, or a credit of an earlier line.
   */
  static DeclaredLine line(List<Step> steps, int i, List<Judged> earlier) {
    Step step = steps.get(i);
    if (!step.credit()) {
      long hours = step.size() % 41;
      YearMonth month = YearMonth.of(2025, step.month() + 1);
      return new DeclaredLine(
          step.referenceText(),
          null,
          DebitCredit.DEBIT,
          1,
          CATEGORY,
          CODE,
          DateRange.of(month.atDay(1), month.atEndOfMonth()),
          hours,
          Unit.HOUR,
          HOUR_TARIFF,
          hours * HOUR_TARIFF + (step.wrongAmount() ? 1 : 0));
    }
    List<Integer> approvedDebits = new ArrayList<>();
    for (int k = 0; k < earlier.size(); k++) {
      if (earlier.get(k).approved() && !earlier.get(k).line().isCredit()) approvedDebits.add(k);
    }
    int target = LedgerSequences.creditedStep(step, i, approvedDebits);
    @Nullable DeclaredLine copied = target < 0 ? null : earlier.get(target).line();
    String previous = copied == null ? "X" + i : copied.reference();
    YearMonth month = YearMonth.of(2025, step.month() + 1);
    DateRange period =
        copied == null
            ? DateRange.of(month.atDay(1), month.atEndOfMonth())
            : copied.productPeriod();
    long volume = copied == null ? step.size() % 41 : copied.volume();
    long amount = copied == null ? volume * HOUR_TARIFF : copied.amountCents();
    if (!step.exactCopy()) {
      volume += 1;
      amount += HOUR_TARIFF;
    }
    return new DeclaredLine(
        step.referenceText(),
        previous,
        DebitCredit.CREDIT,
        1,
        CATEGORY,
        CODE,
        period,
        volume,
        Unit.HOUR,
        HOUR_TARIFF,
        amount);
  }
}
