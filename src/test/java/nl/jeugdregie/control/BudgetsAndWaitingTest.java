package nl.jeugdregie.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.control.AvailabilityFeed.Availability;
import nl.jeugdregie.control.Budgets.BudgetSetting;
import nl.jeugdregie.control.Budgets.BudgetUse;
import nl.jeugdregie.control.WaitingTimes.WaitingTime;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Budgets, waiting times and the availability feed (issue 13) on data of fresh providers booked
 * through the real route and billing services: a Twente allocation of 45B01 (EUR 2.05 a minute in
 * 2025) with three months declared, six hand-timed requests, and reports of two providers. Every
 * assertion is filtered by this class's providers.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetsAndWaitingTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Actor ADMIN = Actor.admin("admin");
  static final Actor TWENTE = Actor.contractManager("cm", "twente");

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;
  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired Declarations declarations;
  @Autowired Budgets budgets;
  @Autowired WaitingTimes waitingTimes;
  @Autowired AvailabilityFeed feed;
  @Autowired JdbcClient db;
  @Autowired Clock clock;

  /** The budget provider: one Enschede client, 3000 minutes of 45B01, 10 March-31 Dec 2025. */
  String agb = "";

  /** The waiting-time provider: six Enschede requests received 3 March 2025. */
  String waits = "";

  @BeforeAll
  void bookAHistory() {
    agb = contracted("45", null);
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = TestData.bsn();
    RequestView view = submit(agb, bsn, LocalDate.of(2025, 3, 3), 3000);
    int number = view.allocations().getFirst().number();
    // March 600 minutes (123,000 cents), April 400 (82,000), May 500 (102,500)
    declare(provider, bsn, number, "M3", "2025-03", "2025-03-10", "2025-03-31", 600);
    declare(provider, bsn, number, "M4", "2025-04", "2025-04-01", "2025-04-30", 400);
    declare(provider, bsn, number, "M5", "2025-05", "2025-05-01", "2025-05-31", 500);

    waits = contracted("45", null);
    Actor waiting = Actor.provider("wacht", waits);
    int[] decidedAfter = {2, 4, 6, 8, 10, 1};
    String[] starts = {"2025-03-10", "2025-03-14", "2025-03-18", "2025-03-24", "2025-04-02", ""};
    for (int i = 0; i < decidedAfter.length; i++) {
      RequestView r = submit(waits, TestData.bsn(), LocalDate.of(2025, 3, 3), 1000);
      OffsetDateTime decided =
          OffsetDateTime.of(2025, 3, 3 + decidedAfter[i], 10, 0, 0, 0, ZoneOffset.ofHours(1));
      db.sql("update allocation.decision set decided_at = :at where request_id = :id")
          .param("at", java.sql.Timestamp.from(decided.toInstant()))
          .param("id", r.id())
          .update();
      if (!starts[i].isEmpty()) {
        AllocationRef ref = r.allocations().getFirst();
        allocations.start(
            waiting, ref.municipality(), ref.number(), LocalDate.parse(starts[i]), null);
      }
    }
  }

  private String contracted(String category, @Nullable String product) {
    String code = TestData.agb();
    providers.register(code, "Regiezorg " + code);
    providers.contract(
        new Contract(code, "twente", category, product, LocalDate.of(2020, 1, 1), null));
    return code;
  }

  private RequestView submit(String provider, String bsn, LocalDate received, long minutes) {
    var body =
        JSON.readTree(
            """
            {"kind": "INITIAL", "receivedOn": "%s", "municipality": "0153",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "%s"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "%s", "end": "2025-12-31"},
             "volume": {"amount": %d, "unit": "01", "frequency": "6"},
             "clientBsn": "%s", "providerAgb": "%s", "providerReference": "B-%s"}
            """
                .formatted(
                    received,
                    received.minusDays(14),
                    received.plusDays(7),
                    minutes,
                    bsn,
                    provider,
                    TestData.bsn()));
    RequestView view =
        requests.submit(Actor.provider("aanbieder", provider), RequestSubmission.parse(body));
    assertThat(view.allocations()).as("allocated at once").hasSize(1);
    return view;
  }

  private void declare(
      Actor provider,
      String bsn,
      int number,
      String reference,
      String month,
      String start,
      String end,
      long minutes) {
    String line =
        """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
         "product": {"category": "45", "code": "45B01"},
         "productPeriod": {"start": "%s", "end": "%s"},
         "volume": {"amount": %d, "unit": "01"}, "tariffCents": 205, "amountCents": %d}
        """
            .formatted(reference, number, start, end, minutes, minutes * 205);
    DeclarationAnswer answer =
        declarations.submit(
            provider,
            DeclarationSubmission.parse(
                JSON.readTree(
                    """
                    {"providerAgb": "%s", "number": "%s", "municipality": "0153",
                     "period": "%s", "receivedOn": "%s",
                     "clients": [{"bsn": "%s", "lines": [%s]}]}
                    """
                        .formatted(
                            provider.agb(),
                            reference,
                            month,
                            LocalDate.parse(end).plusDays(2),
                            bsn,
                            line))));
    assertThat(answer.totals().approvedCents()).isEqualTo(minutes * 205);
  }

  private BudgetUse row(Actor actor, String category, LocalDate today) {
    return budgets
        .use(actor, new Budgets.UseQuery("twente", 2025, "0153", category, agb), today)
        .stream()
        .filter(u -> agb.equals(u.providerAgb()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void budgetUseWithForecastAndTheDayItRunsOut() {
    budgets.set(TWENTE, "0153", 2025, new BudgetSetting(500_000, "45", agb));
    BudgetUse use = row(TWENTE, "45", LocalDate.of(2025, 6, 15));
    assertThat(use.region()).isEqualTo("twente");
    assertThat(use.budgetCents()).isEqualTo(500_000);
    // a total of 3000 minutes x 205 cents, the whole period in 2025
    assertThat(use.allocatedCents()).isEqualTo(615_000);
    assertThat(use.unpricedAllocations()).isZero();
    // 123,000 + 82,000 + 102,500
    assertThat(use.declaredCents()).isEqualTo(307_500);
    assertThat(use.paidCents()).isEqualTo(307_500);
    // on 15 June Jan-May are complete; pace = (123,000 + 82,000 + 102,500) / 3 = 102,500 a month;
    // 7 months left (June-Dec): 307,500 + 7 x 102,500 = 1,025,000
    assertThat(use.forecastCents()).isEqualTo(1_025_000);
    // 500,000 - 307,500 = 192,500 left; June takes 102,500, 90,000 left for July:
    // ceil(90,000 / 102,500 x 31) = ceil(27.2) = day 28
    assertThat(use.exhaustionDate()).isEqualTo(LocalDate.of(2025, 7, 28));
    assertThat(use.exhausted()).isFalse();
    assertThat(use.clients()).isEqualTo(1);

    // a budget of all categories for the provider, already passed: 123,000 by March, 205,000 by
    // April; 77,000 of April's 82,000 reached on ceil(77,000 / 82,000 x 30) = day 29
    budgets.set(ADMIN, "0153", 2025, new BudgetSetting(200_000, null, agb));
    BudgetUse all =
        budgets
            .use(
                ADMIN,
                new Budgets.UseQuery("twente", 2025, "0153", null, agb),
                LocalDate.of(2025, 6, 15))
            .stream()
            .filter(u -> u.category() == null)
            .findFirst()
            .orElseThrow();
    assertThat(all.budgetCents()).isEqualTo(200_000);
    assertThat(all.paidCents()).isEqualTo(307_500);
    assertThat(all.exhausted()).isTrue();
    assertThat(all.exhaustionDate()).isEqualTo(LocalDate.of(2025, 4, 29));

    // a budget set again replaces the amount and the history keeps both settings
    budgets.set(TWENTE, "0153", 2025, new BudgetSetting(600_000, "45", agb));
    assertThat(row(TWENTE, "45", LocalDate.of(2025, 6, 15)).budgetCents()).isEqualTo(600_000);
    assertThat(
            db.sql(
                    """
                    select h.amount_cents from control.budget_history h
                    join control.budget b on b.id = h.budget_id
                    where b.provider_agb = :agb and b.category = '45' order by h.id
                    """)
                .param("agb", agb)
                .query(Long.class)
                .list())
        .endsWith(500_000L, 600_000L);
    // a year over forecasts what was paid
    assertThat(row(ADMIN, "45", LocalDate.of(2026, 2, 1)).forecastCents()).isEqualTo(307_500);
    // January: no complete month, no forecast and the reason why
    BudgetUse january = row(ADMIN, "45", LocalDate.of(2025, 1, 20));
    assertThat(january.forecastCents()).isNull();
    assertThat(january.forecastMissing()).contains("no complete month");
  }

  @Test
  void policySeesBudgetUseOfOneClientSuppressed() {
    BudgetUse use = row(Actor.policy("beleid"), "45", LocalDate.of(2025, 6, 15));
    assertThat(use.suppressed()).isTrue();
    assertThat(use.paidCents()).isNull();
    assertThat(use.clients()).isNull();
  }

  @Test
  void budgetsAreSetOnlyInTheActorsRegionAndReadByTheRightRoles() {
    assertThatThrownBy(
            () ->
                budgets.set(
                    Actor.contractManager("cm", "ijsselland"),
                    "0153",
                    2025,
                    new BudgetSetting(1, null, null)))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED));
    assertThatThrownBy(
            () -> budgets.set(Actor.policy("b"), "0153", 2025, new BudgetSetting(1, null, null)))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(() -> budgets.set(ADMIN, "9999", 2025, new BudgetSetting(1, null, null)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("municipality"));
    assertThatThrownBy(() -> budgets.set(ADMIN, "0153", 2025, new BudgetSetting(0, null, null)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("amountCents"));
    assertThatThrownBy(
            () ->
                budgets.use(
                    Actor.accessTeam("t", Set.of("0153")),
                    new Budgets.UseQuery(null, 2025, null, null, null),
                    LocalDate.of(2025, 6, 1)))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(() -> budgets.list(TWENTE, "ijsselland", 2025))
        .isInstanceOf(RouteRefusedException.class);
  }

  @Test
  void commitmentsPerWeekAndPerMonthForThePartInTheYear() {
    // 2 hours a week on a minute tariff of 205: 2 x 60 x 205 = 24,600 a week; 1-31 Dec 2025 is
    // 31 days: 24,600 x 31 / 7 = 108,942.86 -> 108,943
    assertThat(
            Commitment.cents(
                2025,
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 31),
                null,
                2L,
                Unit.HOUR,
                Frequency.PER_WEEK,
                205L,
                Unit.MINUTE))
        .isEqualTo(108_943);
    // 10 hours a month (123,000) from 16 Dec: 16 of December's 31 days: 123,000 x 16 / 31 =
    // 63,483.87 -> 63,484
    assertThat(
            Commitment.cents(
                2025,
                LocalDate.of(2025, 12, 16),
                LocalDate.of(2026, 1, 15),
                null,
                10L,
                Unit.HOUR,
                Frequency.PER_MONTH,
                205L,
                Unit.MINUTE))
        .isEqualTo(63_484);
    // a budget of 36,500 over 2025-07-02..2026-07-01 (365 days), 183 of them in 2025: 18,300
    assertThat(
            Commitment.cents(
                2025,
                LocalDate.of(2025, 7, 2),
                LocalDate.of(2026, 7, 1),
                36_500L,
                null,
                null,
                null,
                null,
                null))
        .isEqualTo(18_300);
    // euros on a minute tariff cannot be priced
    assertThat(
            Commitment.cents(
                2025,
                LocalDate.of(2025, 1, 1),
                null,
                null,
                1L,
                Unit.EUROS,
                Frequency.TOTAL,
                205L,
                Unit.MINUTE))
        .isNull();
  }

  @Test
  void waitingTimesMedianAndEightiethPercentile() {
    WaitingTime w =
        waitingTimes
            .measure(
                TWENTE,
                new WaitingTimes.Query(
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null, waits, "45B01"),
                LocalDate.of(2025, 4, 15))
            .stream()
            .collect(
                java.util.stream.Collectors.collectingAndThen(
                    java.util.stream.Collectors.toList(), List::getFirst));
    assertThat(w.region()).isEqualTo("twente");
    assertThat(w.requests()).isEqualTo(6);
    // to decision [1, 2, 4, 6, 8, 10]: median (4 + 6) / 2 = 5; p80 at (6 - 1) x 0.8 = 4 -> 8
    assertThat(w.decided()).isEqualTo(6);
    assertThat(w.toDecisionMedianDays()).isEqualByComparingTo(new BigDecimal("5.0"));
    assertThat(w.toDecisionP80Days()).isEqualByComparingTo(new BigDecimal("8.0"));
    // decision to start [5, 7, 9, 13, 20]: median 9; p80 at 4 x 0.8 = 3.2 -> 13 + 0.2 x 7 = 14.4
    assertThat(w.started()).isEqualTo(5);
    assertThat(w.toStartMedianDays()).isEqualByComparingTo(new BigDecimal("9.0"));
    assertThat(w.toStartP80Days()).isEqualByComparingTo(new BigDecimal("14.4"));
    // receipt to start [7, 11, 15, 21, 30]: median 15; p80 21 + 0.2 x 9 = 22.8
    assertThat(w.totalMedianDays()).isEqualByComparingTo(new BigDecimal("15.0"));
    assertThat(w.totalP80Days()).isEqualByComparingTo(new BigDecimal("22.8"));
    // the sixth, decided 4 March, has not started by 15 April: 42 days so far
    assertThat(w.waitingForStart()).isEqualTo(1);
    assertThat(w.waitingForStartMedianDays()).isEqualByComparingTo(new BigDecimal("42.0"));
    assertThat(w.waitingForDecision()).isZero();
    assertThat(w.suppressed()).isFalse();

    // policy: six clients are shown, the budget provider's one client is suppressed
    Actor policy = Actor.policy("beleid");
    var period =
        new WaitingTimes.Query(
            LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null, waits, null);
    assertThat(
            waitingTimes.measure(policy, period, LocalDate.of(2025, 4, 15)).getFirst().suppressed())
        .isFalse();
    WaitingTime one =
        waitingTimes
            .measure(
                policy,
                new WaitingTimes.Query(
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null, agb, null),
                LocalDate.of(2025, 4, 15))
            .getFirst();
    assertThat(one.suppressed()).isTrue();
    assertThat(one.toDecisionMedianDays()).isNull();
    assertThat(one.requests()).isNull();
    assertThatThrownBy(
            () ->
                waitingTimes.measure(
                    Actor.contractManager("cm", "ijsselland"),
                    new WaitingTimes.Query(
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), "twente", null, null),
                    LocalDate.of(2025, 4, 15)))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(
            () ->
                waitingTimes.measure(
                    ADMIN,
                    new WaitingTimes.Query(
                        LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 1), null, null, null),
                    LocalDate.of(2025, 4, 15)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void providersReportAndAccessTeamsSeeWhoHasRoomFirst() {
    String full = contracted("45", null);
    String free = contracted("45", null);
    String onlyB01 = contracted("45", "45B01");
    LocalDate today = LocalDate.now(clock);
    feed.report(
        Actor.provider("a", full),
        "twente",
        "45B01",
        new AvailabilityFeed.Report(0, 6, "wachtlijst", null));
    feed.report(
        Actor.provider("b", free),
        "twente",
        "45B01",
        new AvailabilityFeed.Report(2, 0, null, null));
    Actor team = Actor.accessTeam("toegang", Set.of("0153"));
    List<Availability> seen =
        feed.list(team, "twente", "45B01", today).stream()
            .filter(a -> Set.of(full, free).contains(a.providerAgb()))
            .toList();
    assertThat(seen).extracting(Availability::providerAgb).containsExactly(free, full);
    assertThat(seen.getFirst().roomFrom()).isEqualTo(today);
    assertThat(seen.get(1).roomFrom()).isEqualTo(today.plusWeeks(6));
    assertThat(seen.get(1).note()).isEqualTo("wachtlijst");
    // Twente's R-TWE-6 sets 30 days: stale after 30, not on day 30
    assertThat(seen).allSatisfy(a -> assertThat(a.maxAgeDays()).isEqualTo(30));
    assertThat(seen).allSatisfy(a -> assertThat(a.maxAgeAssumed()).isFalse());
    assertThat(seen).noneMatch(Availability::stale);
    assertThat(
            feed.list(team, "twente", "45B01", today.plusDays(30)).stream()
                .filter(a -> a.providerAgb().equals(full)))
        .singleElement()
        .satisfies(a -> assertThat(a.stale()).isFalse());
    assertThat(
            feed.list(team, "twente", "45B01", today.plusDays(31)).stream()
                .filter(a -> a.providerAgb().equals(full)))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.stale()).isTrue();
              assertThat(a.ageDays()).isEqualTo(31);
            });

    // a provider reports for itself only, for a contracted product of the book only
    assertThatThrownBy(
            () ->
                feed.report(
                    Actor.provider("a", full),
                    "twente",
                    "45B01",
                    new AvailabilityFeed.Report(1, 0, null, free)))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED);
              assertThat(e.field()).isEqualTo("providerAgb");
            });
    assertThatThrownBy(
            () ->
                feed.report(
                    Actor.provider("c", onlyB01),
                    "twente",
                    "45V01",
                    new AvailabilityFeed.Report(1, 0, null, null)))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED);
              assertThat(e.field()).isEqualTo("product");
            });
    assertThatThrownBy(
            () ->
                feed.report(
                    Actor.provider("c", onlyB01),
                    "twente",
                    "99X99",
                    new AvailabilityFeed.Report(1, 0, null, null)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("product"));
    assertThat(
            db.sql("select count(*) from control.availability where provider_agb = :agb")
                .param("agb", onlyB01)
                .query(Long.class)
                .single())
        .isZero();
    // an access team of another region does not read Twente's feed; a contract manager does not
    // report
    assertThatThrownBy(
            () -> feed.list(Actor.accessTeam("t", Set.of("0193")), "twente", null, today))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(
            () ->
                feed.report(
                    TWENTE, "twente", "45B01", new AvailabilityFeed.Report(1, 0, null, full)))
        .isInstanceOf(RouteRefusedException.class);
  }

  @Test
  void budgetUseAsCsvOverHttp() throws Exception {
    budgets.set(ADMIN, "0153", 2025, new BudgetSetting(500_000, "45", agb));
    HttpResponse<String> csv =
        get(
            "contract-twente",
            "/api/v1/control/budget-use?region=twente&year=2025&category=45&provider=" + agb,
            "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst())
        .startsWith("region,municipality,year,category,providerAgb,budgetCents");
    // 2025 is over by the real clock: forecast = paid = 307,500
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .startsWith("twente,0153,2025,45," + agb + ",500000,615000,0,307500,307500,307500");
    HttpResponse<String> bad =
        get("contract-twente", "/api/v1/control/budget-use?year=abc", "application/json");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("year");
    HttpResponse<String> refused =
        get("aanbieder-1", "/api/v1/control/budget-use?year=2025", "application/json");
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> get(String user, String path, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
