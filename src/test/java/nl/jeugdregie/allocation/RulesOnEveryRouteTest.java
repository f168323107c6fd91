package nl.jeugdregie.allocation;

import static java.util.Objects.requireNonNull;
import static nl.jeugdregie.allocation.RouteFixtures.JSON;
import static nl.jeugdregie.allocation.RouteFixtures.amersfoortLevel1;
import static nl.jeugdregie.allocation.RouteFixtures.bsn;
import static nl.jeugdregie.allocation.RouteFixtures.contractedProvider;
import static nl.jeugdregie.allocation.RouteFixtures.reference;
import static nl.jeugdregie.allocation.RouteFixtures.twenteOver6000Minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seed rules that must hold on every route a request can take (issue 10): R-AMF-3/4 (000 punt 3-4),
 * R-IJS-5 (001 §4.2.1.5.4), R-TWE-4 (002 p.2) and R-AAA-2 (004 'Signaalbudgetten'), on the VOT, the
 * VOW and the access team's own change, on the real database.
 */
@SpringBootTest(classes = Jeugdregie.class)
class RulesOnEveryRouteTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  @Autowired Requests requests;
  @Autowired ChangeRequests changes;
  @Autowired Allocations allocations;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private final Actor amersfoortTeam = Actor.accessTeam("toegang-amersfoort", Set.of("0307"));
  private final Actor twenteTeam = Actor.accessTeam("toegang-twente", Set.of("0153"));

  private RequestView vow(Actor provider, String bsn, String json) {
    ObjectNode body = (ObjectNode) JSON.readTree(json);
    body.put("clientBsn", bsn);
    body.put("providerAgb", requireNonNull(provider.agb()));
    body.put("providerReference", reference());
    return changes.submit(provider, ChangeSubmission.parse(body));
  }

  private static String reasons(RequestView view) {
    return view.decisions().getFirst().output().toString();
  }

  // -- R-AMF-3 / R-AMF-4 ------------------------------------------------------------------------

  @Test
  void aChangeRequestThatOnlyMovesTheEndLaterIsAnExtensionTheReferrerMustAssess() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    AllocationRef ref =
        requests
            .submit(provider, RequestSubmission.parse(amersfoortLevel1(bsn, agb, reference())))
            .allocations()
            .getFirst();
    String lengthen =
        """
        {"municipality": "0307", "receivedOn": "2020-11-02", "reason": 2, %s
         "change": [{"number": %d, "desiredStart": "2020-07-13", "end": "2021-06-30"}]}
        """;

    RequestView unassessed = vow(provider, bsn, lengthen.formatted("", ref.number()));

    assertThat(unassessed.state()).isEqualTo(RequestState.REJECTED);
    assertThat(unassessed.decisions().getFirst().judgedRequest().get("kind").asString())
        .isEqualTo("EXTENSION");
    assertThat(reasons(unassessed)).contains("R-AMF-3").contains("no automatic extension");
    assertThat(allocations.get(provider, "0307", ref.number()).versions()).hasSize(1);

    RequestView assessed =
        vow(
            provider,
            bsn,
            lengthen.formatted("\"referrerAssessedExtension\": true,", ref.number()));

    assertThat(assessed.state()).isEqualTo(RequestState.APPROVED);
    AllocationView extended = allocations.get(provider, "0307", ref.number());
    assertThat(extended.current().period().end()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(extended.current().level()).isEqualTo(1);
  }

  @Test
  void theAccessTeamsOwnExtensionNeverRaisesTheLevelOrTheBudgetAboveIt() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    LocalDate start = TODAY.minusMonths(2);
    LocalDate end = TODAY.plusMonths(4);
    ObjectNode body =
        RouteFixtures.parse(
            """
            {"kind": "INITIAL", "receivedOn": "%s", "municipality": "0307",
             "client": {"birthDate": "2012-05-12"}, "referrer": {"type": "02"},
             "product": {"category": "45", "code": "45A01"},
             "period": {"start": "%s", "end": "%s"},
             "budget": {"scheme": "INTERVENTION_LEVEL", "level": 1}}
            """
                .formatted(start.minusDays(7), start, end),
            bsn(),
            agb,
            reference());
    AllocationRef ref =
        requests.submit(provider, RequestSubmission.parse(body)).allocations().getFirst();
    String later = end.plusMonths(6).toString();

    assertThatThrownBy(
            () -> change(ref, "{\"reason\": \"04\", \"end\": \"" + later + "\", \"level\": 2}"))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.field()).isEqualTo("change.level"))
        .hasMessageContaining("R-AMF-4")
        .hasMessageContaining("higher level (2)");
    assertThatThrownBy(
            () ->
                change(
                    ref,
                    "{\"reason\": \"04\", \"end\": \"" + later + "\", \"budgetCents\": 500000}"))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.field()).isEqualTo("change.budgetCents"))
        .hasMessageContaining("R-AMF-4");
    assertThat(allocations.get(provider, "0307", ref.number()).versions()).hasSize(1);

    AllocationView extended =
        change(ref, "{\"reason\": \"04\", \"end\": \"" + later + "\"}").allocation();
    assertThat(extended.current().period().end()).isEqualTo(LocalDate.parse(later));
    assertThat(extended.current().level()).isEqualTo(1);
    // lowering the level on an extension is allowed
    assertThat(
            change(ref, "{\"reason\": \"04\", \"end\": \"" + end.plusYears(1) + "\", \"level\": 1}")
                .allocation()
                .current()
                .level())
        .isEqualTo(1);
  }

  private Allocations.ChangeResult change(AllocationRef ref, String json) {
    return allocations.change(
        amersfoortTeam, "0307", ref.number(), MunicipalChange.parse(JSON.readTree(json)));
  }

  // -- R-IJS-5 ----------------------------------------------------------------------------------

  private static ObjectNode ijsselland(String bsn, String agb) {
    return RouteFixtures.parse(
        """
        {"kind": "INITIAL", "receivedOn": "2022-03-01", "municipality": "0193",
         "client": {"birthDate": "2012-05-10"}, "referrer": {"type": "01"},
         "product": {"category": "45"},
         "period": {"start": "2022-03-14", "end": "2022-12-31"},
         "budget": {"scheme": "KEUZEBUDGET", "level": 3, "kind": "HERSTEL"}}
        """,
        bsn,
        agb,
        reference());
  }

  @Test
  void reasonOneIsJudgedByTheRecordedStartOfDeliveryNotByTheRequest() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    RequestView first = requests.submit(provider, RequestSubmission.parse(ijsselland(bsn, agb)));
    assertThat(first.state()).isEqualTo(RequestState.APPROVED);
    AllocationRef ref = first.allocations().getFirst();
    String budgetWrong =
        """
        {"municipality": "0193", "receivedOn": "2022-04-01", "reason": 1, "adjustmentReason": 1,
         "change": [{"number": %d, "desiredStart": "2022-03-14", "budgetCents": 450000}]}
        """
            .formatted(ref.number());

    RequestView beforeStart = vow(provider, bsn, budgetWrong);
    assertThat(beforeStart.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    requests.decide(
        Actor.accessTeam("toegang-ijsselland", Set.of("0193")),
        beforeStart.id(),
        TeamDecision.parse(JSON.readTree("{\"outcome\": \"REJECT\", \"reason\": \"7\"}")));

    allocations.start(provider, "0193", ref.number(), LocalDate.of(2022, 3, 14), null);
    RequestView afterStart = vow(provider, bsn, budgetWrong);

    assertThat(afterStart.state()).isEqualTo(RequestState.REJECTED);
    assertThat(reasons(afterStart))
        .contains("R-IJS-5")
        .contains("reason 1 can only be given before care starts; care started on 2022-03-14");
    assertThat(afterStart.decisions().getFirst().judgedRequest().get("careStartedOn").asString())
        .isEqualTo("2022-03-14");
  }

  @Test
  void aSecondKeuzebudgetAtAnotherProviderForTheSamePeriodNeedsTheAccessTeam() {
    String first = contractedProvider(providers, "ijsselland", "45");
    String second = contractedProvider(providers, "ijsselland", "45");
    String bsn = bsn();
    RequestView one =
        requests.submit(
            Actor.provider("aanbieder", first), RequestSubmission.parse(ijsselland(bsn, first)));
    assertThat(one.state()).isEqualTo(RequestState.APPROVED);

    RequestView two =
        requests.submit(
            Actor.provider("aanbieder", second), RequestSubmission.parse(ijsselland(bsn, second)));

    assertThat(two.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(reasons(two))
        .contains("R-IJS-5")
        .contains("already has a KEUZEBUDGET at provider " + first);
    assertThat(two.allocations()).isEmpty();
  }

  // -- R-TWE-4 ----------------------------------------------------------------------------------

  @Test
  void aLongExtensionIsNoChangeRequestButANewAllocationLinkedToTheYouthDirectorsPlan() {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    ObjectNode initial = twenteOver6000Minutes(bsn, agb, reference());
    ((ObjectNode) initial.get("volume")).put("amount", 4000);
    AllocationRef ref =
        requests.submit(provider, RequestSubmission.parse(initial)).allocations().getFirst();
    String lengthen =
        """
        {"municipality": "0153", "receivedOn": "2025-10-15", "reason": 2,
         "change": [{"number": %d, "desiredStart": "2025-03-10", "end": "%s",
                     "volume": {"amount": 5000, "unit": "01", "frequency": "6"}}]}
        """;

    RequestView longOne = vow(provider, bsn, lengthen.formatted(ref.number(), "2026-06-30"));
    assertThat(longOne.state()).isEqualTo(RequestState.REJECTED);
    assertThat(reasons(longOne)).contains("R-TWE-4").contains("youth director's plan");

    ObjectNode extension =
        RouteFixtures.parse(
            """
            {"kind": "EXTENSION", "receivedOn": "2025-10-15", "municipality": "0153",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "2025-02-01"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "2026-01-01", "end": "2026-06-30"},
             "volume": {"amount": 1500, "unit": "01", "frequency": "6"},
             "plan": {"reference": "JR-2025-031", "director": "J. de Regisseur"}}
            """,
            bsn,
            agb,
            reference());
    assertThatThrownBy(() -> requests.submit(provider, RequestSubmission.parse(extension)))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.field()).isEqualTo("request.plan.director"));

    RequestView asked = requests.submit(twenteTeam, RequestSubmission.parse(extension));
    assertThat(asked.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    RequestView made =
        requests.decide(
            twenteTeam,
            asked.id(),
            TeamDecision.parse(JSON.readTree("{\"outcome\": \"APPROVE\"}")));
    AllocationView allocation =
        allocations.get(twenteTeam, "0153", made.allocations().getFirst().number());
    assertThat(allocation.current().period().start()).isEqualTo(LocalDate.of(2026, 1, 1));
    Views.PlanView plan = requireNonNull(allocation.plan());
    assertThat(plan.director()).isEqualTo("J. de Regisseur");
    assertThat(plan.reference()).isEqualTo("JR-2025-031");
  }

  @Test
  void aShortExtensionStillComesAsAChangeRequestForTheMunicipalitysCoordinator() {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    ObjectNode initial = twenteOver6000Minutes(bsn, agb, reference());
    ((ObjectNode) initial.get("volume")).put("amount", 4000);
    AllocationRef ref =
        requests.submit(provider, RequestSubmission.parse(initial)).allocations().getFirst();

    RequestView shortOne =
        vow(
            provider,
            bsn,
            """
            {"municipality": "0153", "receivedOn": "2025-10-15", "reason": 2,
             "change": [{"number": %d, "desiredStart": "2025-03-10", "end": "2026-02-28",
                         "volume": {"amount": 5000, "unit": "01", "frequency": "6"}}]}
            """
                .formatted(ref.number()));

    assertThat(shortOne.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(reasons(shortOne)).contains("R-TWE-4").doesNotContain("long extension");
  }

  // -- R-AAA-2 ----------------------------------------------------------------------------------

  @Test
  void maatwerkAboveTheSignaalbudgetFollowsTheEvaluationAtSeventyFivePercentOnAPlan() {
    String agb = contractedProvider(providers, "amstelveen-aalsmeer", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    ObjectNode initial =
        RouteFixtures.parse(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0362",
             "client": {"birthDate": "2012-06-15"},
             "referrer": {"type": "02", "letterDate": "2025-02-20"},
             "product": {"category": "45", "code": "45A01"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": 40, "unit": "04", "frequency": "6"},
             "budget": {"scheme": "SIGNAALBUDGET"}}
            """,
            bsn,
            agb,
            reference());
    RequestView first = requests.submit(provider, RequestSubmission.parse(initial));
    assertThat(first.state()).isEqualTo(RequestState.APPROVED);
    AllocationRef ref = first.allocations().getFirst();
    String maatwerk =
        """
        {"municipality": "0362", "receivedOn": "2025-09-01", "reason": 2, %s
         "change": [{"number": %d, "desiredStart": "2025-03-10", "budgetCents": 900000}]}
        """;

    RequestView early = vow(provider, bsn, maatwerk.formatted("", ref.number()));
    assertThat(early.state()).isEqualTo(RequestState.REJECTED);
    assertThat(reasons(early)).contains("R-AAA-2").contains("at 75% use of the signaalbudget");

    // the ledger has booked 76% of the signaalbudget of EUR 4,500
    db.sql(
            """
            insert into billing.budget (allocation_id, limit_cents, consumed_cents)
            select id, 450000, 342000 from allocation.allocation where municipality = '0362'
              and number = :n
            on conflict (allocation_id) do update set consumed_cents = 342000
            """)
        .param("n", ref.number())
        .update();
    try {
      RequestView withoutPlan = vow(provider, bsn, maatwerk.formatted("", ref.number()));
      assertThat(withoutPlan.state()).isEqualTo(RequestState.REJECTED);
      assertThat(reasons(withoutPlan)).contains("plan.evaluatedOn");

      RequestView evaluated =
          vow(
              provider,
              bsn,
              maatwerk.formatted(
                  "\"plan\": {\"reference\": \"PLAN-7\", \"evaluatedOn\": \"2025-08-25\"},",
                  ref.number()));
      assertThat(evaluated.state()).isEqualTo(RequestState.IN_INVESTIGATION);
      assertThat(reasons(evaluated)).contains("maatwerk after the evaluation of 2025-08-25");
    } finally {
      // the consumption above has no ledger entries behind it: undo it, or every later test
      // that reconciles the shared database finds this allocation out of balance
      db.sql(
              """
              update billing.budget set consumed_cents = 0
               where allocation_id = (select id from allocation.allocation
                                       where municipality = '0362' and number = :n)
              """)
          .param("n", ref.number())
          .update();
    }
  }
}
