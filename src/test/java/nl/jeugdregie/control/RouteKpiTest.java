package nl.jeugdregie.control;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.control.RouteHistory.Alloc;
import nl.jeugdregie.policy.Metric;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.ListRefusedException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The route KPIs of issue 13 on a hand-checked small history of fresh providers, one per region
 * with norms (Noord-Limburg, Amersfoort, IJsselland, Amstelveen/Aalsmeer), years 2021 to 2024.
 * Every expected figure is worked out in a comment from the rows inserted; the assertions read only
 * the cells of these providers, so the demo data and other tests' rows in the shared database do
 * not matter. Then the scope (contract manager, policy k = 5) and the API's CSV.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteKpiTest {

  @Autowired JdbcClient db;
  @Autowired Providers providers;
  @Autowired ControlFacts facts;
  @Autowired ControlMeasurements measurements;

  @Value("${local.server.port}")
  int port;

  RouteHistory nl;
  RouteHistory nlOther;
  RouteHistory amf;
  RouteHistory ijs;
  RouteHistory aaa;

  final Actor admin = Actor.admin("kpi-test");

  @BeforeAll
  void history() {
    noordLimburg();
    amersfoort();
    ijsselland();
    amstelveen();
    facts.refresh();
  }

  /**
   * Noord-Limburg (Venlo), provider P = nl. Levels are the intensity (1 licht, 2 midden, 3
   * maatwerk). The second provider nlOther only holds V1's return to GGZ.
   */
  private void noordLimburg() {
    nl = new RouteHistory(db, providers, "noord-limburg", "0983");
    nlOther = new RouteHistory(db, providers, "noord-limburg", "0983");
    // ---- perspectief-1 (45P01)
    UUID c1 = nl.client();
    Alloc a1 = p01(c1, of(2022, 1, 3), 1);
    nl.care(a1, of(2022, 1, 10), of(2022, 6, 30), "31", null, null);
    nl.line(a1, of(2022, 3, 1), 10, "04", "D", 78500, true); // 10 h
    UUID c2 = nl.client();
    Alloc a2 = p01(c2, of(2022, 1, 25), 1);
    nl.version(a2, 2, of(2022, 4, 1), 2, null); // heavier during: level 1 -> 2
    nl.care(a2, of(2022, 2, 1), of(2022, 8, 31), "31", null, null);
    nl.line(a2, of(2022, 4, 1), 20, "04", "D", 157000, true); // 20 h
    UUID c3 = nl.client();
    Alloc a4 = p01(c3, of(2022, 2, 22), 1);
    nl.care(a4, of(2022, 3, 1), of(2022, 4, 30), "34", null, null);
    // 20 days after the stop: bridged (< 31 days), one trajectory 2022-03-01 .. 2022-10-31
    Alloc a5 = p01(c3, of(2022, 5, 13), 1);
    nl.care(a5, of(2022, 5, 20), of(2022, 10, 31), "31", null, null);
    nl.line(a5, of(2022, 6, 1), 30, "04", "D", 235500, true); // 30 h
    UUID c4 = nl.client();
    Alloc a6 = p01(c4, of(2022, 12, 29), 1);
    nl.start(a6, of(2023, 1, 5)); // open
    nl.line(a6, of(2023, 2, 1), 10, "04", "D", 82820, true); // +10 h
    nl.line(a6, of(2023, 2, 1), 1, "04", "C", 8282, true); // -1 h (credit)
    nl.line(a6, of(2023, 3, 1), 180, "01", "D", 24846, true); // +3 h (180 minutes)
    nl.line(a6, of(2023, 4, 1), 100, "04", "D", 828200, false); // rejected: not counted
    // ---- duurzaam (45L01)
    UUID d1 = nl.client();
    Alloc a8 =
        nl.allocation(d1, "45", "45L01", null, of(2021, 12, 28), of(2022, 1, 1), null, 1, null);
    nl.care(a8, of(2022, 1, 1), of(2022, 5, 31), "31", null, null);
    // 93 days later: a new trajectory, within 6 months of the first one's end
    Alloc a9 =
        nl.allocation(d1, "45", "45L01", null, of(2022, 8, 25), of(2022, 9, 1), null, 1, null);
    nl.care(a9, of(2022, 9, 1), of(2022, 12, 15), "35", null, null);
    UUID d2 = nl.client();
    Alloc a10 =
        nl.allocation(d2, "45", "45L01", null, of(2022, 1, 25), of(2022, 2, 1), null, 1, null);
    nl.care(a10, of(2022, 2, 1), of(2022, 11, 30), "31", null, null);
    // ---- ggz (54G01)
    Alloc a3 = ggz(nl, c2, of(2023, 2, 22), 1); // C2 comes back in GGZ 6 months after perspectief
    nl.care(a3, of(2023, 3, 1), of(2023, 9, 30), "31", "YES", true); // 214 days
    UUID g1 = nl.client();
    Alloc a11 = ggz(nl, g1, of(2021, 12, 25), 1);
    nl.care(a11, of(2022, 1, 1), of(2022, 3, 1), "31", "YES", true); // 60 days
    UUID g2 = nl.client();
    Alloc a12 = ggz(nl, g2, of(2021, 12, 25), 2);
    nl.version(a12, 2, of(2022, 2, 1), 3, null); // midden -> maatwerk
    nl.care(a12, of(2022, 1, 1), of(2022, 4, 30), "31", "PARTLY", null); // 120 days
    UUID g3 = nl.client();
    Alloc a13 = ggz(nl, g3, of(2022, 12, 25), 1);
    nl.care(a13, of(2023, 1, 1), of(2023, 2, 15), "31", null, null); // 46 days, no report
    // waiting: W1 approved 2022-09-01, never started, period to 2023-08-31
    nl.allocation(
        nl.client(),
        "54",
        "54G01",
        null,
        of(2022, 9, 1),
        of(2022, 9, 15),
        of(2023, 8, 31),
        1,
        null);
    // W2 approved 2022-10-01, started 2023-02-01
    Alloc w2 = ggz(nl, nl.client(), of(2022, 10, 1), 1);
    nl.start(w2, of(2023, 2, 1));
    // W3 approved 2022-12-01, never started, period to 2024-06-30
    nl.allocation(
        nl.client(),
        "54",
        "54G01",
        null,
        of(2022, 12, 1),
        of(2022, 12, 15),
        of(2024, 6, 30),
        1,
        null);
    // ---- vaktherapie (45V01)
    UUID v1 = nl.client();
    Alloc a16 = vak(v1, of(2021, 12, 25));
    nl.care(a16, of(2022, 1, 1), of(2022, 6, 30), "31", null, null);
    // V1 comes back in GGZ at another provider 10 months later (within 12 months and 2 years)
    Alloc back = ggz(nlOther, v1, of(2023, 4, 25), 1);
    nlOther.start(back, of(2023, 5, 1));
    UUID v2 = nl.client();
    Alloc a18 = vak(v2, of(2022, 1, 25));
    nl.care(a18, of(2022, 2, 1), of(2022, 7, 31), "31", null, null);
    UUID v3 = nl.client();
    Alloc a19 = vak(v3, of(2022, 1, 25));
    nl.care(a19, of(2022, 2, 1), of(2022, 5, 31), "02", null, null); // death
  }

  private Alloc p01(UUID client, java.time.LocalDate approved, int level) {
    return nl.allocation(
        client, "45", "45P01", null, approved, approved.plusDays(7), null, level, null);
  }

  private Alloc vak(UUID client, java.time.LocalDate approved) {
    return nl.allocation(
        client, "45", "45V01", null, approved, approved.plusDays(7), null, 1, null);
  }

  private static Alloc ggz(RouteHistory h, UUID client, java.time.LocalDate approved, int level) {
    return h.allocation(
        client, "54", "54G01", null, approved, approved.plusDays(7), null, level, null);
  }

  /** Amersfoort, 45A01 approved in 2021 at intervention levels 1, 1, 2 and one without level. */
  private void amersfoort() {
    amf = new RouteHistory(db, providers, "amersfoort", "0307");
    for (Integer level : new Integer[] {1, 1, 2, null}) {
      amf.allocation(
          amf.client(),
          "45",
          "45A01",
          "INTERVENTION_LEVEL",
          of(2021, 3, 1),
          of(2021, 3, 8),
          of(2021, 9, 7),
          level,
          null);
    }
  }

  /** IJsselland (Deventer): three keuzebudgets closed in 2023. */
  private void ijsselland() {
    ijs = new RouteHistory(db, providers, "ijsselland", "0150");
    Alloc k1 =
        ijs.allocation(
            ijs.client(),
            "45",
            null,
            "KEUZEBUDGET",
            of(2022, 12, 20),
            of(2023, 1, 1),
            null,
            3,
            300_000L);
    ijs.care(k1, of(2023, 1, 1), of(2023, 6, 30), "31", "YES", true);
    ijs.pay(k1, of(2023, 2, 1), 250_000, "D");
    ijs.pay(k1, of(2023, 3, 1), 40_000, "C"); // net 210,000
    Alloc k2 =
        ijs.allocation(
            ijs.client(),
            "45",
            null,
            "KEUZEBUDGET",
            of(2023, 1, 20),
            of(2023, 2, 1),
            null,
            2,
            100_000L);
    ijs.changeRequest(k2, of(2023, 6, 1));
    ijs.care(k2, of(2023, 2, 1), of(2023, 8, 31), "31", "NO", null);
    ijs.pay(k2, of(2023, 3, 1), 90_000, "D");
    Alloc k3 =
        ijs.allocation(
            ijs.client(),
            "45",
            null,
            "OFFERTE",
            of(2023, 2, 20),
            of(2023, 3, 1),
            null,
            null,
            200_000L);
    ijs.care(k3, of(2023, 3, 1), of(2023, 12, 31), "35", null, null);
    ijs.pay(k3, of(2023, 4, 1), 100_000, "D");
  }

  /** Amstelveen/Aalsmeer: three signaalbudgets and one maatwerk budget closed in 2023. */
  private void amstelveen() {
    aaa = new RouteHistory(db, providers, "amstelveen-aalsmeer", "0362");
    Alloc s1 = signal(aaa, "SIGNAALBUDGET", 100_000L);
    aaa.pay(s1, of(2023, 2, 1), 80_000, "D"); // within
    Alloc s2 = signal(aaa, "SIGNAALBUDGET", 100_000L);
    aaa.version(s2, 2, of(2023, 4, 1), null, 150_000L); // maatwerk after evaluation
    aaa.pay(s2, of(2023, 2, 1), 120_000, "D"); // beyond the signaalbudget
    Alloc s3 = signal(aaa, "SIGNAALBUDGET", 100_000L);
    aaa.pay(s3, of(2023, 2, 1), 100_000, "D"); // exactly the signaalbudget: within
    Alloc s4 = signal(aaa, "MAATWERK", 300_000L);
    aaa.pay(s4, of(2023, 2, 1), 50_000, "D"); // no signaalbudget: not counted
  }

  private static Alloc signal(RouteHistory h, String scheme, long cents) {
    Alloc a =
        h.allocation(
            h.client(), "45", "45A01", scheme, of(2022, 12, 20), of(2023, 1, 1), null, null, cents);
    h.care(a, of(2023, 1, 1), of(2023, 6, 30), "31", null, null);
    return a;
  }

  private Measurement cell(
      List<Measurement> all, Metric metric, String agb, @Nullable String subSegment) {
    return all.stream()
        .filter(m -> m.metric() == metric)
        .filter(m -> agb.equals(m.providerAgb()))
        .filter(m -> Objects.equals(subSegment, m.subSegment()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(metric + " " + agb + " " + subSegment + " missing"));
  }

  private static void value(Measurement m, String expected, long numerator, long denominator) {
    assertThat(m.value()).as(m.toString()).isEqualByComparingTo(new BigDecimal(expected));
    assertThat(m.numerator()).as(m.toString()).isEqualTo(numerator);
    assertThat(m.denominator()).as(m.toString()).isEqualTo(denominator);
    assertThat(m.missing()).as(m.toString()).isNull();
  }

  @Test
  void trajectoriesFollowCbsWithGapsUnder31DaysBridged() {
    // C3's two perspectief allocations (stop 2022-04-30, start 2022-05-20) are one trajectory
    // that ended according to plan: 15 trajectories at P (4 perspectief with C4's open one, 3
    // duurzaam, 5 ggz with W2's open one, 3 vaktherapie)
    var rows =
        db.sql(
                """
                select form, start_date, end_date, end_reason, first_level, heaviest_level,
                  declared_hours from control.trajectory where provider_agb = :agb
                order by form, start_date
                """)
            .param("agb", nl.agb)
            .query()
            .listOfRows();
    assertThat(rows).hasSize(15);
    assertThat(rows)
        .anySatisfy(
            r -> {
              assertThat(r.get("form")).isEqualTo("perspectief-1");
              assertThat(r.get("start_date")).hasToString("2022-03-01");
              assertThat(r.get("end_date")).hasToString("2022-10-31");
              assertThat(r.get("end_reason")).isEqualTo("31");
              assertThat((BigDecimal) r.get("declared_hours")).isEqualByComparingTo("30");
            });
  }

  @Test
  void noordLimburgPerspectiefAndVaktherapie() {
    List<Measurement> y2022 = measurements.of(admin, "noord-limburg", 2022);
    // ended 2022, not by death: C1, C2, C3 (perspectief), V1, V2 (V3 died). No other care within
    // 12 months: C1, C3, V2 (C2 came back in GGZ on 2023-03-01, V1 on 2023-05-01) -> 3 / 5
    value(cell(y2022, Metric.NO_FURTHER_SUPPORT_12M_SHARE, nl.agb, null), "0.6", 3, 5);
    value(
        cell(y2022, Metric.NO_FURTHER_SUPPORT_12M_SHARE, nl.agb, "perspectief-1"), "0.6667", 2, 3);
    value(cell(y2022, Metric.NO_FURTHER_SUPPORT_12M_SHARE, nl.agb, "vaktherapie"), "0.5", 1, 2);
    // ended 2022 with levels: C1, C2, C3, V1, V2, V3; only C2 went from 1 to 2 -> 1 / 6
    value(cell(y2022, Metric.HEAVIER_INDICATION_DURING_SHARE, nl.agb, null), "0.1667", 1, 6);
    // vaktherapie ended according to plan: V1, V2; V1 back in GGZ within 2 years -> 1 / 2
    value(cell(y2022, Metric.RETURN_WITHIN_2Y_SHARE, nl.agb, "vaktherapie"), "0.5", 1, 2);
    // hours per client: 2022 (10 + 20 + 30) / 3 = 20; 2023 C4 (10 - 1 + 180/60) / 1 = 12;
    // 12 / 20 - 1 = -0.40 (the rejected 100 h do not count); numerator/denominator = clients
    List<Measurement> y2023 = measurements.of(admin, "noord-limburg", 2023);
    value(cell(y2023, Metric.HOURS_PER_CLIENT_YEARLY_CHANGE, nl.agb, null), "-0.4", 1, 3);
  }

  @Test
  void noordLimburgDuurzaam() {
    List<Measurement> y2022 = measurements.of(admin, "noord-limburg", 2022);
    // D1a (ended 2022-05-31) is followed by D1b in duurzaam on 2022-09-01 (< 6 months); D1b and
    // D2 are not -> 1 / 3
    value(cell(y2022, Metric.SAME_OR_HEAVIER_WITHIN_6M_SHARE, nl.agb, "duurzaam"), "0.3333", 1, 3);
    // clients in care 2022 in perspectief or duurzaam: C1, C2, C3, D1, D2; in duurzaam D1, D2
    value(cell(y2022, Metric.DURABLE_SHARE, nl.agb, null), "0.4", 2, 5);
    // ended by plan 2 (D1a, D2) of 3 with a reason; no sourced national figure -> no value
    Measurement plan = cell(y2022, Metric.ENDED_ACCORDING_TO_PLAN_VS_NATIONAL, nl.agb, null);
    assertThat(plan.value()).isNull();
    assertThat(plan.missing()).isEqualTo("no national reference");
    assertThat(plan.numerator()).isEqualTo(2);
    assertThat(plan.denominator()).isEqualTo(3);
  }

  @Test
  void noordLimburgGgz() {
    List<Measurement> y2022 = measurements.of(admin, "noord-limburg", 2022);
    // G1 YES in time, G2 PARTLY -> 1 / 2
    value(cell(y2022, Metric.GOALS_REACHED_IN_TIME_SHARE, nl.agb, "ggz"), "0.5", 1, 2);
    // clients in care 2022: ggz G1 (1), G2 (3 maatwerk); vaktherapie V1, V2, V3 (1) -> 4 / 5
    value(cell(y2022, Metric.LIGHT_MIDDLE_INTENSITY_SHARE, nl.agb, null), "0.8", 4, 5);
    value(cell(y2022, Metric.LIGHT_MIDDLE_INTENSITY_SHARE, nl.agb, "ggz"), "0.5", 1, 2);
    List<Measurement> y2023 = measurements.of(admin, "noord-limburg", 2023);
    // ended 2022: 60 and 120 days (avg 90); 2023: 214 and 46 (avg 130); 130 / 90 - 1 = 0.4444
    value(cell(y2023, Metric.AVERAGE_DURATION_CHANGE, nl.agb, "ggz"), "0.4444", 2, 2);
    // C2's GGZ YES in time; G3 without report left out -> 1 / 1
    value(cell(y2023, Metric.GOALS_REACHED_IN_TIME_SHARE, nl.agb, "ggz"), "1", 1, 1);
    // waiting more than 10 weeks after approval, not started: on 2022-12-31 W1 (approved 09-01)
    // and W2 (10-01; W3 approved 12-01 only 4 weeks); on 2023-12-31 only W3 (W1's period
    // ended, W2 started) -> 1 / 2 - 1 = -0.5
    value(cell(y2023, Metric.HARMFUL_WAITING_LIST_CHANGE, nl.agb, "ggz"), "-0.5", 1, 2);
  }

  @Test
  void budgetsAndLevels() {
    // Amersfoort 2021: levels 1, 1, 2 (one without level left out) -> 2 / 3
    value(
        cell(measurements.of(admin, "amersfoort", 2021), Metric.LEVEL_1_SHARE, amf.agb, null),
        "0.6667",
        2,
        3);
    List<Measurement> ijs2023 = measurements.of(admin, "ijsselland", 2023);
    // paid (250,000 - 40,000) + 90,000 + 100,000 = 400,000 of budgets 600,000 -> 0.6667
    value(cell(ijs2023, Metric.BUDGET_DECLARED_SHARE, ijs.agb, null), "0.6667", 400_000, 600_000);
    // K2 had a change request -> 1 / 3
    value(cell(ijs2023, Metric.EXTENSION_REQUEST_SHARE, ijs.agb, null), "0.3333", 1, 3);
    // reported: K1 YES, K2 NO (K3 no report) -> 1 / 2
    value(cell(ijs2023, Metric.RESULT_REACHED_SHARE, ijs.agb, null), "0.5", 1, 2);
    // signaalbudgets S1 (80,000), S2 (120,000), S3 (100,000) of 100,000; S4 maatwerk -> 2 / 3
    value(
        cell(
            measurements.of(admin, "amstelveen-aalsmeer", 2023),
            Metric.WITHIN_SIGNAL_BUDGET_SHARE,
            aaa.agb,
            null),
        "0.6667",
        2,
        3);
  }

  @Test
  void aFollowUpNotOverYetGivesNoValue() {
    // trajectories ended in 2024 can only be judged on returns within 2 years from 2027-01-01
    Measurement m =
        measurements.of(admin, "noord-limburg", 2024).stream()
            .filter(x -> x.metric() == Metric.RETURN_WITHIN_2Y_SHARE && x.providerAgb() == null)
            .findFirst()
            .orElseThrow();
    assertThat(m.value()).isNull();
    assertThat(m.missing()).contains("complete on 2026-12-31");
  }

  @Test
  void contractManagersSeeTheirOwnRegionOnlyAndOthersAreRefused() {
    Actor twente = Actor.contractManager("cm", "twente");
    assertThatThrownBy(() -> measurements.of(twente, "noord-limburg", 2022))
        .isInstanceOf(RouteRefusedException.class)
        .extracting(e -> ((RouteRefusedException) e).kind())
        .isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED);
    Actor limburg = Actor.contractManager("cm", "noord-limburg");
    List<Measurement> own = measurements.of(limburg, null, 2022);
    assertThat(own).isNotEmpty().allSatisfy(m -> assertThat(m.region()).isEqualTo("noord-limburg"));
    assertThatThrownBy(() -> measurements.of(Actor.accessTeam("t", Set.of("0983")), null, 2022))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(() -> measurements.of(admin, "atlantis", 2022))
        .isInstanceOf(ListRefusedException.class)
        .hasMessageContaining("region");
  }

  @Test
  void policySeesNoCellOfFewerThanFiveClients() {
    Actor policy = Actor.policy("beleid");
    List<Measurement> y2022 = measurements.of(policy, "noord-limburg", 2022);
    // 5 clients: shown as to admin
    value(cell(y2022, Metric.DURABLE_SHARE, nl.agb, null), "0.4", 2, 5);
    // perspectief-1 at P: 3 clients -> suppressed, counts too
    Measurement small = cell(y2022, Metric.NO_FURTHER_SUPPORT_12M_SHARE, nl.agb, "perspectief-1");
    assertThat(small.value()).isNull();
    assertThat(small.missing()).isEqualTo("fewer than 5 clients");
    assertThat(small.numerator()).isZero();
    assertThat(small.denominator()).isZero();
    assertThat(small.clients()).isZero();
  }

  @Test
  void theApiAnswersAsCsvAndNamesABadParameter() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> csv =
        http.send(
            get(
                "/api/v1/control/measurements?region=amstelveen-aalsmeer&year=2023&provider="
                    + aaa.agb,
                "text/csv"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    // the columns are the JSON's fields (null ones left out of a row, so in order of appearance)
    assertThat(lines.getFirst()).startsWith("metric,region,providerAgb,year,value,numerator");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                    "WITHIN_SIGNAL_BUDGET_SHARE,amstelveen-aalsmeer,"
                        + aaa.agb
                        + ",2023,0.6667,2,3,3"));
    HttpResponse<String> bad =
        http.send(
            get("/api/v1/control/measurements?year=twenty&provider=12", "application/json"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("year").contains("provider");
  }

  private HttpRequest get(String path, String accept) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", accept)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
        .build();
  }
}
