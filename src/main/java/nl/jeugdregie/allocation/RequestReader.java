package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.Code;
import nl.jeugdregie.allocation.Views.DecisionView;
import nl.jeugdregie.allocation.Views.PolicyView;
import nl.jeugdregie.allocation.Views.ProductView;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.clients.ClientView;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reading requests within an actor's scope and showing them: shared by allocation and change
 * requests. Out-of-scope requests are reported as not found, so scope does not leak existence.
 */
@Component
class RequestReader {

  private final RequestStore requests;
  private final AllocationStore allocations;
  private final Clients clients;
  private final PolicyCatalog catalog;

  RequestReader(
      RequestStore requests, AllocationStore allocations, Clients clients, PolicyCatalog catalog) {
    this.requests = requests;
    this.allocations = allocations;
    this.clients = clients;
    this.catalog = catalog;
  }

  RequestStore.Row readable(Actor actor, UUID id) {
    if (actor.role() == Role.POLICY) {
      throw RouteRefusedException.notPermitted("the policy role sees aggregates only");
    }
    return requests
        .find(id)
        .filter(r -> actor.mayRead(r.municipality(), r.region(), r.providerAgb()))
        .orElseThrow(() -> RouteRefusedException.notFound("id", "no request " + id + " for you"));
  }

  /** The pack of the region the municipality belongs to on {@code day} (woonplaatsbeginsel). */
  PolicyPack regionPack(String municipality, LocalDate day) {
    return catalog
        .regionOf(municipality, day)
        .orElseThrow(
            () ->
                RouteRefusedException.unprocessable(
                    "request.municipality",
                    null,
                    "no region's policy pack in force on "
                        + day
                        + " has municipality "
                        + municipality));
  }

  RequestView view(Actor actor, RequestStore.Row row, String why) {
    ClientView client = clients.view(actor, row.clientId(), why);
    List<DecisionView> decisions =
        requests.decisions(row.id()).stream()
            .map(
                d ->
                    new DecisionView(
                        d.seq(),
                        d.decidedBy(),
                        d.decidedAt(),
                        new PolicyView(d.packId(), d.packValidFrom()),
                        d.outcome(),
                        code(d.rejectionReason()),
                        d.note(),
                        judged(client, d.judgedRequest()),
                        d.output()))
            .toList();
    List<AllocationRef> refs =
        allocations.ofRequest(row.id()).stream()
            .map(a -> new AllocationRef(a.municipality(), a.number()))
            .toList();
    String category = row.category();
    return new RequestView(
        row.id(),
        row.type(),
        row.state(),
        row.providerAgb(),
        row.providerReference(),
        row.municipality(),
        row.region(),
        row.receivedOn(),
        row.answerDue(),
        row.state() == RequestState.IN_INVESTIGATION ? row.investigationDue() : null,
        code(row.rejectionReason()),
        client,
        category == null ? null : new ProductView(category, row.productCode()),
        decisions,
        refs,
        row.lockVersion());
  }

  /**
   * The request as judged. It is stored without the client's birth date; a role that sees personal
   * data (the view that holds it was audited) gets it back in {@code client.birthDate}.
   */
  private static JsonNode judged(ClientView client, JsonNode judgedRequest) {
    LocalDate birthDate = client.birthDate();
    return birthDate == null
        ? judgedRequest
        : PersonalFields.withBirthDate(judgedRequest, birthDate);
  }

  private static @Nullable Code code(@Nullable Integer rejectionReason) {
    if (rejectionReason == null) return null;
    RejectionReason reason = RejectionReason.parse(String.valueOf(rejectionReason));
    return new Code(String.valueOf(reason.code()), reason.name());
  }
}
