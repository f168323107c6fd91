package nl.jeugdregie.allocation;

import static java.util.Objects.requireNonNull;
import static nl.jeugdregie.allocation.RouteFixtures.amersfoortLevel1;
import static nl.jeugdregie.allocation.RouteFixtures.bsn;
import static nl.jeugdregie.allocation.RouteFixtures.contractedProvider;
import static nl.jeugdregie.allocation.RouteFixtures.reference;
import static nl.jeugdregie.allocation.RouteFixtures.twenteOver6000Minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.allocation.Views.Timeline;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client route against the real database: a request through investigation to an allocation,
 * start and stop; a straight approval; every refusal leaving nothing behind.
 */
@SpringBootTest(classes = Jeugdregie.class)
@ExtendWith(OutputCaptureExtension.class)
class ClientRouteTest {

  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired Timelines timelines;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private final Actor twenteTeam = Actor.accessTeam("toegang-twente", Set.of("0153", "0164"));
  private final Actor amersfoortTeam = Actor.accessTeam("toegang-amersfoort", Set.of("0307"));

  private RequestView submit(Actor actor, ObjectNode body) {
    return requests.submit(actor, RequestSubmission.parse(body));
  }

  @Test
  void takesATwenteRequestOver6000MinutesThroughInvestigationToAnAllocationStartAndStop() {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();

    RequestView received = submit(provider, twenteOver6000Minutes(bsn, agb, reference()));
    assertThat(received.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(received.investigationDue()).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(received.answerDue()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(received.allocations()).isEmpty();
    assertThat(received.decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.outcome()).isEqualTo("INVESTIGATE");
              assertThat(d.policy().id()).isEqualTo("twente");
              assertThat(d.output().toString()).contains("R-TWE-2");
              assertThat(d.judgedRequest().get("volume").get("amount").asLong()).isEqualTo(7000);
            });

    RequestView decided =
        requests.decide(
            twenteTeam,
            received.id(),
            TeamDecision.parse(
                RouteFixtures.JSON.readTree(
                    """
                    {"outcome": "APPROVE", "note": "discussed with the provider",
                     "adjustments": {"volume": {"amount": 6000, "unit": "01", "frequency": "6"}}}
                    """)));
    assertThat(decided.state()).isEqualTo(RequestState.APPROVED);
    assertThat(decided.decisions()).hasSize(2);
    assertThat(decided.decisions().get(1).decidedBy()).isEqualTo("toegang-twente");
    var ref = decided.allocations().getFirst();
    assertThat(ref.municipality()).isEqualTo("0153");

    AllocationView allocation = allocations.get(provider, "0153", ref.number());
    assertThat(requireNonNull(allocation.current().volume()).amount()).isEqualTo(6000);
    assertThat(allocation.delivery()).isEqualTo("NOT_STARTED");

    allocations.start(provider, "0153", ref.number(), LocalDate.of(2025, 3, 10), null);
    AllocationView stopped =
        allocations.stop(
            provider,
            "0153",
            ref.number(),
            LocalDate.of(2025, 12, 31),
            StopReason.parse("31"),
            null);
    assertThat(stopped.delivery()).isEqualTo("ENDED");
    assertThat(stopped.deliveryEvents()).extracting(e -> e.kind()).containsExactly("START", "STOP");

    Timeline timeline = timelines.of(twenteTeam, bsn);
    assertThat(timeline.client().bsn()).isEqualTo(bsn);
    assertThat(timeline.events())
        .extracting(e -> e.kind())
        .contains("REQUESTED", "DECIDED", "ALLOCATED", "DELIVERY_STARTED", "DELIVERY_STOPPED");
  }

  @Test
  void approvesAnAmersfoortLevel1RequestStraightAway() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    RequestView view =
        submit(Actor.provider("aanbieder", agb), amersfoortLevel1(bsn(), agb, reference()));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);
    var ref = view.allocations().getFirst();
    AllocationView allocation = allocations.get(amersfoortTeam, ref.municipality(), ref.number());
    assertThat(allocation.current().level()).isEqualTo(1);
    assertThat(allocation.current().budgetCents()).isEqualTo(200_000L);
    assertThat(allocation.current().changeReason()).isNull();
  }

  @Test
  void refusesAStartOrStopDatedAfterToday() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    var ref = submit(provider, amersfoortLevel1(bsn(), agb, reference())).allocations().getFirst();
    LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1);
    assertThatThrownBy(() -> allocations.start(provider, "0307", ref.number(), tomorrow, null))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.field()).isEqualTo("start.date"))
        .hasMessageContaining("TR134");
    allocations.start(provider, "0307", ref.number(), LocalDate.of(2020, 7, 13), null);
    assertThatThrownBy(
            () ->
                allocations.stop(
                    provider, "0307", ref.number(), tomorrow, StopReason.parse("31"), null))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.field()).isEqualTo("stop.date"));
    assertThat(allocations.get(provider, "0307", ref.number()).delivery()).isEqualTo("STARTED");
  }

  @Test
  void rejectsAStackedRequestWithWj759Code6AndAllowsTheNextPeriod() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    assertThat(submit(provider, amersfoortLevel1(bsn, agb, reference())).state())
        .isEqualTo(RequestState.APPROVED);
    ObjectNode overlapping = amersfoortLevel1(bsn, agb, reference());
    ((ObjectNode) overlapping.get("referrer")).put("letterDate", "2020-06-27");
    RequestView stacked = submit(provider, overlapping);
    assertThat(stacked.state()).isEqualTo(RequestState.REJECTED);
    assertThat(requireNonNull(stacked.rejectionReason()).code()).isEqualTo("6");
    assertThat(stacked.decisions().getFirst().output().toString()).contains("R-GEN-4");

    ObjectNode next = amersfoortLevel1(bsn, agb, reference());
    ((ObjectNode) next.get("referrer")).put("letterDate", "2020-12-20");
    next.put("receivedOn", "2021-01-04");
    ((ObjectNode) next.get("period")).put("start", "2021-01-13").put("end", "2021-06-30");
    assertThat(submit(provider, next).state()).isEqualTo(RequestState.APPROVED);
  }

  @Test
  void givesEveryAllocationOfAMunicipalityItsOwnNumber() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    int first =
        submit(provider, amersfoortLevel1(bsn(), agb, reference()))
            .allocations()
            .getFirst()
            .number();
    int second =
        submit(provider, amersfoortLevel1(bsn(), agb, reference()))
            .allocations()
            .getFirst()
            .number();
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void rejectsARequestFromAProviderWithoutAContractWithWj759Code3() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    RequestView view =
        submit(Actor.provider("aanbieder", agb), twenteOver6000Minutes(bsn(), agb, reference()));
    assertThat(view.state()).isEqualTo(RequestState.REJECTED);
    assertThat(requireNonNull(view.rejectionReason()).code()).isEqualTo("3");
    assertThat(view.decisions().getFirst().output().toString()).contains("R-GEN-3");
  }

  @Test
  void refusesAReusedProviderReferenceWith9347AndStoresNothing() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String reference = reference();
    submit(provider, amersfoortLevel1(bsn(), agb, reference));
    Map<String, Long> before = counts();
    assertThatThrownBy(() -> submit(provider, amersfoortLevel1(bsn(), agb, reference)))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.CONFLICT);
              assertThat(e.ijwCode()).isEqualTo("9347");
            });
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void refusesASecondRequestWhileOneIsInInvestigationWith9374AndStoresNothing() {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    submit(provider, twenteOver6000Minutes(bsn, agb, reference()));
    Map<String, Long> before = counts();
    assertThatThrownBy(() -> submit(provider, twenteOver6000Minutes(bsn, agb, reference())))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.ijwCode()).isEqualTo("9374"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void storesNothingForARequestThatFailsValidation() {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    Map<String, Long> before = counts();
    ObjectNode badDate = twenteOver6000Minutes(bsn(), agb, reference());
    ((ObjectNode) badDate.get("period")).put("end", "2025-02-31");
    assertThatThrownBy(() -> submit(provider, badDate))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("request.period.end");
    ObjectNode unknownProvider = twenteOver6000Minutes(bsn(), RouteFixtures.agb(), reference());
    assertThatThrownBy(() -> submit(Actor.admin("admin"), unknownProvider))
        .isInstanceOf(RouteRefusedException.class)
        .hasMessageContaining("not known");
    ObjectNode outsideRegions = amersfoortLevel1(bsn(), agb, reference());
    outsideRegions.put("municipality", "0344");
    assertThatThrownBy(() -> submit(provider, outsideRegions))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.field()).isEqualTo("request.municipality"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void refusesABirthDateThatContradictsTheKnownClientAndStoresNothing() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    submit(provider, amersfoortLevel1(bsn, agb, reference()));
    Map<String, Long> before = counts();
    ObjectNode other = amersfoortLevel1(bsn, agb, reference());
    ((ObjectNode) other.get("client")).put("birthDate", "2011-01-01");
    assertThatThrownBy(() -> submit(provider, other))
        .isInstanceOf(nl.jeugdregie.clients.ClientMismatchException.class);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void judgesASecondUseOfATwenteReferralLetterAsUsedBefore() {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    ObjectNode first = twenteOver6000Minutes(bsn, agb, reference());
    ((ObjectNode) first.get("volume")).put("amount", 3000);
    RequestView approved = submit(provider, first);
    assertThat(approved.state()).isEqualTo(RequestState.APPROVED);

    ObjectNode again = twenteOver6000Minutes(bsn, agb, reference());
    ((ObjectNode) again.get("volume")).put("amount", 3000);
    ((ObjectNode) again.get("product")).put("code", "45G01");
    RequestView second = submit(provider, again);
    assertThat(second.decisions().getFirst().output().toString()).contains("R-TWE-1");
    assertThat(
            second
                .decisions()
                .getFirst()
                .judgedRequest()
                .get("referrer")
                .get("usedBefore")
                .asBoolean())
        .isTrue();
    assertThat(second.state()).isEqualTo(RequestState.REJECTED);
  }

  @Test
  void letsTheTeamRejectAnInvestigationWithAnIjwReason() {
    String agb = contractedProvider(providers, "twente", "45");
    RequestView received =
        submit(Actor.provider("aanbieder", agb), twenteOver6000Minutes(bsn(), agb, reference()));
    RequestView rejected =
        requests.decide(
            twenteTeam,
            received.id(),
            TeamDecision.parse(
                RouteFixtures.JSON.readTree("{\"outcome\": \"REJECT\", \"reason\": \"7\"}")));
    assertThat(rejected.state()).isEqualTo(RequestState.REJECTED);
    assertThat(requireNonNull(rejected.rejectionReason()).name()).isEqualTo("CARE_CONTENT");
    assertThat(rejected.allocations()).isEmpty();
    assertThatThrownBy(
            () ->
                requests.decide(
                    twenteTeam,
                    received.id(),
                    TeamDecision.parse(RouteFixtures.JSON.readTree("{\"outcome\": \"APPROVE\"}"))))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.CONFLICT));
  }

  @Test
  void keepsEachActorWithinItsScope() {
    String agb = contractedProvider(providers, "twente", "45");
    RequestView view =
        submit(Actor.provider("aanbieder", agb), twenteOver6000Minutes(bsn(), agb, reference()));
    UUID id = view.id();
    assertThatThrownBy(() -> requests.get(Actor.provider("other", RouteFixtures.agb()), id))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_FOUND));
    assertThatThrownBy(() -> requests.get(amersfoortTeam, id))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(() -> requests.get(Actor.policy("beleid"), id))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED));
    RequestView contract = requests.get(Actor.contractManager("contract", "twente"), id);
    assertThat(contract.client().bsn()).isNull();
    assertThat(contract.client().name()).isNull();
    assertThat(contract.client().pseudonym()).startsWith("C-");
    assertThatThrownBy(
            () ->
                requests.decide(
                    Actor.contractManager("contract", "twente"),
                    id,
                    TeamDecision.parse(RouteFixtures.JSON.readTree("{\"outcome\": \"APPROVE\"}"))))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED));
  }

  @Test
  void auditsEveryReadOfPersonalDataAndNeverForAPseudonymisedView() {
    String agb = contractedProvider(providers, "twente", "45");
    RequestView view =
        submit(Actor.provider("aanbieder", agb), twenteOver6000Minutes(bsn(), agb, reference()));
    long before = auditLines("toegang-twente");
    requests.get(twenteTeam, view.id());
    assertThat(auditLines("toegang-twente")).isEqualTo(before + 1);
    long contractBefore = auditLines("contract");
    requests.get(Actor.contractManager("contract", "twente"), view.id());
    assertThat(auditLines("contract")).isEqualTo(contractBefore);
  }

  @Test
  void refusesToChangeOrDeleteTheAuditLog() {
    String agb = contractedProvider(providers, "twente", "45");
    submit(Actor.provider("aanbieder", agb), twenteOver6000Minutes(bsn(), agb, reference()));
    assertThatThrownBy(() -> db.sql("update clients.audit_entry set actor = 'x'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> db.sql("delete from clients.audit_entry").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void listsInvestigationsPastEightWeeksAsOverdue() {
    String agb = contractedProvider(providers, "twente", "45");
    RequestView view =
        submit(Actor.provider("aanbieder", agb), twenteOver6000Minutes(bsn(), agb, reference()));
    assertThat(requests.overdue(twenteTeam, LocalDate.of(2025, 4, 28)))
        .noneMatch(o -> o.id().equals(view.id()));
    assertThat(requests.overdue(twenteTeam, LocalDate.of(2025, 4, 29)))
        .anySatisfy(
            o -> {
              assertThat(o.id()).isEqualTo(view.id());
              assertThat(o.daysOverdue()).isEqualTo(1);
            });
    assertThat(requests.overdue(amersfoortTeam, LocalDate.of(2025, 4, 29)))
        .noneMatch(o -> o.id().equals(view.id()));
  }

  @Test
  void replaysAStoredRequestUnderAnotherPack() {
    String agb = contractedProvider(providers, "twente", "45");
    RequestView view =
        submit(Actor.provider("aanbieder", agb), twenteOver6000Minutes(bsn(), agb, reference()));
    var replay = requests.replay(twenteTeam, view.id(), "twente");
    assertThat(replay.outcome().name()).isEqualTo("INVESTIGATE");
  }

  @Test
  void keepsTheBirthDateInTheClientsModuleOnlyAndGivesItBackToWhoMaySeeIt() {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    RequestView view = submit(provider, twenteOver6000Minutes(bsn(), agb, reference()));
    requests.decide(
        twenteTeam,
        view.id(),
        TeamDecision.parse(RouteFixtures.JSON.readTree("{\"outcome\": \"APPROVE\"}")));
    for (String stored :
        List.of(
            "select body::text from allocation.request",
            "select judged_request::text from allocation.decision",
            "select basis::text from allocation.allocation")) {
      assertThat(db.sql(stored).query(String.class).list())
          .as(stored)
          .isNotEmpty()
          .noneMatch(json -> json.contains("birthDate"));
    }
    assertThat(
            requests
                .get(twenteTeam, view.id())
                .decisions()
                .getFirst()
                .judgedRequest()
                .path("client")
                .path("birthDate")
                .asString())
        .isEqualTo("2014-05-01");
    assertThat(
            requests
                .get(Actor.contractManager("contract", "twente"), view.id())
                .decisions()
                .getFirst()
                .judgedRequest()
                .has("client"))
        .isFalse();
  }

  @Test
  void neverWritesABsnToTheLog(CapturedOutput output) {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    RequestView view = submit(provider, twenteOver6000Minutes(bsn, agb, reference()));
    requests.get(twenteTeam, view.id());
    timelines.of(twenteTeam, bsn);
    ObjectNode contradicting = twenteOver6000Minutes(bsn, agb, reference());
    ((ObjectNode) contradicting.get("client")).put("birthDate", "2001-01-01");
    assertThatThrownBy(() -> submit(provider, contradicting)).hasMessageNotContaining(bsn);
    assertThatThrownBy(() -> submit(provider, twenteOver6000Minutes(bsn, agb, reference())))
        .hasMessageNotContaining(bsn);
    // the database's own unique key on the BSN: its error must not carry the value either
    assertThatThrownBy(
            () ->
                db.sql(
                        """
                        insert into clients.client (id, bsn, pseudonym, birth_date, municipality,
                          created_at) values (gen_random_uuid(), :bsn, 'C-DUPLICATE', '2014-05-01',
                          '0153', now())
                        """)
                    .param("bsn", bsn)
                    .update())
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class)
        .hasMessageNotContaining(bsn);
    assertThat(output.getAll()).doesNotContain(bsn);
  }

  private long auditLines(String actor) {
    return db.sql("select count(*) from clients.audit_entry where actor = :a")
        .param("a", actor)
        .query(Long.class)
        .single();
  }

  Map<String, Long> counts() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table :
        List.of(
            "clients.client",
            "clients.audit_entry",
            "allocation.referral",
            "allocation.request",
            "allocation.decision",
            "allocation.allocation",
            "allocation.allocation_version",
            "allocation.delivery_event")) {
      counts.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }
}
