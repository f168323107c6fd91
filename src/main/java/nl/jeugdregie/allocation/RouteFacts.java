package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.shared.DateRange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The facts a route puts into a decision request from what the system recorded, never from what the
 * sender states, so the rules that read them hold on every route (VOT, VOW, JW315, JW317) and stay
 * pure: the allocation a change or extension is about with its ledger use ({@code current}), its
 * first recorded start of delivery ({@code careStartedOn}, IJsselland 001 §4.2.1.5.4 reasons 1 and
 * 2) and the client's other budgets at every provider ({@code parallelBudgets}, reason 4).
 */
@Component
class RouteFacts {

  private final AllocationStore allocations;

  RouteFacts(AllocationStore allocations) {
    this.allocations = allocations;
  }

  /**
   * A VOT (JW315, POST /requests) with the recorded facts: for a change or extension the allocation
   * it is about is the provider's latest of the same product starting on or before the requested
   * start; none found means no care was recorded.
   */
  DecisionRequest onRequest(DecisionRequest request, String agb, UUID clientId) {
    if (request.kind() == RequestKind.INITIAL) {
      return request.withRecorded(
          request.kind(),
          request.careStartedOn(),
          request.current(),
          parallelBudgets(clientId, request.period(), null));
    }
    AllocationStore.Row about = about(request, agb, clientId);
    if (about == null) {
      return request.withRecorded(
          request.kind(),
          null,
          request.current(),
          parallelBudgets(clientId, request.period(), null));
    }
    return request.withRecorded(
        request.kind(),
        allocations.firstStart(about.id()),
        current(about),
        parallelBudgets(clientId, request.period(), about.id()));
  }

  /** The allocation as the {@code current} of a change or extension, with its ledger use. */
  DecisionRequest.Current current(AllocationStore.Row row) {
    return new DecisionRequest.Current(
        row.level(),
        row.terms().period(),
        row.terms().budgetCents(),
        row.terms().budgetCents() == null ? null : allocations.consumedCents(row.id()));
  }

  @Nullable LocalDate careStartedOn(AllocationStore.Row row) {
    return allocations.firstStart(row.id());
  }

  /**
   * The client's other allocations with a budget scheme whose period overlaps {@code period}, at
   * every provider and municipality; deleted ones and {@code except} (the one being changed) left
   * out.
   */
  List<DecisionRequest.ParallelBudget> parallelBudgets(
      UUID clientId, DateRange period, @Nullable UUID except) {
    List<DecisionRequest.ParallelBudget> result = new ArrayList<>();
    for (AllocationStore.Row row : allocations.ofClient(clientId)) {
      if (row.isDeleted() || row.id().equals(except)) continue;
      BudgetScheme scheme = scheme(row.basis());
      if (scheme == null || !overlap(row.terms().period(), period)) continue;
      result.add(
          new DecisionRequest.ParallelBudget(row.providerAgb(), scheme, row.terms().period()));
    }
    return result;
  }

  /** The budget scheme an allocation was judged with (its basis), if any. */
  static @Nullable BudgetScheme scheme(JsonNode basis) {
    JsonNode budget = basis.get("budget");
    JsonNode scheme = budget == null ? null : budget.get("scheme");
    if (scheme == null || !scheme.isString()) return null;
    try {
      return BudgetScheme.valueOf(scheme.asString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private AllocationStore.@Nullable Row about(DecisionRequest request, String agb, UUID clientId) {
    AllocationStore.Row latest = null;
    for (AllocationStore.Row row :
        allocations.ofClientAndProvider(clientId, agb, request.municipality())) {
      if (row.isDeleted() || !row.category().equals(request.category())) continue;
      if (!Objects.equals(row.productCode(), request.productCode())) continue;
      LocalDate start = row.terms().period().start();
      if (start.isAfter(request.period().start())) continue;
      if (latest == null || start.isAfter(latest.terms().period().start())) latest = row;
    }
    return latest;
  }

  static boolean overlap(DateRange a, DateRange b) {
    LocalDate aEnd = a.end();
    LocalDate bEnd = b.end();
    return (aEnd == null || !aEnd.isBefore(b.start()))
        && (bEnd == null || !bEnd.isBefore(a.start()));
  }

  /** The desired end reaches past the current one: an open end after a closed one, or later. */
  static boolean lengthens(DateRange current, @Nullable LocalDate desiredEnd) {
    LocalDate end = current.end();
    if (end == null) return false;
    return desiredEnd == null || desiredEnd.isAfter(end);
  }
}
