package nl.jeugdregie.signals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyNotFoundException;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signals kept current: {@link #recompute} raises what holds today on one allocation or request and
 * closes (DONE, by "system") what no longer holds, leaving acknowledged signals acknowledged while
 * they hold; {@link #sweep} does so for everything that can hold a signal. The people a signal is
 * for acknowledge it and mark it done; everyone reads signals within their scope.
 */
@Service
public class Signals {

  private final SignalSources sources;
  private final SignalStore store;
  private final PolicyCatalog catalog;
  private final Clock clock;

  Signals(SignalSources sources, SignalStore store, PolicyCatalog catalog, Clock clock) {
    this.sources = sources;
    this.store = store;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** What a recompute did to one subject. */
  public record Recomputed(int raisedOrKept, int closed) {}

  /**
   * Recomputes the signals of one allocation or request (whichever {@code subject} is) on {@code
   * today}, in its own transaction (so it can run after the change that caused it committed).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Recomputed recompute(UUID subject, LocalDate today) {
    Optional<AllocationSituation> allocation = sources.allocation(subject);
    if (allocation.isPresent()) {
      AllocationSituation a = allocation.get();
      List<Finding> found =
          pack(a.region(), today)
              .map(p -> SignalRules.forAllocation(p, a, today))
              .orElse(List.of());
      return apply(
          subject, new SignalStore.Scope(a.municipality(), a.region(), a.providerAgb()), found);
    }
    Optional<RequestSituation> request = sources.request(subject);
    if (request.isPresent()) {
      RequestSituation r = request.get();
      return apply(
          subject,
          new SignalStore.Scope(r.municipality(), r.region(), r.providerAgb()),
          SignalRules.forRequest(r, today));
    }
    return apply(subject, new SignalStore.Scope("0000", "", ""), List.of());
  }

  /** Recomputes every allocation and request that can hold a signal on {@code today}. */
  public Recomputed sweep(LocalDate today) {
    int raised = 0;
    int closed = 0;
    List<UUID> subjects = new ArrayList<>(sources.liveAllocations(today));
    subjects.addAll(sources.liveRequests());
    for (UUID subject : subjects) {
      Recomputed r = recompute(subject, today);
      raised += r.raisedOrKept();
      closed += r.closed();
    }
    return new Recomputed(raised, closed);
  }

  private Optional<PolicyPack> pack(String region, LocalDate today) {
    try {
      return Optional.of(catalog.inForce(region, today));
    } catch (PolicyNotFoundException e) {
      return Optional.empty();
    }
  }

  private Recomputed apply(UUID subject, SignalStore.Scope scope, List<Finding> found) {
    Instant now = clock.instant();
    Set<String> holding = new HashSet<>();
    for (Finding f : found) {
      store.raise(subject, scope, f, now);
      holding.add(f.kind() + " " + f.rule());
    }
    int closed = 0;
    for (Signal s : store.notDone(subject)) {
      if (holding.contains(s.kind() + " " + s.rule())) continue;
      if (store.move(s.id(), SignalState.DONE, SignalStore.SYSTEM, now)) closed++;
    }
    return new Recomputed(found.size(), closed);
  }

  /**
   * The signals within the actor's scope: an access team's municipalities, a provider's AGB, a
   * contract manager's region (signals carry no personal data), all for admin. The policy role sees
   * aggregates only and is refused. {@code state} null: every signal not done.
   */
  @Transactional(readOnly = true)
  public List<Signal> list(Actor actor, @Nullable SignalState state, @Nullable Role role) {
    if (role != null && role != Role.ACCESS_TEAM && role != Role.PROVIDER) {
      throw RouteRefusedException.unprocessable(
          "role", null, "signals are for TOEGANG or AANBIEDER, not " + role.claim());
    }
    String forRole = role == null ? null : role.claim();
    return switch (actor.role()) {
      case ACCESS_TEAM ->
          store.list(
              state, forRole, "municipality in (:scope)", List.copyOf(actor.municipalities()));
      case PROVIDER ->
          store.list(state, forRole, "provider_agb = :scope", requireScope(actor.agb()));
      case CONTRACT_MANAGER ->
          store.list(state, forRole, "region = :scope", requireScope(actor.region()));
      case ADMIN -> store.list(state, forRole, "cast(:scope as text) = 'all'", "all");
      case POLICY ->
          throw RouteRefusedException.notPermitted("the policy role sees aggregates only");
    };
  }

  /** The role the signal is for (or admin) has seen it and is handling it. */
  @Transactional
  public Signal acknowledge(Actor actor, UUID id) {
    return move(actor, id, SignalState.ACKNOWLEDGED);
  }

  /** The role the signal is for (or admin) has done what it asked. */
  @Transactional
  public Signal done(Actor actor, UUID id) {
    return move(actor, id, SignalState.DONE);
  }

  private Signal move(Actor actor, UUID id, SignalState next) {
    if (actor.role() == Role.POLICY || actor.role() == Role.CONTRACT_MANAGER) {
      throw RouteRefusedException.notPermitted(
          "signals are handled by the access team or the provider they are for");
    }
    Signal signal =
        store
            .find(id)
            .filter(s -> actor.mayRead(s.municipality(), s.region(), s.providerAgb()))
            .orElseThrow(
                () -> RouteRefusedException.notFound("id", "no signal " + id + " for you"));
    if (actor.role() != Role.ADMIN && !actor.role().claim().equals(signal.role())) {
      throw RouteRefusedException.notPermitted(
          "signal " + id + " is for " + signal.role() + " to handle");
    }
    if (signal.state() == SignalState.DONE) {
      throw RouteRefusedException.conflict("state", null, "signal " + id + " is done already");
    }
    if (!store.move(id, next, next == SignalState.DONE ? actor.name() : null, clock.instant())) {
      throw RouteRefusedException.conflict("state", null, "signal " + id + " was closed just now");
    }
    return store.find(id).orElseThrow();
  }

  private static String requireScope(@Nullable String value) {
    if (value == null) throw new IllegalStateException("the actor's scope is checked on creation");
    return value;
  }
}
