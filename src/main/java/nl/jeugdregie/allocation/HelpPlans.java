package nl.jeugdregie.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.kinds.SeparatePaymentPerProvider;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several providers for one youth (Amstelveen/Aalsmeer 004, R-AAA-6): one is the contact point
 * (main contractor, hoofdaannemer) but is not responsible for payment, the municipality pays each
 * provider separately, and together they write one help plan with the results they will reach. The
 * plan is recorded per youth and municipality; a new one replaces the last. A second provider's
 * initial request without it goes to the access team ({@link ProcessRules#helpPlan}).
 */
@Service
public class HelpPlans {

  private final ProcessStore store;
  private final AllocationStore allocations;
  private final Clients clients;
  private final Providers providers;
  private final PolicyCatalog catalog;
  private final Clock clock;

  HelpPlans(
      ProcessStore store,
      AllocationStore allocations,
      Clients clients,
      Providers providers,
      PolicyCatalog catalog,
      Clock clock) {
    this.store = store;
    this.allocations = allocations;
    this.clients = clients;
    this.providers = providers;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** A shared help plan to record for the youth with {@code clientBsn} in {@code municipality}. */
  public record NewHelpPlan(
      String clientBsn,
      String municipality,
      String mainContractorAgb,
      String reference,
      List<String> results) {}

  /** A recorded plan, the client by pseudonym. */
  public record HelpPlanView(
      UUID id,
      String client,
      String municipality,
      String region,
      String mainContractorAgb,
      String reference,
      List<String> results,
      String rule,
      Instant recordedAt) {}

  /**
   * Records the plan. The access team of the municipality, a provider involved (it holds an
   * allocation of the youth there, or is the main contractor named), or admin. The region must pay
   * providers separately with a shared plan (R-AAA-6); the main contractor must be a known
   * provider.
   */
  @Transactional
  public HelpPlanView record(Actor actor, NewHelpPlan plan) {
    if (!Bsn.isValid(plan.clientBsn())) {
      throw new InvalidRequestException("helpPlan.clientBsn", "is not a valid BSN (11-proef)");
    }
    switch (actor.role()) {
      case ACCESS_TEAM -> {
        if (!actor.municipalities().contains(plan.municipality())) {
          throw RouteRefusedException.notPermitted(
              "access team " + actor.name() + " does not serve " + plan.municipality());
        }
      }
      case PROVIDER, ADMIN -> {}
      case CONTRACT_MANAGER, POLICY ->
          throw RouteRefusedException.notPermitted(
              "the providers involved or the access team record a help plan");
    }
    Client client =
        clients
            .find(Bsn.of(plan.clientBsn()))
            .orElseThrow(
                () -> RouteRefusedException.notFound("helpPlan.clientBsn", "no such client"));
    if (actor.role() == Role.PROVIDER) {
      boolean involved =
          plan.mainContractorAgb().equals(actor.agb())
              || allocations.ofClient(client.id()).stream()
                  .anyMatch(
                      a ->
                          a.providerAgb().equals(actor.agb())
                              && a.municipality().equals(plan.municipality()));
      if (!involved) {
        throw RouteRefusedException.notFound("helpPlan.clientBsn", "no such client for you");
      }
    }
    if (providers.find(plan.mainContractorAgb()).isEmpty()) {
      throw RouteRefusedException.unprocessable(
          "helpPlan.mainContractorAgb",
          null,
          "provider " + plan.mainContractorAgb() + " is not known");
    }
    LocalDate today = LocalDate.now(clock);
    PolicyPack pack =
        catalog
            .regionOf(plan.municipality(), today)
            .orElseThrow(
                () ->
                    RouteRefusedException.unprocessable(
                        "helpPlan.municipality",
                        null,
                        "no region's pack in force has municipality " + plan.municipality()));
    PackRule rule =
        ProcessRules.rule(pack, SeparatePaymentPerProvider.class)
            .filter(r -> ((SeparatePaymentPerProvider) r.kind()).sharedHelpPlan())
            .orElseThrow(
                () ->
                    RouteRefusedException.unprocessable(
                        "helpPlan.municipality",
                        null,
                        "region " + pack.id() + " has no shared help plan for several providers"));
    ProcessStore.HelpPlan row =
        new ProcessStore.HelpPlan(
            UUID.randomUUID(),
            client.id(),
            plan.municipality(),
            pack.id(),
            plan.mainContractorAgb(),
            plan.reference(),
            plan.results(),
            clock.instant(),
            actor.name());
    store.replaceHelpPlan(row);
    clients.audit(actor, "READ", client.id(), "bsn", "POST help plan");
    return view(row, client.pseudonym(), rule.id());
  }

  static HelpPlanView view(ProcessStore.HelpPlan p, String pseudonym, String rule) {
    return new HelpPlanView(
        p.id(),
        pseudonym,
        p.municipality(),
        p.region(),
        p.mainContractorAgb(),
        p.reference(),
        p.results(),
        rule,
        p.recordedAt());
  }
}
