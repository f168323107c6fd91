package nl.jeugdregie.allocation;

import static java.util.Objects.requireNonNull;
import static nl.jeugdregie.allocation.RouteFixtures.JSON;
import static nl.jeugdregie.allocation.RouteFixtures.bsn;
import static nl.jeugdregie.allocation.RouteFixtures.contractedProvider;
import static nl.jeugdregie.allocation.RouteFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * The municipality's own changes to an allocation (iJw §2.2, §5.3): in place where iJw allows it,
 * otherwise end and a new number; deletion only before care started; consent for lowering.
 */
@SpringBootTest(classes = Jeugdregie.class)
class MunicipalChangeTest {

  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired Providers providers;

  private final Actor team = Actor.accessTeam("toegang-noord-limburg", Set.of("0983"));
  private Actor provider = Actor.admin("unset");
  private AllocationRef ref = new AllocationRef("0983", 0);

  /** Today, and an allocation running from two months ago to half a year ahead. */
  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

  private static final LocalDate START = TODAY.minusMonths(2);
  private static final LocalDate END = TODAY.plusMonths(6);

  /** 300 hours in total, or 2 hours a week, from START to END in Venlo. */
  private AllocationRef allocate(long amount, String frequency) {
    String agb = contractedProvider(providers, "noord-limburg", "45");
    provider = Actor.provider("aanbieder", agb);
    ObjectNode body =
        RouteFixtures.parse(
            """
            {"kind": "INITIAL", "receivedOn": "%s", "municipality": "0983",
             "client": {"birthDate": "2013-04-01"}, "referrer": {"type": "01"},
             "product": {"category": "45", "code": "45P01"},
             "period": {"start": "%s", "end": "%s"},
             "volume": {"amount": %d, "unit": "04", "frequency": "%s"}}
            """
                .formatted(START.minusDays(7), START, END, amount, frequency),
            bsn(),
            agb,
            reference());
    return requests.submit(provider, RequestSubmission.parse(body)).allocations().getFirst();
  }

  private Allocations.ChangeResult change(String json) {
    return allocations.change(
        team, "0983", ref.number(), MunicipalChange.parse(JSON.readTree(json)));
  }

  @BeforeEach
  void totalAllocation() {
    ref = allocate(300, "6");
  }

  @Test
  void extendsInPlaceWithReason04() {
    LocalDate later = END.plusMonths(3);
    Allocations.ChangeResult result = change("{\"reason\": \"04\", \"end\": \"" + later + "\"}");
    assertThat(result.successor()).isNull();
    AllocationView allocation = result.allocation();
    assertThat(allocation.versions()).hasSize(2);
    assertThat(allocation.current().period().end()).isEqualTo(later);
    assertThat(requireNonNull(allocation.current().changeReason()).code()).isEqualTo("04");
    assertThat(allocation.current().recordedBy()).isEqualTo("toegang-noord-limburg");
  }

  @Test
  void endsAWeeklyAllocationAndStartsANewNumberWhenTheVolumeChanges() {
    ref = allocate(2, "2");
    LocalDate from = TODAY.plusDays(10);
    Allocations.ChangeResult result =
        change(
            """
            {"reason": "05", "from": "%s",
             "volume": {"amount": 1, "unit": "04", "frequency": "2"}}
            """
                .formatted(from));
    assertThat(result.allocation().current().period().end()).isEqualTo(from.minusDays(1));
    AllocationView successor = requireNonNull(result.successor());
    assertThat(successor.number()).isNotEqualTo(ref.number());
    assertThat(successor.current().period().start()).isEqualTo(from);
    assertThat(successor.current().period().end()).isEqualTo(END);
    assertThat(requireNonNull(successor.current().volume()).amount()).isEqualTo(1);
    assertThat(successor.current().changeReason()).isNull();
  }

  @Test
  void lowersATotalOnlyWithTheProvidersConsent() {
    String lower =
        "{\"reason\": \"14\", \"volume\": {\"amount\": 200, \"unit\": \"04\", \"frequency\": \"6\"}";
    assertThatThrownBy(() -> change(lower + "}"))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.field()).isEqualTo("change.providerConsent"))
        .hasMessageContaining("OP298");
    AllocationView allocation = change(lower + ", \"providerConsent\": true}").allocation();
    assertThat(requireNonNull(allocation.current().volume()).amount()).isEqualTo(200);
    assertThat(allocation.versions()).hasSize(2);
  }

  @Test
  void deletesAnAllocationWhoseCareHasNotStartedAndNoOtherOne() {
    AllocationView deleted = change("{\"reason\": \"13\"}").allocation();
    assertThat(deleted.current().period().end()).isEqualTo(deleted.current().period().start());
    assertThat(requireNonNull(deleted.current().changeReason()).code()).isEqualTo("13");
    assertThatThrownBy(() -> change("{\"reason\": \"04\", \"end\": \"" + END.plusMonths(3) + "\"}"))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.CONFLICT));

    ref = allocate(300, "6");
    allocations.start(provider, "0983", ref.number(), START, null);
    assertThatThrownBy(() -> change("{\"reason\": \"13\"}"))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.getMessage()).contains("OP362"));
  }

  @Test
  void leavesProviderInitiatedChangesToChangeRequests() {
    assertThatThrownBy(() -> change("{\"reason\": \"12\", \"end\": \"" + END.plusMonths(3) + "\"}"))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.field()).isEqualTo("change.reason"));
    assertThatThrownBy(
            () ->
                allocations.change(
                    provider,
                    "0983",
                    ref.number(),
                    MunicipalChange.parse(
                        JSON.readTree("{\"reason\": \"04\", \"end\": \"2026-03-31\"}"))))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED));
  }

  @Test
  void refusesAChangeMadeOnAVersionSomeoneElseMovedOn() {
    AllocationView read = allocations.get(team, "0983", ref.number());
    change("{\"reason\": \"04\", \"end\": \"" + END.plusMonths(3) + "\"}");
    assertThatThrownBy(
            () ->
                change(
                    "{\"reason\": \"05\", \"end\": \""
                        + END.minusMonths(1)
                        + "\", \"version\": "
                        + read.version()
                        + "}"))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.CONFLICT));
  }
}
