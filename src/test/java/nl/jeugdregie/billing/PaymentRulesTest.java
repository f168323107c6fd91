package nl.jeugdregie.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.HelpPlans;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.billing.DeclarationAnswer.LineResult;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The packs' payment rules on real declarations: IJsselland's crisis function is task-based, so no
 * PxQ line against it (001 §4.2.3, §4.4.3, R-IJS-7), and screening is not paid (001 §4.2.1.4,
 * R-IJS-4); Amstelveen/Aalsmeer pays each of several providers of one youth separately (004,
 * R-AAA-6); and the crisis function's monthly settlement per municipality (R-IJS-7).
 */
@SpringBootTest(classes = Jeugdregie.class)
class PaymentRulesTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired Requests requests;
  @Autowired Declarations declarations;
  @Autowired Payments payments;
  @Autowired Providers providers;
  @Autowired HelpPlans helpPlans;
  @Autowired CrisisFunction crisis;
  @Autowired JdbcClient db;

  static String agb() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
  }

  String provider(String region) {
    String agb = agb();
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, region, "45", null, LocalDate.of(2022, 1, 1), null));
    return agb;
  }

  RequestView request(String agb, String bsn, String decisionRequest) {
    ObjectNode body = (ObjectNode) JSON.readTree(decisionRequest);
    body.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", "P-" + agb());
    return requests.submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(body));
  }

  /** An IJsselland keuzebudget the access team referred to (no screening needed). */
  int keuzebudget(String agb, String bsn) {
    return request(
            agb,
            bsn,
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0193",
             "client": {"birthDate": "2012-01-01"}, "referrer": {"type": "01"},
             "product": {"category": "45"},
             "period": {"start": "2025-03-10", "end": "2025-09-09"},
             "budget": {"scheme": "KEUZEBUDGET", "level": 3, "kind": "HERSTEL"}}
            """)
        .allocations()
        .getFirst()
        .number();
  }

  DeclarationAnswer declare(
      String agb, String municipality, String bsn, String number, String... lines) {
    return declarations.submit(
        Actor.provider("aanbieder", agb),
        DeclarationSubmission.parse(
            JSON.readTree(
                """
                {"providerAgb": "%s", "number": "%s", "municipality": "%s", "period": "2025-03",
                 "receivedOn": "2025-04-02", "clients": [{"bsn": "%s", "lines": [%s]}]}
                """
                    .formatted(agb, number, municipality, bsn, String.join(",", lines)))));
  }

  static String line(
      String reference, int allocation, String code, long volume, String unit, long tariff) {
    return """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
         "product": {"category": "%s", "code": "%s"},
         "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"},
         "volume": {"amount": %d, "unit": "%s"}, "tariffCents": %d, "amountCents": %d}
        """
        .formatted(
            reference,
            allocation,
            code.substring(0, 2),
            code,
            volume,
            unit,
            tariff,
            volume * tariff);
  }

  long booked(String agb) {
    return db.sql("select count(*) from billing.ledger_entry where provider_agb = :a")
        .param("a", agb)
        .query(Long.class)
        .single();
  }

  @Test
  void refusesAPxqLineForTheTaskBasedCrisisFunctionWithAnIjwCodeCitingRijs7() {
    String agb = provider("ijsselland");
    String bsn = nl.jeugdregie.TestData.bsn();
    int number = keuzebudget(agb, bsn);
    DeclarationAnswer answer =
        declare(
            agb,
            "0193",
            bsn,
            "C1",
            line("C1", number, "46F01", 50_000, "83", 1),
            line("C2", number, "45T03", 2, "04", 9115));
    LineResult crisisLine = answer.lines().getFirst();
    assertThat(crisisLine.status()).isEqualTo("REJECTED");
    assertThat(crisisLine.returnCodes())
        .filteredOn(c -> c.rule().equals("R-IJS-7"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.code()).isEqualTo("9338");
              assertThat(c.message()).contains("task-based").contains("001 §4.4.3");
            });
    // the hours of the keuzebudget are paid, the crisis line is not
    assertThat(answer.lines().get(1).status()).isEqualTo("APPROVED");
    assertThat(booked(agb)).isEqualTo(1);
    assertThat(answer.totals().approvedCents()).isEqualTo(2 * 9115);
  }

  @Test
  void neverPaysALineForScreening() {
    String agb = provider("ijsselland");
    String bsn = nl.jeugdregie.TestData.bsn();
    int number = keuzebudget(agb, bsn);
    DeclarationAnswer answer =
        declare(agb, "0193", bsn, "S1", line("S1", number, "45S01", 1, "04", 9115));
    assertThat(answer.lines().getFirst().status()).isEqualTo("REJECTED");
    // S329 once, with the screening rule's reason (TR381 would give it for an unlisted code too)
    assertThat(answer.lines().getFirst().returnCodes())
        .filteredOn(c -> c.code().equals("S329"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.code()).isEqualTo("S329");
              assertThat(c.rule()).isEqualTo("R-IJS-4");
              assertThat(c.message()).contains("not paid").contains("001 §4.2.1.4");
            });
    assertThat(booked(agb)).isZero();
  }

  @Test
  void paysEachOfTwoProvidersOfOneYouthSeparatelyNotThroughTheMainContractor() {
    String main = provider("amstelveen-aalsmeer");
    String second = provider("amstelveen-aalsmeer");
    String bsn = nl.jeugdregie.TestData.bsn();
    String ambulant =
        """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0362",
         "client": {"birthDate": "2012-06-15"},
         "referrer": {"type": "02", "letterDate": "%s"},
         "product": {"category": "45", "code": "45A01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": 40, "unit": "04", "frequency": "6"},
         "budget": {"scheme": "SIGNAALBUDGET"}}
        """;
    int first =
        request(main, bsn, ambulant.formatted("2025-02-20")).allocations().getFirst().number();
    helpPlans.record(
        Actor.provider("hoofdaannemer", main),
        new HelpPlans.NewHelpPlan(bsn, "0362", main, "HP-9", List.of("back at school")));
    RequestView other = request(second, bsn, ambulant.formatted("2025-02-21"));
    assertThat(other.state()).isEqualTo(RequestState.APPROVED);
    int secondNumber = other.allocations().getFirst().number();

    assertThat(
            declare(main, "0362", bsn, "M1", line("M1", first, "45A01", 10, "04", 12670)).lines())
        .extracting(LineResult::status)
        .containsExactly("APPROVED");
    assertThat(
            declare(second, "0362", bsn, "O1", line("O1", secondNumber, "45A01", 4, "04", 12670))
                .lines())
        .extracting(LineResult::status)
        .containsExactly("APPROVED");
    // the second provider may not declare on the main contractor's allocation, nor the other way
    assertThat(
            declare(second, "0362", bsn, "O2", line("O2", first, "45A01", 1, "04", 12670))
                .lines()
                .getFirst()
                .status())
        .isEqualTo("REJECTED");

    Map<String, Long> paid =
        payments.month(Actor.admin("admin"), YearMonth.of(2025, 3)).stream()
            .filter(p -> p.providerAgb().equals(main) || p.providerAgb().equals(second))
            .collect(
                java.util.stream.Collectors.toMap(
                    Payments.Payment::providerAgb, Payments.Payment::amountCents));
    assertThat(paid).containsExactlyInAnyOrderEntriesOf(Map.of(main, 126_700L, second, 50_680L));
  }

  // ------------------------------------------------------------------ crisis settlement

  @Test
  void settlesAMonthOfTheCrisisFunctionByInhabitantsAndCallOutsPerMunicipality() {
    String service = provider("ijsselland");
    Actor crisisService = Actor.provider("crisisdienst", service);
    // February 2026 has no call-outs of other tests: this test owns the month
    crisis.record(
        crisisService, new CrisisFunction.CallOuts(service, "0193", LocalDate.of(2026, 2, 3), 3));
    crisis.record(
        crisisService, new CrisisFunction.CallOuts(service, "0193", LocalDate.of(2026, 2, 17), 2));
    crisis.record(
        crisisService, new CrisisFunction.CallOuts(service, "0175", LocalDate.of(2026, 2, 28), 1));
    crisis.record(
        crisisService, new CrisisFunction.CallOuts(service, "0175", LocalDate.of(2026, 3, 1), 4));

    CrisisSettlement settlement =
        crisis.settlement(
            Actor.contractManager("contract-ijsselland", "ijsselland"),
            "ijsselland",
            YearMonth.of(2026, 2));
    assertThat(settlement.rule()).isEqualTo("R-IJS-7");
    assertThat(settlement.source()).isEqualTo("001 §4.4.3");
    assertThat(settlement.municipalities()).hasSize(11);
    CrisisSettlement.Share zwolle = share(settlement, "0193");
    CrisisSettlement.Share ommen = share(settlement, "0175");
    assertThat(zwolle.callOuts()).isEqualTo(5);
    assertThat(zwolle.callOutsCents()).isEqualTo(5 * 95_000L);
    assertThat(ommen.callOuts()).isEqualTo(1);
    assertThat(share(settlement, "0148").callOuts()).isZero();
    // availability by solidarity: Zwolle's 130,600 of the region's 536,500 inhabitants
    assertThat(zwolle.availabilityCents()).isBetween(3_651_444L, 3_651_445L);
    assertThat(settlement.municipalities().stream().mapToLong(s -> s.availabilityCents()).sum())
        .isEqualTo(15_000_000L);
    assertThat(settlement.totalCents()).isEqualTo(15_000_000L + 6 * 95_000L);
  }

  @Test
  void keepsTheSettlementForContractManagersOfTheRegionAndPolicy() {
    YearMonth month = YearMonth.of(2026, 1);
    assertThat(crisis.settlement(Actor.policy("beleid"), "ijsselland", month).totalCents())
        .isGreaterThanOrEqualTo(15_000_000L);
    assertThatThrownBy(
            () ->
                crisis.settlement(
                    Actor.contractManager("contract-twente", "twente"), "ijsselland", month))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(
            () -> crisis.settlement(Actor.provider("p", "12345678"), "ijsselland", month))
        .isInstanceOf(RouteRefusedException.class);
    // Twente has no task-based crisis function to settle
    assertThatThrownBy(() -> crisis.settlement(Actor.admin("admin"), "twente", month))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.field()).isEqualTo("region"));
  }

  @Test
  void refusesCallOutsInTheFutureOrOutsideTheRegionAndStoresNothing() {
    String service = provider("ijsselland");
    Actor crisisService = Actor.provider("crisisdienst", service);
    assertThatThrownBy(
            () ->
                crisis.record(
                    crisisService,
                    new CrisisFunction.CallOuts(service, "0193", LocalDate.of(9999, 1, 1), 1)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("callOuts.date"));
    assertThatThrownBy(
            () ->
                crisis.record(
                    crisisService,
                    new CrisisFunction.CallOuts(service, "0153", LocalDate.of(2026, 1, 5), 1)))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.field()).isEqualTo("callOuts.municipality"));
    assertThat(
            db.sql("select count(*) from billing.crisis_call_out where provider_agb = :a")
                .param("a", service)
                .query(Long.class)
                .single())
        .isZero();
  }

  private static CrisisSettlement.Share share(CrisisSettlement s, String code) {
    return s.municipalities().stream()
        .filter(m -> m.municipality().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
