package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.jeugdregie.control.Breakdown.Figure;
import nl.jeugdregie.control.FactStore.Allocation;
import nl.jeugdregie.policy.Metric;

/**
 * The allocation metrics of one region and year (issue 13), from {@code control.allocation_fact}:
 * what was allocated at which level or budget, what of a budget was paid, and who waits. An
 * allocation is not a CBS trajectory: these metrics count toewijzingen, as their seed clauses do.
 * An allocation "closes" on its care end (the last definitive stop, or the end of its period when
 * care lapsed); one whose care never started is not counted as closed.
 */
final class AllocationShares {

  /**
   * The Treeknorm for the time from the decision to the start of treatment (behandelwachttijd) in
   * youth GGZ: 10 weeks. Assumption for R-NLI-1's "schadelijke wachtlijst", which the seed does not
   * define.
   */
  static final int TREEKNORM_WEEKS = 10;

  private final String region;
  private final int year;
  private final LocalDate today;
  private final List<Allocation> all;

  AllocationShares(String region, int year, LocalDate today, List<Allocation> all) {
    this.region = region;
    this.year = year;
    this.today = today;
    this.all = all;
  }

  private List<Allocation> in(Set<String> forms, Set<String> products) {
    return all.stream()
        .filter(a -> forms.isEmpty() || forms.contains(a.form()))
        .filter(a -> products.isEmpty() || products.contains(a.productCode()))
        .toList();
  }

  private static <T> List<T> where(List<T> items, Predicate<T> p) {
    return items.stream().filter(p).toList();
  }

  private boolean closedIn(Allocation a) {
    return a.careEnd() != null && a.careEnd().getYear() == year;
  }

  /**
   * LEVEL_1_SHARE, R-AMF-5 (Amersfoort 000 Achtergrond: "Het doel van de maatregel is om het aantal
   * toewijzingen op interventieniveau 1 alsnog op het niveau van 80% tot 90% te krijgen"). Of the
   * allocations of the norm's products approved in the year with a level, the share granted at
   * intervention level 1 (version 1, as allocated). The 2019 baseline (61%) is of GP-referred
   * clients; this figure counts every referrer. No CBS equivalent.
   */
  List<Measurement> level1(Set<String> forms, Set<String> products) {
    return Breakdown.of(
        Metric.LEVEL_1_SHARE,
        region,
        year,
        in(forms, products),
        true,
        items -> {
          List<Allocation> approved = where(items, a -> a.approvedOn().getYear() == year);
          List<Allocation> levelled = where(approved, a -> a.firstLevel() != null);
          long level1 =
              levelled.stream().filter(a -> Integer.valueOf(1).equals(a.firstLevel())).count();
          return Figure.share(
              level1,
              levelled.size(),
              Breakdown.clients(levelled),
              approved.isEmpty()
                  ? "no allocation approved in " + year
                  : "intervention level not recorded");
        });
  }

  /**
   * WITHIN_SIGNAL_BUDGET_SHARE, R-AAA-2 (Amstelveen/Aalsmeer 004 'Signaalbudgetten': "Het idee is
   * dat 80% van de hulp binnen het signaalbudget valt. Voor de overige 20% is er het
   * maatwerkbudget."). Of the allocations granted with a signaalbudget that closed in the year, the
   * share whose payments (the ledger, credits subtracted) stayed within the signaalbudget as first
   * granted (version 1), even when a maatwerk budget was added later. No CBS equivalent.
   */
  List<Measurement> withinSignalBudget(Set<String> forms, Set<String> products) {
    return Breakdown.of(
        Metric.WITHIN_SIGNAL_BUDGET_SHARE,
        region,
        year,
        in(forms, products),
        true,
        items -> {
          List<Allocation> closed =
              where(
                  items,
                  a ->
                      "SIGNAALBUDGET".equals(a.budgetScheme())
                          && a.firstBudgetCents() != null
                          && closedIn(a));
          long within =
              closed.stream()
                  .filter(
                      a -> a.firstBudgetCents() != null && a.paidCents() <= a.firstBudgetCents())
                  .count();
          return Figure.share(
              within,
              closed.size(),
              Breakdown.clients(closed),
              "no signaalbudget allocation closed in " + year);
        });
  }

  /**
   * BUDGET_DECLARED_SHARE, R-IJS-11 (IJsselland 001 §4.2.1.5.1: "de norm dat gemiddeld 70 tot 80
   * procent van het budget wordt gedeclareerd door een aanbieder"). Of the keuzebudgets (standard
   * and offerte) that closed in the year, the cents paid (approved declarations, credits
   * subtracted) over the cents budgeted (the current version's budget): a ratio of sums, so a large
   * budget weighs more than a small one. Numerator and denominator are in cents. No CBS equivalent.
   */
  List<Measurement> budgetDeclared(Set<String> forms, Set<String> products) {
    return Breakdown.of(
        Metric.BUDGET_DECLARED_SHARE,
        region,
        year,
        in(forms, products),
        true,
        items -> {
          List<Allocation> closed =
              where(
                  items,
                  a ->
                      ("KEUZEBUDGET".equals(a.budgetScheme()) || "OFFERTE".equals(a.budgetScheme()))
                          && a.budgetCents() != null
                          && a.budgetCents() > 0
                          && closedIn(a));
          long paid = closed.stream().mapToLong(Allocation::paidCents).sum();
          long budget =
              closed.stream().mapToLong(a -> a.budgetCents() == null ? 0 : a.budgetCents()).sum();
          return Figure.share(
              paid, budget, Breakdown.clients(closed), "no keuzebudget closed in " + year);
        });
  }

  /**
   * HARMFUL_WAITING_LIST_CHANGE, R-NLI-1 (003 Bijlage a, kolom GGZ: "In 2025 is de schadelijke
   * wachtlijst minstens teruggebracht naar 50% tov 2022"). The seed does not define the harmful
   * waiting list. Assumption: the clients who, on the year's last day (or today, in the current
   * year), have an approved allocation whose care has not started {@value #TREEKNORM_WEEKS} weeks
   * (the Treeknorm's behandelwachttijd) after its approval, and whose period has not ended. The
   * value is that count against the same count on the base year's last day: count / base - 1.
   * Numerator and denominator are the two counts. CBS publishes no waiting lists.
   */
  List<Measurement> harmfulWaitingListChange(Set<String> forms, int baseYear) {
    return Breakdown.of(
        Metric.HARMFUL_WAITING_LIST_CHANGE,
        region,
        year,
        in(forms, Set.of()),
        true,
        items -> {
          long now = waiting(items, onDay(year));
          long base = waiting(items, onDay(baseYear));
          if (base == 0) {
            return Figure.missing(
                now, 0, now, "no harmful waiting list on " + onDay(baseYear) + " to compare with");
          }
          return new Figure(
              Breakdown.change(BigDecimal.valueOf(now), BigDecimal.valueOf(base)),
              now,
              base,
              now,
              null);
        });
  }

  private LocalDate onDay(int y) {
    LocalDate last = LocalDate.of(y, 12, 31);
    return today.isBefore(last) ? today : last;
  }

  /** The clients waiting longer than the Treeknorm on {@code day}. */
  static long waiting(List<Allocation> items, LocalDate day) {
    return items.stream()
        .filter(a -> !a.approvedOn().plusWeeks(TREEKNORM_WEEKS).isAfter(day))
        .filter(a -> a.careStart() == null || a.careStart().isAfter(day))
        .filter(a -> a.allocatedUntil() == null || !a.allocatedUntil().isBefore(day))
        .map(Allocation::clientId)
        .distinct()
        .count();
  }
}
