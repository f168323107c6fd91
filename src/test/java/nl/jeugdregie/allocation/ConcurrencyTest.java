package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.RouteFixtures.JSON;
import static nl.jeugdregie.allocation.RouteFixtures.bsn;
import static nl.jeugdregie.allocation.RouteFixtures.contractedProvider;
import static nl.jeugdregie.allocation.RouteFixtures.reference;
import static nl.jeugdregie.allocation.RouteFixtures.twenteOver6000Minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two users on the same request or allocation at once: one wins, the other gets a conflict, and
 * nothing is half-done or lost.
 */
@SpringBootTest(classes = Jeugdregie.class)
class ConcurrencyTest {

  @Autowired Requests requests;
  @Autowired ChangeRequests changes;
  @Autowired Allocations allocations;
  @Autowired Providers providers;

  private final Actor teamA = Actor.accessTeam("consulent-a", Set.of("0153"));
  private final Actor teamB = Actor.accessTeam("consulent-b", Set.of("0153"));

  @Test
  void letsOnlyOneOfTwoSimultaneousDecisionsOnARequestWin() throws Exception {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (int round = 0; round < 10; round++) {
        RequestView request =
            requests.submit(
                provider, RequestSubmission.parse(twenteOver6000Minutes(bsn(), agb, reference())));
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<RequestView> approve =
            () -> {
              together.await();
              return requests.decide(
                  teamA,
                  request.id(),
                  TeamDecision.parse(JSON.readTree("{\"outcome\":\"APPROVE\"}")));
            };
        Callable<RequestView> reject =
            () -> {
              together.await();
              return requests.decide(
                  teamB,
                  request.id(),
                  TeamDecision.parse(JSON.readTree("{\"outcome\":\"REJECT\",\"reason\":\"7\"}")));
            };
        List<Future<RequestView>> results = List.of(pool.submit(approve), pool.submit(reject));
        List<RequestView> won = new ArrayList<>();
        int conflicts = 0;
        for (Future<RequestView> result : results) {
          try {
            won.add(result.get());
          } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause())
                .isInstanceOfSatisfying(
                    RouteRefusedException.class,
                    r -> assertThat(r.kind()).isEqualTo(RouteRefusedException.Kind.CONFLICT));
            conflicts++;
          }
        }
        assertThat(won).hasSize(1);
        assertThat(conflicts).isEqualTo(1);
        RequestView after = requests.get(teamA, request.id());
        assertThat(after.decisions()).hasSize(2);
        assertThat(after.state()).isEqualTo(won.getFirst().state());
        assertThat(after.allocations()).hasSize(after.state() == RequestState.APPROVED ? 1 : 0);
      }
    }
  }

  @Test
  void refusesAStopMadeOnAVersionThatAChangeHasMovedOn() {
    Fixture f = noordLimburgAllocation();
    AllocationView read = allocations.get(f.provider(), "0983", f.ref().number());
    allocations.start(
        f.provider(), "0983", f.ref().number(), LocalDate.of(2025, 3, 10), read.version());
    AllocationView started = allocations.get(f.provider(), "0983", f.ref().number());
    changes.submit(f.provider(), extension(f, "2026-02-28"));
    assertThatThrownBy(
            () ->
                allocations.stop(
                    f.provider(),
                    "0983",
                    f.ref().number(),
                    LocalDate.of(2025, 6, 30),
                    StopReason.parse("31"),
                    started.version()))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.CONFLICT));
    AllocationView after = allocations.get(f.provider(), "0983", f.ref().number());
    assertThat(after.delivery()).isEqualTo("STARTED");
    assertThat(after.deliveryEvents()).hasSize(1);
  }

  @Test
  void neverLosesAChangeOrAStopThatRaceEachOther() throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (int round = 0; round < 10; round++) {
        Fixture f = noordLimburgAllocation();
        allocations.start(f.provider(), "0983", f.ref().number(), LocalDate.of(2025, 3, 10), null);
        int before = allocations.get(f.provider(), "0983", f.ref().number()).version();
        CyclicBarrier together = new CyclicBarrier(2);
        Future<?> change =
            pool.submit(
                () -> {
                  together.await();
                  return changes.submit(f.provider(), extension(f, "2026-02-28"));
                });
        Future<?> stop =
            pool.submit(
                () -> {
                  together.await();
                  return allocations.stop(
                      f.provider(),
                      "0983",
                      f.ref().number(),
                      LocalDate.of(2025, 6, 30),
                      StopReason.parse("20"),
                      before);
                });
        boolean changed = succeeded(change);
        boolean stopped = succeeded(stop);
        AllocationView after = allocations.get(f.provider(), "0983", f.ref().number());
        assertThat(changed || stopped).isTrue();
        assertThat(after.version()).isEqualTo(before + (changed ? 1 : 0) + (stopped ? 1 : 0));
        assertThat(after.versions()).hasSize(changed ? 2 : 1);
        assertThat(after.deliveryEvents()).hasSize(stopped ? 2 : 1);
        assertThat(after.delivery()).isEqualTo(stopped ? "PAUSED" : "STARTED");
      }
    }
  }

  private static boolean succeeded(Future<?> result) throws InterruptedException {
    try {
      result.get();
      return true;
    } catch (java.util.concurrent.ExecutionException e) {
      assertThat(e.getCause())
          .isInstanceOfSatisfying(
              RouteRefusedException.class,
              r -> assertThat(r.kind()).isEqualTo(RouteRefusedException.Kind.CONFLICT));
      return false;
    }
  }

  private record Fixture(String agb, String bsn, Actor provider, AllocationRef ref) {}

  private Fixture noordLimburgAllocation() {
    String agb = contractedProvider(providers, "noord-limburg", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    ObjectNode body =
        RouteFixtures.parse(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0983",
             "client": {"birthDate": "2013-04-01"}, "referrer": {"type": "01"},
             "product": {"category": "45", "code": "45P01"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": 300, "unit": "04", "frequency": "6"}}
            """,
            bsn,
            agb,
            reference());
    RequestView view = requests.submit(provider, RequestSubmission.parse(body));
    return new Fixture(agb, bsn, provider, view.allocations().getFirst());
  }

  private static ChangeSubmission extension(Fixture f, String end) {
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                """
                {"municipality": "0983", "receivedOn": "2025-06-02", "reason": 2,
                 "change": [{"number": %d, "desiredStart": "2025-03-10", "end": "%s"}]}
                """
                    .formatted(f.ref().number(), end));
    body.put("clientBsn", f.bsn());
    body.put("providerAgb", f.agb());
    body.put("providerReference", reference());
    return ChangeSubmission.parse(body);
  }
}
