package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.RouteFixtures.bsn;
import static nl.jeugdregie.allocation.RouteFixtures.contractedProvider;
import static nl.jeugdregie.allocation.RouteFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The packs' process rules executed on the client route, on the real database: IJsselland's
 * screening before the request (001 §4.2.1.4, R-IJS-4), the referrer involved when care ends (001
 * §4.3.1.3, R-IJS-8), and Amstelveen/Aalsmeer's main contractor with a shared help plan (004,
 * R-AAA-6).
 */
@SpringBootTest(classes = Jeugdregie.class)
class ProcessRulesTest {

  private static final LocalDate BIRTH = LocalDate.of(2012, 1, 1);

  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired Screenings screenings;
  @Autowired HelpPlans helpPlans;
  @Autowired Timelines timelines;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private final Actor zwolleTeam = Actor.accessTeam("toegang-zwolle", Set.of("0193"));

  /** An IJsselland keuzebudget herstel level 4 for a Zwolle youth, referred by {@code referrer}. */
  private static ObjectNode ijsselland(String bsn, String agb, String referrer) {
    return RouteFixtures.parse(
        """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0193",
         "client": {"birthDate": "2012-01-01"}, "referrer": {"type": "%s"},
         "product": {"category": "45"},
         "period": {"start": "2025-03-10", "end": "2025-09-09"},
         "budget": {"scheme": "KEUZEBUDGET", "level": 4, "kind": "HERSTEL"}}
        """
            .formatted(referrer),
        bsn,
        agb,
        reference());
  }

  private RequestView submit(Actor actor, ObjectNode body) {
    return requests.submit(actor, RequestSubmission.parse(body));
  }

  private Screenings.ScreeningView screen(
      Actor provider, String bsn, String agb, LocalDate on, @Nullable String declineReason) {
    return screenings.record(
        provider,
        new Screenings.NewScreening(
            bsn, BIRTH, "0193", agb, on, declineReason == null, declineReason));
  }

  private long screeningsOf(String agb) {
    return db.sql("select count(*) from allocation.screening where provider_agb = :a")
        .param("a", agb)
        .query(Long.class)
        .single();
  }

  // ------------------------------------------------------------------------------ R-IJS-4

  @Test
  void sendsAGpReferredIjssellandRequestWithoutScreeningToTheAccessTeamCitingRijs4() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    RequestView view = submit(Actor.provider("aanbieder", agb), ijsselland(bsn(), agb, "02"));
    assertThat(view.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(view.allocations()).isEmpty();
    String output = view.decisions().getFirst().output().toString();
    assertThat(output).contains("R-IJS-4").contains("001 §4.2.1.4").contains("INVESTIGATE");
  }

  @Test
  void approvesAGpReferredIjssellandRequestAfterTheProvidersAcceptedScreening() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    Screenings.ScreeningView screened = screen(provider, bsn, agb, LocalDate.of(2025, 2, 27), null);
    assertThat(screened.outcome()).isEqualTo("ACCEPTED");
    assertThat(screened.rule()).isEqualTo("R-IJS-4");

    RequestView view = submit(provider, ijsselland(bsn, agb, "02"));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);
    assertThat(view.decisions().getFirst().output().toString()).doesNotContain("R-IJS-4");

    // the screening is on the client's timeline, before the request
    var kinds = timelines.of(zwolleTeam, bsn).events().stream().map(e -> e.kind()).toList();
    assertThat(kinds).contains("SCREENED", "REQUESTED");
    assertThat(kinds.indexOf("SCREENED")).isLessThan(kinds.indexOf("REQUESTED"));
  }

  @Test
  void aScreeningOfAnotherProviderOrAfterTheRequestDoesNotCount() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    String other = contractedProvider(providers, "ijsselland", "45");
    String bsn = bsn();
    screen(Actor.provider("ander", other), bsn, other, LocalDate.of(2025, 2, 27), null);
    // screened the day after the request was received
    screen(Actor.provider("aanbieder", agb), bsn, agb, LocalDate.of(2025, 3, 4), null);
    RequestView view = submit(Actor.provider("aanbieder", agb), ijsselland(bsn, agb, "02"));
    assertThat(view.state()).isEqualTo(RequestState.IN_INVESTIGATION);
  }

  @Test
  void sendsARequestAfterADeclinedScreeningToTheAccessTeamNamingTheReason() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    screen(provider, bsn, agb, LocalDate.of(2025, 2, 27), "TOO_HEAVY");
    RequestView view = submit(provider, ijsselland(bsn, agb, "02"));
    assertThat(view.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(view.decisions().getFirst().output().toString())
        .contains("R-IJS-4")
        .contains("TOO_HEAVY");
    assertThat(timelines.of(zwolleTeam, bsn).events())
        .anySatisfy(e -> assertThat(e.summary()).isEqualTo("screening: declined (TOO_HEAVY)"));
  }

  @Test
  void needsNoScreeningWhenTheAccessTeamReferred() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    RequestView view = submit(Actor.provider("aanbieder", agb), ijsselland(bsn(), agb, "01"));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);
  }

  @Test
  void refusesADeclineReasonOutsideThePacksListNamingTheFieldAndStoresNothing() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    assertThatThrownBy(() -> screen(provider, bsn(), agb, LocalDate.of(2025, 2, 27), "TOO_FAR"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("screening.declineReason"))
        .hasMessageContaining("TOO_HEAVY")
        .hasMessageContaining("R-IJS-4");
    assertThatThrownBy(
            () ->
                screenings.record(
                    provider,
                    new Screenings.NewScreening(
                        bsn(), BIRTH, "0193", agb, LocalDate.of(2025, 2, 27), false, null)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("screening.declineReason"));
    assertThat(screeningsOf(agb)).isZero();
  }

  @Test
  void letsOnlyTheProviderItselfRecordItsScreeningAndOnlyWhereTheRegionScreens() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    assertThatThrownBy(
            () -> screen(Actor.provider("ander", "12345678"), bsn(), agb, LocalDate.now(), null))
        .isInstanceOf(RouteRefusedException.class)
        .hasMessageContaining("own AGB");
    assertThatThrownBy(
            () ->
                screenings.record(
                    Actor.provider("aanbieder", agb),
                    new Screenings.NewScreening(
                        bsn(), BIRTH, "0153", agb, LocalDate.of(2025, 2, 27), true, null)))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.field()).isEqualTo("screening.municipality"))
        .hasMessageContaining("twente");
    assertThat(screeningsOf(agb)).isZero();
  }

  // ------------------------------------------------------------------------------ R-IJS-8

  /** A started IJsselland allocation referred by {@code referrer} (screened when needed). */
  private int started(String agb, String bsn, String referrer) {
    Actor provider = Actor.provider("aanbieder", agb);
    if (!referrer.equals("01")) screen(provider, bsn, agb, LocalDate.of(2025, 2, 27), null);
    RequestView view = submit(provider, ijsselland(bsn, agb, referrer));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);
    int number = view.allocations().getFirst().number();
    allocations.start(provider, "0193", number, LocalDate.of(2025, 3, 10), null);
    return number;
  }

  private List<@Nullable String> signals(int number, String kind) {
    return db.sql(
            """
            select message from signals.signal
            where kind = :kind and municipality = '0193' and role = 'TOEGANG'
              and message like :label
            """)
        .param("kind", kind)
        .param("label", "%allocation 0193/" + number + " %")
        .query(String.class)
        .list();
  }

  @Test
  void raisesTheNoticeForTheReferrerWhenGpReferredCareEndsAccordingToPlan() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    int number = started(agb, bsn(), "02");
    AllocationView stopped =
        allocations.stop(
            Actor.provider("aanbieder", agb),
            "0193",
            number,
            LocalDate.of(2025, 8, 29),
            StopReason.ENDED_AS_PLANNED,
            null);
    assertThat(stopped.delivery()).isEqualTo("ENDED");
    assertThat(signals(number, "ENDING_NOTICE"))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("ended according to plan").contains("2025-08-29"));
    assertThat(
            db.sql("select rule_id from signals.signal where message like :m")
                .param("m", "%allocation 0193/" + number + " %")
                .query(String.class)
                .list())
        .containsExactly("R-IJS-8");
  }

  @Test
  void refusesEndingGpReferredCareEarlyWithoutTheReferrerConsultedAndRecordsNothing() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    int number = started(agb, bsn(), "02");
    assertThatThrownBy(
            () ->
                allocations.stop(
                    provider,
                    "0193",
                    number,
                    LocalDate.of(2025, 6, 30),
                    StopReason.ENDED_EARLY_BY_PROVIDER,
                    null))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> {
              assertThat(e.field()).isEqualTo("stop.referrerConsultedOn");
              assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.UNPROCESSABLE);
            })
        .hasMessageContaining("R-IJS-8")
        .hasMessageContaining("001 §4.3.1.3");
    assertThat(allocations.get(provider, "0193", number).delivery()).isEqualTo("STARTED");

    AllocationView stopped =
        allocations.stop(
            provider,
            "0193",
            number,
            LocalDate.of(2025, 6, 30),
            StopReason.ENDED_EARLY_BY_PROVIDER,
            LocalDate.of(2025, 6, 16),
            null);
    assertThat(stopped.delivery()).isEqualTo("ENDED");
    assertThat(signals(number, "ENDING_NOTICE")).isEmpty();
  }

  @Test
  void theAccessTeamIsConsultedBeforehandEvenWhenCareEndsAccordingToPlan() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    int number = started(agb, bsn(), "01");
    assertThatThrownBy(
            () ->
                allocations.stop(
                    provider,
                    "0193",
                    number,
                    LocalDate.of(2025, 8, 29),
                    StopReason.ENDED_AS_PLANNED,
                    null))
        .isInstanceOf(RouteRefusedException.class)
        .hasMessageContaining("R-IJS-8");
    // recorded ahead (as for a JW307, which has no field for it), then the stop passes
    allocations.consultedReferrer(provider, "0193", number, LocalDate.of(2025, 8, 20));
    assertThat(
            allocations
                .stop(
                    provider,
                    "0193",
                    number,
                    LocalDate.of(2025, 8, 29),
                    StopReason.ENDED_AS_PLANNED,
                    null)
                .delivery())
        .isEqualTo("ENDED");
  }

  @Test
  void aTemporaryStopNeedsNoConsultation() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    int number = started(agb, bsn(), "01");
    assertThat(
            allocations
                .stop(
                    Actor.provider("aanbieder", agb),
                    "0193",
                    number,
                    LocalDate.of(2025, 5, 1),
                    StopReason.TEMPORARY,
                    null)
                .delivery())
        .isEqualTo("PAUSED");
  }

  @Test
  void anIjwStopWithoutTheConsultationIsRecordedAndTheAccessTeamGetsTheFollowUp() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    String bsn = bsn();
    int number = started(agb, bsn, "02");
    // the route a JW307 takes (StopHandler -> Regieberichten -> Allocations.report)
    allocations.report(
        Actor.provider("aanbieder", agb),
        "0193",
        Bsn.of(bsn),
        List.of(
            new DeliveryNotice.Stop(
                number,
                "45",
                null,
                LocalDate.of(2025, 3, 10),
                StopReason.ENDED_EARLY_BY_PROVIDER,
                LocalDate.of(2025, 6, 30),
                false)));
    assertThat(allocations.get(zwolleTeam, "0193", number).delivery()).isEqualTo("ENDED");
    assertThat(signals(number, "ENDING_NOT_CONSULTED"))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("without the referrer consulted beforehand"));
  }

  @Test
  void anIjwStopAccordingToPlanOfGpReferredCareRaisesTheNotice() {
    String agb = contractedProvider(providers, "ijsselland", "45");
    String bsn = bsn();
    int number = started(agb, bsn, "02");
    allocations.report(
        Actor.provider("aanbieder", agb),
        "0193",
        Bsn.of(bsn),
        List.of(
            new DeliveryNotice.Stop(
                number,
                "45",
                null,
                LocalDate.of(2025, 3, 10),
                StopReason.ENDED_AS_PLANNED,
                LocalDate.of(2025, 8, 29),
                false)));
    assertThat(signals(number, "ENDING_NOTICE")).hasSize(1);
    assertThat(signals(number, "ENDING_NOT_CONSULTED")).isEmpty();
  }

  // ------------------------------------------------------------------------------ R-AAA-6

  /** An Amstelveen ambulant request (45A01, signaalbudget) on a GP letter of {@code letter}. */
  private static ObjectNode amstelveen(String bsn, String agb, String letter) {
    return RouteFixtures.parse(
        """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0362",
         "client": {"birthDate": "2012-06-15"},
         "referrer": {"type": "02", "letterDate": "%s"},
         "product": {"category": "45", "code": "45A01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": 40, "unit": "04", "frequency": "6"},
         "budget": {"scheme": "SIGNAALBUDGET"}}
        """
            .formatted(letter),
        bsn,
        agb,
        reference());
  }

  @Test
  void sendsASecondProvidersRequestWithoutASharedHelpPlanToTheAccessTeamCitingRaaa6() {
    String first = contractedProvider(providers, "amstelveen-aalsmeer", "45");
    String second = contractedProvider(providers, "amstelveen-aalsmeer", "45");
    String bsn = bsn();
    assertThat(submit(Actor.provider("a", first), amstelveen(bsn, first, "2025-02-20")).state())
        .isEqualTo(RequestState.APPROVED);
    RequestView view = submit(Actor.provider("b", second), amstelveen(bsn, second, "2025-02-21"));
    assertThat(view.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(view.decisions().getFirst().output().toString())
        .contains("R-AAA-6")
        .contains("shared help plan");
  }

  @Test
  void approvesTheSecondProviderOnceTheSharedPlanNamesTheMainContractor() {
    String first = contractedProvider(providers, "amstelveen-aalsmeer", "45");
    String second = contractedProvider(providers, "amstelveen-aalsmeer", "45");
    String bsn = bsn();
    submit(Actor.provider("a", first), amstelveen(bsn, first, "2025-02-20"));
    HelpPlans.HelpPlanView plan =
        helpPlans.record(
            Actor.provider("a", first),
            new HelpPlans.NewHelpPlan(
                bsn,
                "0362",
                first,
                "HP-2025-17",
                List.of("goes to school 4 days a week", "sleeps through")));
    assertThat(plan.mainContractorAgb()).isEqualTo(first);
    assertThat(plan.rule()).isEqualTo("R-AAA-6");

    RequestView view = submit(Actor.provider("b", second), amstelveen(bsn, second, "2025-02-21"));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);
    assertThat(timelines.of(Actor.accessTeam("toegang-amstelveen", Set.of("0362")), bsn).events())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo("HELP_PLAN");
              assertThat(e.summary()).contains("HP-2025-17").contains(first).contains("2 result");
            });
  }

  @Test
  void aPlanWhoseMainContractorIsNotInvolvedDoesNotCount() {
    String first = contractedProvider(providers, "amstelveen-aalsmeer", "45");
    String second = contractedProvider(providers, "amstelveen-aalsmeer", "45");
    String stranger = contractedProvider(providers, "amstelveen-aalsmeer", "45");
    String bsn = bsn();
    submit(Actor.provider("a", first), amstelveen(bsn, first, "2025-02-20"));
    helpPlans.record(
        Actor.admin("admin"),
        new HelpPlans.NewHelpPlan(bsn, "0362", stranger, "HP-1", List.of("result")));
    RequestView view = submit(Actor.provider("b", second), amstelveen(bsn, second, "2025-02-21"));
    assertThat(view.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(view.decisions().getFirst().output().toString())
        .contains("not one of the providers");
  }
}
