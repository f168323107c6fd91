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
import java.util.Map;
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
 * Change requests (VOW): the complete desired situation, checked against the current allocations
 * with iJw's return codes, approved or rejected whole, and applied in place or as end-and-new.
 */
@SpringBootTest(classes = Jeugdregie.class)
class ChangeRequestTest {

  @Autowired Requests requests;
  @Autowired ChangeRequests changes;
  @Autowired Allocations allocations;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private String agb = "";
  private String bsn = "";
  private Actor provider = Actor.admin("unset");

  /**
   * A Noord-Limburg allocation (Venlo, product 45P01 ambulant perspectief 1; the pack steers by
   * norms and has no decision rules, so the engine approves) of {@code amount} hours per {@code
   * frequency}, 2025-03-10 to 2025-12-31, for a fresh client and provider.
   */
  private AllocationRef noordLimburgAllocation(long amount, String frequency) {
    agb = contractedProvider(providers, "noord-limburg", "45");
    provider = Actor.provider("aanbieder", agb);
    bsn = bsn();
    return noordLimburg(amount, frequency, "45P01");
  }

  private AllocationRef noordLimburg(long amount, String frequency, String product) {
    ObjectNode body =
        RouteFixtures.parse(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0983",
             "client": {"birthDate": "2013-04-01"}, "referrer": {"type": "01"},
             "product": {"category": "45", "code": "%s"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": %d, "unit": "04", "frequency": "%s"}}
            """
                .formatted(product, amount, frequency),
            bsn,
            agb,
            reference());
    RequestView view = requests.submit(provider, RequestSubmission.parse(body));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);
    return view.allocations().getFirst();
  }

  /** A Twente allocation of {@code amount} minutes in total for this test's client. */
  private AllocationRef twenteAllocation(long amount) {
    agb = contractedProvider(providers, "twente", "45");
    provider = Actor.provider("aanbieder", agb);
    bsn = bsn();
    ObjectNode body = twenteOver6000Minutes(bsn, agb, reference());
    ((ObjectNode) body.get("volume")).put("amount", amount);
    RequestView view = requests.submit(provider, RequestSubmission.parse(body));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);
    return view.allocations().getFirst();
  }

  private RequestView vow(String json) {
    ObjectNode body = (ObjectNode) JSON.readTree(json);
    body.put("clientBsn", bsn);
    body.put("providerAgb", agb);
    body.put("providerReference", reference());
    return changes.submit(provider, ChangeSubmission.parse(body));
  }

  @Test
  void extendsAnAllocationInPlaceWithReason12() {
    AllocationRef ref = noordLimburgAllocation(300, "6");
    RequestView change =
        vow(
            """
            {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 2,
             "change": [{"number": %d, "desiredStart": "2025-03-10", "end": "2026-02-28"}]}
            """
                .formatted(ref.number()));
    assertThat(change.type()).isEqualTo(RequestType.CHANGE);
    assertThat(change.state()).isEqualTo(RequestState.APPROVED);
    AllocationView allocation = allocations.get(provider, "0983", ref.number());
    assertThat(allocation.versions()).hasSize(2);
    assertThat(allocation.current().period().end()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(requireNonNull(allocation.current().changeReason()).code()).isEqualTo("12");
    assertThat(allocation.current().requestId()).isEqualTo(change.id());
    assertThat(allocation.versions().getFirst().period().end())
        .isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void endsAWeeklyAllocationAndMakesANewNumberWhenItsVolumeChanges() {
    AllocationRef ref = noordLimburgAllocation(2, "2");
    RequestView change =
        vow(
            """
            {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 1,
             "change": [{"number": %d, "desiredStart": "2025-07-01",
                         "volume": {"amount": 3, "unit": "04", "frequency": "2"}}]}
            """
                .formatted(ref.number()));
    assertThat(change.state()).isEqualTo(RequestState.APPROVED);
    AllocationView old = allocations.get(provider, "0983", ref.number());
    assertThat(old.current().period().end()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(requireNonNull(old.current().changeReason()).code()).isEqualTo("12");
    AllocationRef added =
        change.allocations().stream()
            .filter(a -> a.number() != ref.number())
            .findFirst()
            .orElseThrow();
    AllocationView fresh = allocations.get(provider, "0983", added.number());
    assertThat(fresh.current().period().start()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(fresh.current().period().end()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(requireNonNull(fresh.current().volume()).amount()).isEqualTo(3);
    assertThat(fresh.current().changeReason()).isNull();
  }

  @Test
  void refusesAChangeRequestThatLeavesOutACurrentAllocationWith9349() {
    AllocationRef ref = noordLimburgAllocation(300, "6");
    noordLimburg(100, "6", "45P02");
    Map<String, Long> before = counts();
    assertThatThrownBy(
            () ->
                vow(
                    """
                    {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 2,
                     "change": [{"number": %d, "desiredStart": "2025-03-10", "end": "2026-01-31"}]}
                    """
                        .formatted(ref.number())))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.ijwCode()).isEqualTo("9349"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void rejectsAChangeAddingAnUncontractedProductWithWj759Code3() {
    AllocationRef ref = noordLimburgAllocation(300, "6");
    RequestView change =
        vow(
            """
            {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 1,
             "unchanged": [{"number": %d}],
             "new": [{"product": {"category": "54", "code": "54G01"}, "desiredStart": "2025-07-01",
                      "end": "2025-12-31", "volume": {"amount": 40, "unit": "04", "frequency": "6"}}]}
            """
                .formatted(ref.number()));
    assertThat(change.state()).isEqualTo(RequestState.REJECTED);
    assertThat(requireNonNull(change.rejectionReason()).code()).isEqualTo("3");
    assertThat(change.allocations()).isEmpty();
  }

  @Test
  void addsAContractedProductAsANewAllocation() {
    AllocationRef ref = noordLimburgAllocation(300, "6");
    providers.contract(
        new nl.jeugdregie.catalog.Contract(
            agb, "noord-limburg", "54", null, LocalDate.of(2022, 1, 1), null));
    RequestView change =
        vow(
            """
            {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 1,
             "unchanged": [{"number": %d}],
             "new": [{"product": {"category": "54", "code": "54G01"}, "desiredStart": "2025-07-01",
                      "end": "2025-12-31", "volume": {"amount": 40, "unit": "04", "frequency": "6"}}]}
            """
                .formatted(ref.number()));
    assertThat(change.state()).isEqualTo(RequestState.APPROVED);
    AllocationRef added = change.allocations().getFirst();
    assertThat(added.number()).isNotEqualTo(ref.number());
    AllocationView allocation = allocations.get(provider, "0983", added.number());
    assertThat(allocation.product().code()).isEqualTo("54G01");
    assertThat(allocation.current().period().start()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(allocations.get(provider, "0983", ref.number()).versions()).hasSize(1);
  }

  @Test
  void refusesAnUnknownAllocationNumberWith9351() {
    noordLimburgAllocation(300, "6");
    assertThatThrownBy(
            () ->
                vow(
                    """
                    {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 2,
                     "change": [{"number": 999999999, "desiredStart": "2025-07-01"}]}
                    """))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.ijwCode()).isEqualTo("9351"));
  }

  @Test
  void refusesADesiredStartInThePastThatIsNotTheOriginalStartWith9357() {
    AllocationRef ref = noordLimburgAllocation(300, "6");
    assertThatThrownBy(
            () ->
                vow(
                    """
                    {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 2,
                     "change": [{"number": %d, "desiredStart": "2025-05-01", "end": "2026-01-31"}]}
                    """
                        .formatted(ref.number())))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.ijwCode()).isEqualTo("9357"));
  }

  @Test
  void refusesABudgetChangeFromALaterDateWith9373() {
    agb = contractedProvider(providers, "amersfoort", "45");
    provider = Actor.provider("aanbieder", agb);
    bsn = bsn();
    RequestView view =
        requests.submit(provider, RequestSubmission.parse(amersfoortLevel1(bsn, agb, reference())));
    int number = view.allocations().getFirst().number();
    assertThatThrownBy(
            () ->
                vow(
                    """
                    {"municipality": "0307", "receivedOn": "2020-08-03", "reason": 2,
                     "change": [{"number": %d, "desiredStart": "2020-09-01", "budgetCents": 150000}]}
                    """
                        .formatted(number)))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.ijwCode()).isEqualTo("9373"));
  }

  @Test
  void refusesAChangeRequestThatChangesNothing() {
    AllocationRef ref = noordLimburgAllocation(300, "6");
    assertThatThrownBy(
            () ->
                vow(
                    """
                    {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 2,
                     "unchanged": [{"number": %d}]}
                    """
                        .formatted(ref.number())))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.getMessage()).contains("TR353"));
  }

  @Test
  void sendsATwenteChangeToTheMunicipalityWhoApproveItWholeWithoutAdjusting() {
    AllocationRef ref = twenteAllocation(3000);
    // R-TWE-4: the municipality judges every change and extension
    RequestView change =
        vow(
            """
            {"municipality": "0153", "receivedOn": "2025-06-02", "reason": 2,
             "change": [{"number": %d, "desiredStart": "2025-03-10",
                         "volume": {"amount": 7000, "unit": "01", "frequency": "6"}}]}
            """
                .formatted(ref.number()));
    assertThat(change.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    Actor team = Actor.accessTeam("toegang-twente", java.util.Set.of("0153"));
    assertThatThrownBy(
            () ->
                requests.decide(
                    team,
                    change.id(),
                    TeamDecision.parse(
                        JSON.readTree(
                            "{\"outcome\": \"APPROVE\", \"adjustments\": {\"budgetCents\": 1}}"))))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.getMessage()).contains("OP348"));
    RequestView approved =
        requests.decide(
            team, change.id(), TeamDecision.parse(JSON.readTree("{\"outcome\": \"APPROVE\"}")));
    assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
    AllocationView allocation = allocations.get(provider, "0153", ref.number());
    assertThat(requireNonNull(allocation.current().volume()).amount()).isEqualTo(7000);
    assertThat(allocation.versions()).hasSize(2);
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table :
        java.util.List.of(
            "allocation.request",
            "allocation.decision",
            "allocation.allocation",
            "allocation.allocation_version")) {
      counts.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }
}
