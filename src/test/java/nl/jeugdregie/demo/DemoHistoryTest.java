package nl.jeugdregie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.allocation.EndReport;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.demo.DemoRecord.DeclarationRecord;
import nl.jeugdregie.demo.DemoRecord.RequestRecord;
import nl.jeugdregie.demo.DemoRecord.StopRecord;
import nl.jeugdregie.policy.PolicyCatalog;
import org.junit.jupiter.api.Test;

/**
 * The generator's history mode (issue 13): deterministic, dated before the demo month, and holding
 * every fact the control KPIs need: definitive stops with JZ588 31-35, end-of-care reports (and
 * some not reported), returning clients, Amersfoort's rising level-1 share (R-AMF-5) and monthly
 * declarations. Pure: no Spring, no database.
 */
class DemoHistoryTest {

  private static final PolicyCatalog CATALOG = PolicyCatalog.shipped();
  private static final YearMonth DEMO = YearMonth.of(2026, 11);

  @Test
  void theSameInputGivesTheSameHistory() {
    List<String> a = json(DemoGenerator.history(CATALOG, "twente", 2025, DEMO, 6));
    List<String> b = json(DemoGenerator.history(CATALOG, "twente", 2025, DEMO, 6));
    assertThat(a).isNotEmpty().isEqualTo(b);
    assertThat(json(DemoGenerator.history(CATALOG, "twente", 2026, DEMO, 6))).isNotEqualTo(a);
  }

  @Test
  void routesRunToCompletionBeforeTheDemoMonthWithReasonsReportsAndReturns() {
    List<DemoRecord> records = DemoGenerator.history(CATALOG, "twente", 2025, DEMO, 36);
    LocalDate demoStart = DEMO.atDay(1);
    List<StopRecord> stops = of(records, StopRecord.class);
    assertThat(stops).allMatch(s -> s.date().isBefore(demoStart));
    assertThat(stops).noneMatch(s -> s.reason().isTemporary());
    assertThat(stops.stream().map(s -> s.reason().code()).collect(Collectors.toSet()))
        .containsAll(Set.of("31", "32", "33", "34", "35"));
    // 31 (volgens plan) the most common: drawn at 70%
    Map<StopReason, Long> byReason =
        stops.stream().collect(Collectors.groupingBy(StopRecord::reason, Collectors.counting()));
    assertThat(byReason.get(StopReason.ENDED_AS_PLANNED)).isGreaterThan(stops.size() / 2L);
    assertThat(
            stops.stream()
                .map(StopRecord::report)
                .filter(Objects::nonNull)
                .map(EndReport::goals)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(EndReport.Goals.values());
    assertThat(stops).anyMatch(s -> s.report() == null); // not reported
    assertThat(stops)
        .anyMatch(s -> s.report() != null && Boolean.FALSE.equals(s.report().inTime()));

    // returning clients: a BSN with two requests, the second received after the first route ended
    Map<String, Long> perClient =
        of(records, RequestRecord.class).stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.body().path("clientBsn").asString(), Collectors.counting()));
    assertThat(perClient.values()).anyMatch(n -> n >= 2);
    // none from the demo month's 9999 block
    assertThat(perClient.keySet()).noneMatch(b -> b.startsWith("9999"));

    // declared month by month, every month before the demo month
    Set<YearMonth> declared =
        of(records, DeclarationRecord.class).stream()
            .map(DeclarationRecord::period)
            .collect(Collectors.toSet());
    // the shipped packs start in January 2025: 36 months before November 2026 hold 22 with care
    assertThat(declared).hasSizeGreaterThanOrEqualTo(20).allMatch(m -> m.isBefore(DEMO));
    assertThat(declared).allMatch(m -> !m.isBefore(YearMonth.of(2025, 1)));
    // records in date order (the loader needs a month's declarations after its events)
    List<LocalDate> dates =
        records.stream()
            .filter(r -> r instanceof StopRecord || r instanceof DeclarationRecord)
            .map(DemoHistoryTest::date)
            .toList();
    assertThat(dates).isSorted();
  }

  @Test
  void amersfoortsLevelOneShareRisesTowardsEightyPercent() {
    List<RequestRecord> requests =
        of(DemoGenerator.history(CATALOG, "amersfoort", 2025, DEMO, 36), RequestRecord.class);
    int[] first = new int[2]; // the first year: [level 1, all]
    int[] last = new int[2]; // the last year
    for (RequestRecord r : requests) {
      var budget = r.body().path("budget");
      if (!budget.path("scheme").asString("").equals("INTERVENTION_LEVEL")) continue;
      YearMonth m = YearMonth.from(LocalDate.parse(r.body().path("receivedOn").asString()));
      // the packs start in January 2025: its first half year against the last before the demo
      if (!m.isBefore(YearMonth.of(2025, 7)) && m.isBefore(DEMO.minusMonths(6))) continue;
      int[] c = m.isBefore(YearMonth.of(2025, 7)) ? first : last;
      if (budget.path("level").asInt() == 1) c[0]++;
      c[1]++;
    }
    double early = (double) first[0] / first[1];
    double late = (double) last[0] / last[1];
    // drawn at 68-72% in the first half year (month 14-19 of 36) and 79-83% in the last
    assertThat(early).isBetween(0.55, 0.80);
    assertThat(late).isGreaterThan(0.72).isGreaterThan(early);
  }

  @Test
  void moreMonthsThanTheBsnSliceHoldsAreRefusedByName() {
    assertThatThrownBy(() -> DemoGenerator.history(CATALOG, "twente", 2025, DEMO, 49))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jeugdregie.demo.history-months");
  }

  private static LocalDate date(DemoRecord r) {
    return switch (r) {
      case DeclarationRecord d -> d.receivedOn();
      case StopRecord s -> s.date();
      default -> LocalDate.MIN;
    };
  }

  private static <T> List<T> of(List<DemoRecord> records, Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static List<String> json(List<DemoRecord> records) {
    return records.stream().map(r -> r.toJson().toString()).toList();
  }
}
