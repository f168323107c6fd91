package nl.jeugdregie.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every signal rule at its boundaries, on a fixed date (no clock): the pure rule functions, and the
 * shipped packs applied to an allocation by {@link SignalRules}.
 */
class SignalRuleTest {

  /** The fixed "today" of every test. */
  static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

  static final String SUBJECT = "allocation 0362/17";

  @Nested
  class Usage {

    @ParameterizedTest(name = "{0} of {1} cents -> raised {2}")
    @CsvSource({
      "7499, 10000, false", // 74.99%
      "7500, 10000, true", // exactly 75%
      "7501, 10000, true",
      "337499, 450000, false", // Amstelveen 45A01 signaalbudget, one cent under 75%
      "337500, 450000, true",
      "0, 0, false", // no budget to use
    })
    void raisesAtOrAboveTheThreshold(long consumed, long limit, boolean raised) {
      Optional<Finding> f =
          UsageThreshold.check("R-AAA-2", new BigDecimal("0.75"), SUBJECT, consumed, limit);
      assertThat(f.isPresent()).isEqualTo(raised);
      f.ifPresent(
          x -> {
            assertThat(x.kind()).isEqualTo(SignalKind.USAGE_THRESHOLD);
            assertThat(x.rule()).isEqualTo("R-AAA-2");
            assertThat(x.role()).isEqualTo(Role.PROVIDER);
            assertThat(x.message()).contains(SUBJECT).contains("R-AAA-2");
          });
    }

    @Test
    void showsTheShareRoundedDownSo7499IsNot75() {
      assertThat(Money.percent(7499, 10000)).isEqualTo("74%");
      assertThat(Money.percent(7500, 10000)).isEqualTo("75%");
    }

    @Test
    void raisesNothingWithoutABudget() {
      assertThat(UsageThreshold.check("R-AAA-2", new BigDecimal("0.75"), SUBJECT, 9999, null))
          .isEmpty();
    }
  }

  @Nested
  class ExhaustionInMoney {

    /** The last 3 booked months: 28 + 31 + 30 = 89 days, 8900 cents: 100 cents a day. */
    final List<Exhaustion.Month> booked =
        List.of(
            new Exhaustion.Month(YearMonth.of(2025, 2), 2800),
            new Exhaustion.Month(YearMonth.of(2025, 3), 3100),
            new Exhaustion.Month(YearMonth.of(2025, 4), 3000),
            new Exhaustion.Month(YearMonth.of(2025, 1), 999_999)); // older than the last 3

    @ParameterizedTest(name = "{0} cents left -> raised {1}")
    @CsvSource({
      "5600, true, 2025-06-02", // runs out in 56 days = exactly 8 weeks: due today
      "5699, true, 2025-06-02", // 56.99 days: floor 56
      "5700, false, ", // 57 days: beyond 8 weeks
      "0, true, 2025-04-07", // nothing left: runs out today, was to be asked 8 weeks ago
    })
    void raisesWhenTheForecastIsWithinTheLeadTime(
        long remaining, boolean raised, @Nullable LocalDate due) {
      long limit = 100_000;
      Optional<Finding> f =
          Exhaustion.money(
              "R-IJS-5",
              8,
              SUBJECT,
              limit - remaining,
              limit,
              booked,
              LocalDate.of(2025, 12, 31),
              TODAY);
      assertThat(f.isPresent()).isEqualTo(raised);
      f.ifPresent(
          x -> {
            assertThat(x.kind()).isEqualTo(SignalKind.EXHAUSTION_MONEY);
            assertThat(x.due()).isEqualTo(due);
            assertThat(x.role()).isEqualTo(Role.PROVIDER);
          });
    }

    @Test
    void raisesNothingWhenTheBudgetOutlastsTheAllocation() {
      assertThat(
              Exhaustion.money(
                  "R-IJS-5", 8, SUBJECT, 95_000, 100_000L, booked, TODAY.plusDays(20), TODAY))
          .isEmpty();
    }

    @Test
    void forecastsNothingWithoutABookedMonthOrWithNetCredits() {
      assertThat(Exhaustion.money("R-IJS-5", 8, SUBJECT, 99_000, 100_000L, List.of(), null, TODAY))
          .isEmpty();
      assertThat(
              Exhaustion.money(
                  "R-IJS-5",
                  8,
                  SUBJECT,
                  99_000,
                  100_000L,
                  List.of(new Exhaustion.Month(YearMonth.of(2025, 5), -500)),
                  null,
                  TODAY))
          .isEmpty();
    }
  }

  @Nested
  class ExhaustionInTime {

    @ParameterizedTest(name = "end {0} -> raised {1}")
    @CsvSource({
      "2025-07-28, true", // today + 8 weeks
      "2025-07-29, false", // a day beyond
      "2025-06-02, true", // ends today
      "2025-06-01, false", // ended yesterday
    })
    void raisesWhenTheEndIsWithinTheLeadTime(LocalDate end, boolean raised) {
      Optional<Finding> f = Exhaustion.time("R-IJS-5", 8, SUBJECT, end, TODAY);
      assertThat(f.isPresent()).isEqualTo(raised);
      f.ifPresent(x -> assertThat(x.due()).isEqualTo(end.minusWeeks(8)));
    }
  }

  @Nested
  class Extension {

    /** End 2025-08-25: window 2025-06-02 (12 weeks before) to 2025-06-30 (8 weeks before). */
    static final LocalDate END = LocalDate.of(2025, 8, 25);

    @ParameterizedTest(name = "today {0} -> raised {1}")
    @CsvSource({
      "2025-06-01, false", // 12 weeks + 1 day before
      "2025-06-02, true", // exactly 12 weeks before
      "2025-06-30, true", // exactly 8 weeks before
      "2025-07-01, false", // 8 weeks - 1 day before: the window has passed
    })
    void raisesWithinTheWindowBothEndsIncluded(LocalDate today, boolean raised) {
      Optional<Finding> f = ExtensionDue.check("R-TWE-4", 12, 8, SUBJECT, END, today);
      assertThat(f.isPresent()).isEqualTo(raised);
      f.ifPresent(
          x -> {
            assertThat(x.kind()).isEqualTo(SignalKind.EXTENSION_WINDOW);
            assertThat(x.due()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(x.role()).isEqualTo(Role.PROVIDER);
          });
    }

    @Test
    void raisesNothingForAnOpenEnd() {
      assertThat(ExtensionDue.check("R-TWE-4", 12, 8, SUBJECT, null, TODAY)).isEmpty();
    }
  }

  @Nested
  class Evaluation {

    static final LocalDate START = LocalDate.of(2025, 1, 10);

    @ParameterizedTest(name = "today {0} -> due {1}")
    @CsvSource({
      "2025-06-25, ", // 15 days before the first evaluation (2025-07-10)
      "2025-06-26, 2025-07-10", // 14 days before
      "2025-07-10, 2025-07-10", // on the day
      "2025-07-11, ", // the day after: closed; the next is 2026-01-10
      "2025-12-27, 2026-01-10", // 14 days before the second
    })
    void raisesTwoWeeksBeforeEverySixMonthsFromTheStart(LocalDate today, @Nullable LocalDate due) {
      Optional<Finding> f =
          EvaluationDue.check(
              "R-TWE-5", Period.ofMonths(6), SUBJECT, START, LocalDate.of(2026, 12, 31), today);
      assertThat(f.map(Finding::due).orElse(null)).isEqualTo(due);
    }

    @ParameterizedTest(name = "care {0} to {1}, today {2} -> due {3}")
    @CsvSource({
      "2025-01-10, 2026-03-31, 2025-06-25, ", // over a year; 15 days before 2025-07-10
      "2025-01-10, 2026-03-31, 2025-06-26, 2025-07-10", // 14 days before
      "2025-01-10, 2026-03-31, 2025-07-10, 2025-07-10", // on the day
      "2025-01-10, 2026-03-31, 2025-07-11, ", // the day after: closed
      "2025-01-10, , 2025-07-01, 2025-07-10", // open-ended care counts as long
      "2025-01-10, 2026-01-10, 2025-07-01, ", // exactly a year (start + 1 year = end): not over
      "2025-01-10, 2026-01-11, 2025-07-01, 2025-07-10", // a day more than a year
    })
    void asksTheMunicipalityToEvaluateCareOverAYearAfterSixMonths(
        LocalDate start, @Nullable LocalDate end, LocalDate today, @Nullable LocalDate due) {
      Optional<Finding> f =
          EvaluationDue.withMunicipality(
              "R-TWE-5", Period.ofYears(1), Period.ofMonths(6), SUBJECT, start, start, end, today);
      assertThat(f.map(Finding::due).orElse(null)).isEqualTo(due);
      f.ifPresent(
          finding -> {
            assertThat(finding.kind()).isEqualTo(SignalKind.MUNICIPAL_EVALUATION_DUE);
            assertThat(finding.role()).isEqualTo(nl.jeugdregie.shared.Role.ACCESS_TEAM);
          });
    }

    @Test
    void raisesNothingBeforeCareStartedOrAfterTheEnd() {
      assertThat(
              EvaluationDue.check(
                  "R-TWE-5", Period.ofMonths(6), SUBJECT, null, null, LocalDate.of(2025, 7, 1)))
          .isEmpty();
      assertThat(
              EvaluationDue.check(
                  "R-TWE-5",
                  Period.ofMonths(6),
                  SUBJECT,
                  START,
                  LocalDate.of(2025, 7, 9),
                  LocalDate.of(2025, 7, 1)))
          .isEmpty();
    }
  }

  @Nested
  class Referral {

    /** Letter of 2024-07-01, valid for a year: last valid day 2025-06-30. */
    static final LocalDate LETTER = LocalDate.of(2024, 7, 1);

    @ParameterizedTest(name = "today {0}, started {1} -> raised {2}")
    @CsvSource({
      "2025-06-01, false, false", // 4 weeks + 1 day before the last day
      "2025-06-02, false, true", // exactly 4 weeks before
      "2025-06-30, false, true", // the last valid day
      "2025-07-01, false, false", // expired: a new referral is needed
      "2025-06-15, true, false", // care has started
    })
    void raisesFourWeeksBeforeTheLetterExpiresWhileCareHasNotStarted(
        LocalDate today, boolean started, boolean raised) {
      Optional<Finding> f =
          ReferralExpiring.check("R-TWE-1", Period.ofYears(1), SUBJECT, LETTER, started, today);
      assertThat(f.isPresent()).isEqualTo(raised);
      f.ifPresent(x -> assertThat(x.due()).isEqualTo(LocalDate.of(2025, 6, 30)));
    }
  }

  @Nested
  class Deadlines {

    @Test
    void answerOverdueTheDayAfterTheDueDateUntilAnswered() {
      LocalDate due = LocalDate.of(2025, 3, 10);
      assertThat(
              RequestDeadlines.check(
                  false, "request X", RequestState.IN_INVESTIGATION, due, null, null, due))
          .isEmpty();
      assertThat(
              RequestDeadlines.check(
                  false,
                  "request X",
                  RequestState.IN_INVESTIGATION,
                  due,
                  null,
                  null,
                  due.plusDays(1)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(SignalKind.ANSWER_OVERDUE);
                assertThat(f.rule()).isEqualTo("OP274");
                assertThat(f.role()).isEqualTo(Role.ACCESS_TEAM);
              });
      assertThat(
              RequestDeadlines.check(
                  true, "request X", RequestState.APPROVED, due, due, null, due.plusDays(30)))
          .isEmpty();
    }

    @Test
    void investigationOverdueAfterEightWeeksUntilDecided() {
      LocalDate received = LocalDate.of(2025, 3, 3);
      LocalDate due = nl.jeugdregie.allocation.Deadlines.investigationDue(received);
      assertThat(due).isEqualTo(LocalDate.of(2025, 4, 28));
      assertThat(
              RequestDeadlines.check(
                  true, "x", RequestState.IN_INVESTIGATION, received, received, due, due))
          .isEmpty();
      assertThat(
              RequestDeadlines.check(
                  true,
                  "x",
                  RequestState.IN_INVESTIGATION,
                  received,
                  received,
                  due,
                  due.plusDays(1)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(SignalKind.INVESTIGATION_OVERDUE);
                assertThat(f.rule()).isEqualTo("OP346");
              });
      assertThat(
              RequestDeadlines.check(
                  true, "x", RequestState.APPROVED, received, received, due, due.plusDays(1)))
          .isEmpty();
    }
  }

  /** The shipped packs, applied to allocations: each region raises only its own rules. */
  @Nested
  class Packs {

    final PolicyCatalog catalog = PolicyCatalog.shipped();

    AllocationSituation allocation(
        String region,
        String category,
        @Nullable Long budget,
        long consumed,
        @Nullable LocalDate careStarted,
        @Nullable String referrer,
        @Nullable LocalDate letter) {
      return new AllocationSituation(
          UUID.randomUUID(),
          "0000",
          17,
          region,
          "12345678",
          category,
          null,
          careStarted == null ? "NOT_STARTED" : "STARTED",
          false,
          LocalDate.of(2025, 1, 10),
          LocalDate.of(2025, 8, 25),
          budget,
          consumed,
          List.of(),
          careStarted,
          referrer,
          letter);
    }

    @Test
    void amstelveenSignalsAmbulantBudgetsAt75PercentOnly() {
      var pack = catalog.inForce("amstelveen-aalsmeer", TODAY);
      assertThat(
              SignalRules.forAllocation(
                  pack,
                  allocation("amstelveen-aalsmeer", "45", 450_000L, 337_500, null, null, null),
                  TODAY))
          .extracting(Finding::kind, Finding::rule)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(SignalKind.USAGE_THRESHOLD, "R-AAA-2"));
      assertThat(
              SignalRules.forAllocation(
                  pack,
                  allocation("amstelveen-aalsmeer", "45", 450_000L, 337_499, null, null, null),
                  TODAY))
          .isEmpty();
      // the rule's when: categories 45 only
      assertThat(
              SignalRules.forAllocation(
                  pack,
                  allocation("amstelveen-aalsmeer", "44", 450_000L, 450_000, null, null, null),
                  TODAY))
          .isEmpty();
    }

    @Test
    void twenteSignalsTheExtensionWindowEvaluationAndReferral() {
      var pack = catalog.inForce("twente", TODAY);
      // end 2025-08-25: today 2025-06-02 opens the extension window
      assertThat(
              SignalRules.forAllocation(
                  pack,
                  allocation("twente", "45", null, 0, null, "02", LocalDate.of(2024, 7, 1)),
                  TODAY))
          .extracting(Finding::kind)
          .containsExactlyInAnyOrder(SignalKind.EXTENSION_WINDOW, SignalKind.REFERRAL_EXPIRING);
      // care started 2024-12-10: evaluation due 2025-06-10, within 14 days; a letter of a
      // non-medical referrer (01) is not R-TWE-1's
      assertThat(
              SignalRules.forAllocation(
                  pack,
                  allocation(
                      "twente",
                      "45",
                      null,
                      0,
                      LocalDate.of(2024, 12, 10),
                      "01",
                      LocalDate.of(2024, 7, 1)),
                  TODAY))
          .extracting(Finding::kind)
          .containsExactlyInAnyOrder(SignalKind.EXTENSION_WINDOW, SignalKind.EVALUATION_DUE);
    }

    @Test
    void ijssellandSignalsExhaustionInTimeForABudget() {
      var pack = catalog.inForce("ijsselland", TODAY);
      LocalDate today = LocalDate.of(2025, 7, 1); // 8 weeks before 2025-08-26 > end 2025-08-25
      assertThat(
              SignalRules.forAllocation(
                  pack, allocation("ijsselland", "45", 300_000L, 0, null, null, null), today))
          .extracting(Finding::kind)
          .containsExactly(SignalKind.EXHAUSTION_TIME);
      assertThat(
              SignalRules.forAllocation(
                  pack, allocation("ijsselland", "45", null, 0, null, null, null), today))
          .isEmpty();
    }

    @Test
    void anAllocationPastItsEndRaisesNothing() {
      var pack = catalog.inForce("twente", TODAY);
      assertThat(
              SignalRules.forAllocation(
                  pack,
                  allocation("twente", "45", null, 0, null, "02", LocalDate.of(2024, 7, 1)),
                  LocalDate.of(2025, 8, 26)))
          .isEmpty();
    }
  }
}
