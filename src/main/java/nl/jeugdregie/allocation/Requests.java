package nl.jeugdregie.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.jeugdregie.allocation.Views.OverdueRequest;
import nl.jeugdregie.allocation.Views.RequestOutcome;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.Decision;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Grant;
import nl.jeugdregie.policy.Outcome;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyEngine;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Reason;
import nl.jeugdregie.policy.kinds.ScreeningBeforeRequest;
import nl.jeugdregie.policy.kinds.SeparatePaymentPerProvider;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Allocation requests (VOT, iJw JW315) on their route: received, judged at once by the region's
 * policy engine, and then approved (the allocation is made in the same transaction), rejected, or
 * put in investigation for the access team, who decide later within 8 weeks (iJw OP274). Every
 * decision is stored whole: the request as judged, the pack version and the output.
 */
@Service
public class Requests {

  /** Built-in rule: the provider has a contract for the product (domain.md §3.1; iJw OP296). */
  public static final String PROVIDER_CONTRACTED = "R-GEN-3";

  /** Built-in rule: no two allocations of one product for overlapping periods (iJw OP347). */
  public static final String NO_STACKING = "R-GEN-4";

  private static final String ENGINE = "engine";

  private final RequestStore requests;
  private final AllocationStore allocations;
  private final ChangeRequests changes;
  private final Intake intake;
  private final RequestReader reader;
  private final Clients clients;
  private final PolicyCatalog catalog;
  private final RouteFacts facts;
  private final Clock clock;
  private final ProcessStore process;

  Requests(
      RequestStore requests,
      AllocationStore allocations,
      ChangeRequests changes,
      Intake intake,
      RequestReader reader,
      Clients clients,
      PolicyCatalog catalog,
      RouteFacts facts,
      Clock clock,
      ProcessStore process) {
    this.process = process;
    this.requests = requests;
    this.allocations = allocations;
    this.changes = changes;
    this.intake = intake;
    this.reader = reader;
    this.clients = clients;
    this.catalog = catalog;
    this.facts = facts;
    this.clock = clock;
  }

  /**
   * Receives and judges an allocation request. Input that fails validation stores nothing (the
   * whole method is one transaction and every check comes before the first write that matters).
   */
  @Transactional
  public RequestView submit(Actor actor, RequestSubmission submission) {
    return submitAll(actor, List.of(submission), i -> "request", "request").getFirst();
  }

  /**
   * Receives and judges the products of one VOT (iJw JW315, one request per AangevraagdProduct) as
   * one: all are stored or none. Each product passes the checks of {@link #submit}; the pending
   * check (iJw TR374) runs once, against the requests from before this submission, so a product put
   * in investigation does not refuse the next product of the same message. A refusal names the
   * product as {@code products[i]} ({@code products[1].providerReference}), the client-wide pending
   * check as {@code products}.
   */
  @Transactional
  public List<RequestView> submitAll(Actor actor, List<RequestSubmission> products) {
    if (products.isEmpty()) {
      throw RouteRefusedException.unprocessable("products", null, "no product to request");
    }
    return submitAll(actor, products, i -> "products[" + i + "]", "products");
  }

  /** A product admitted to be judged: its region's pack and its registered client. */
  private record Admitted(RequestSubmission submission, PolicyPack pack, Client client) {}

  private List<RequestView> submitAll(
      Actor actor, List<RequestSubmission> products, IntFunction<String> field, String all) {
    List<Admitted> admitted = new ArrayList<>();
    Set<String> references = new HashSet<>();
    for (int i = 0; i < products.size(); i++) {
      RequestSubmission submission = products.get(i);
      DecisionRequest request = submission.request();
      DecisionRequest.Plan plan = request.plan();
      if (plan != null && plan.director() != null && actor.role() == Role.PROVIDER) {
        throw RouteRefusedException.unprocessable(
            field.apply(i) + ".plan.director",
            null,
            "only the access team links a youth director's plan to an extension (R-TWE-4)");
      }
      PolicyPack pack =
          intake.admit(
              actor,
              submission.providerAgb(),
              request.municipality(),
              request.receivedOn(),
              submission.providerReference(),
              field.apply(i));
      if (!references.add(submission.providerAgb() + " " + submission.providerReference())) {
        throw RouteRefusedException.unprocessable(
            field.apply(i) + ".providerReference",
            null,
            "reference '"
                + submission.providerReference()
                + "' is used twice in one submission (iJw TR383)");
      }
      Client client =
          clients.register(
              actor,
              submission.clientBsn(),
              submission.clientName(),
              request.clientBirthDate(),
              request.municipality(),
              "POST request " + submission.providerReference());
      admitted.add(new Admitted(submission, pack, client));
    }
    // TR374 against what was pending before this submission: once per client and provider
    Set<String> checked = new HashSet<>();
    for (Admitted a : admitted) {
      String agb = a.submission().providerAgb();
      if (checked.add(a.client().id() + " " + agb)) {
        intake.notPending(a.client().id(), a.client().pseudonym(), agb, all);
      }
    }
    List<UUID> ids = new ArrayList<>();
    for (Admitted a : admitted) ids.add(judgeAndStore(actor, a));
    List<RequestView> views = new ArrayList<>();
    for (UUID id : ids)
      views.add(reader.view(actor, requests.find(id).orElseThrow(), "POST request"));
    return views;
  }

  /** Judges one admitted request and stores it with its decision (and allocation when granted). */
  private UUID judgeAndStore(Actor actor, Admitted admitted) {
    RequestSubmission submission = admitted.submission();
    PolicyPack pack = admitted.pack();
    Client client = admitted.client();
    DecisionRequest request = submission.request();
    String agb = submission.providerAgb();
    Instant now = clock.instant();

    RequestStore.Referral referral = null;
    DecisionRequest judged = request;
    LocalDate letter = request.referrer().letterDate();
    if (letter != null) {
      referral = requests.referral(client.id(), request.referrer().type().code(), letter, now);
      if (referral.usedBy() != null && !request.referrer().usedBefore()) {
        judged = withUsedReferral(request);
      }
    }
    // care start, current allocation and parallel budgets as recorded, not as stated (R-IJS-5)
    judged = facts.onRequest(judged, agb, client.id());

    Decision decision = judge(pack, judged, agb, client.id());
    UUID id = UUID.randomUUID();
    LocalDate today = LocalDate.now(clock);
    RequestState state =
        switch (decision.outcome()) {
          case APPROVE -> RequestState.APPROVED;
          case INVESTIGATE -> RequestState.IN_INVESTIGATION;
          case REJECT -> RequestState.REJECTED;
        };
    Integer reason = state == RequestState.REJECTED ? rejectionReason(pack, decision) : null;
    requests.insert(
        new RequestStore.Row(
            id,
            RequestType.ALLOCATION,
            client.id(),
            agb,
            submission.providerReference(),
            pack.id(),
            request.municipality(),
            request.receivedOn(),
            request.category(),
            request.productCode(),
            referral == null ? null : referral.id(),
            submission.decisionBody(),
            state,
            Deadlines.answerDue(request.receivedOn()),
            Deadlines.investigationDue(request.receivedOn()),
            today,
            reason,
            0),
        now);
    requests.insertDecision(
        id,
        ENGINE,
        decision.policy(),
        decision.outcome().name(),
        judged,
        DecisionJson.toJson(decision),
        reason,
        null,
        now);
    Grant grant = decision.allocation();
    if (grant != null) {
      allocate(client.id(), agb, pack.id(), id, request, terms(grant), grant.level(), now, actor);
      if (referral != null) requests.useReferral(referral.id(), id);
    }
    return id;
  }

  /**
   * The access team decides a request in investigation. Two people deciding the same request cannot
   * both win: the second gets a conflict (optimistic lock on the request).
   */
  @Transactional
  public RequestView decide(Actor actor, UUID id, TeamDecision decision) {
    if (actor.role() != Role.ACCESS_TEAM && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted("only the access team decides requests");
    }
    RequestStore.Row row = reader.readable(actor, id);
    if (row.state() != RequestState.IN_INVESTIGATION) {
      throw RouteRefusedException.conflict(
          "state", null, "request " + id + " is " + row.state() + ", not in investigation");
    }
    Integer expected = decision.version();
    if (expected != null && expected != row.lockVersion()) throw lostRace(id);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    RejectionReason reason = decision.reason();
    RequestState state = decision.approve() ? RequestState.APPROVED : RequestState.REJECTED;
    if (!requests.close(
        id, row.lockVersion(), state, reason == null ? null : reason.code(), today)) {
      throw lostRace(id);
    }
    RequestStore.DecisionRow engine = requests.decisions(id).getFirst();
    Client client = clients.get(row.clientId());
    DecisionRequest judged =
        DecisionJson.parseRequest(
            PersonalFields.withBirthDate(engine.judgedRequest(), client.birthDate()));
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    output.put("outcome", decision.approve() ? "APPROVE" : "REJECT");
    if (reason != null) {
      output.putObject("rejectionReason").put("code", reason.code()).put("name", reason.name());
    }
    if (decision.responsibleMunicipality() != null) {
      output.put("responsibleMunicipality", decision.responsibleMunicipality());
    }
    TeamDecision.Adjustments adj = decision.adjustments();
    if (decision.approve()) {
      if (row.type() == RequestType.CHANGE) {
        if (adj != null) {
          throw RouteRefusedException.unprocessable(
              "decision.adjustments",
              null,
              "a change request is approved or rejected as a whole, never adjusted (iJw OP348)");
        }
        changes.apply(actor, row, now);
      } else {
        AllocationTerms terms = adjusted(judged, adj);
        Integer level = adj != null && adj.level() != null ? adj.level() : judged.budget().level();
        putAllocation(output.putObject("allocation"), terms, level);
        allocate(
            row.clientId(), row.providerAgb(), row.region(), id, judged, terms, level, now, actor);
        if (row.referralId() != null) requests.useReferral(row.referralId(), id);
      }
    }
    requests.insertDecision(
        id,
        actor.name(),
        new Decision.PolicyRef(engine.packId(), engine.packValidFrom()),
        decision.approve() ? Outcome.APPROVE.name() : Outcome.REJECT.name(),
        judged,
        output,
        reason == null ? null : reason.code(),
        decision.note(),
        now);
    return reader.view(actor, requests.find(id).orElseThrow(), "POST decision");
  }

  /** The outcome of the request with this id, for its answer (iJw JW319); no actor, no scope. */
  public Optional<RequestOutcome> outcome(UUID id) {
    return requests.find(id).map(this::outcome);
  }

  /**
   * The outcome of the request (VOT or VOW) a provider sent with this reference (iJw TR355: an
   * answer names a reference of an earlier request).
   */
  public Optional<RequestOutcome> outcome(String providerAgb, String providerReference) {
    return requests.find(providerAgb, providerReference).map(this::outcome);
  }

  private RequestOutcome outcome(RequestStore.Row row) {
    Integer reason = row.rejectionReason();
    String responsible = null;
    if (row.state() == RequestState.REJECTED) {
      var last = requests.decisions(row.id()).getLast().output().get("responsibleMunicipality");
      if (last != null && last.isString()) responsible = last.asString();
    }
    return new RequestOutcome(
        row.id(),
        row.type(),
        row.state(),
        row.clientId(),
        row.providerAgb(),
        row.providerReference(),
        row.municipality(),
        reason == null ? null : RejectionReason.parse(String.valueOf(reason)),
        responsible);
  }

  @Transactional
  public RequestView get(Actor actor, UUID id) {
    return reader.view(actor, reader.readable(actor, id), "GET request");
  }

  /**
   * What another pack version (or region) would decide on the request as it was judged; nothing is
   * stored.
   */
  public Decision replay(Actor actor, UUID id, String packId) {
    RequestStore.Row row = reader.readable(actor, id);
    List<RequestStore.DecisionRow> decisions = requests.decisions(id);
    if (decisions.isEmpty()) throw RouteRefusedException.notFound("id", "no decision on " + id);
    DecisionRequest judged =
        DecisionJson.parseRequest(
            PersonalFields.withBirthDate(
                decisions.getFirst().judgedRequest(), clients.get(row.clientId()).birthDate()));
    if (row.type() == RequestType.CHANGE) {
      throw RouteRefusedException.unprocessable(
          "id", null, "replay is for allocation requests; a change request is judged per product");
    }
    return PolicyEngine.decide(catalog.inForce(packId, judged.receivedOn()), judged);
  }

  /** Requests past their answer or investigation deadline on {@code today}, within scope. */
  public List<OverdueRequest> overdue(Actor actor, LocalDate today) {
    if (actor.role() == Role.POLICY) {
      throw RouteRefusedException.notPermitted("the policy role sees aggregates only");
    }
    List<OverdueRequest> result = new ArrayList<>();
    for (RequestStore.Row row : requests.overdue(today)) {
      if (!actor.mayRead(row.municipality(), row.region(), row.providerAgb())) continue;
      boolean investigation = row.state() == RequestState.IN_INVESTIGATION;
      LocalDate due = investigation ? row.investigationDue() : row.answerDue();
      if (due == null) continue;
      result.add(
          new OverdueRequest(
              row.id(),
              row.type(),
              row.state(),
              row.municipality(),
              row.providerAgb(),
              row.providerReference(),
              clients.get(row.clientId()).pseudonym(),
              row.receivedOn(),
              investigation
                  ? "investigation closed within 8 weeks (iJw OP274)"
                  : "answer within 5 working days (iJw OP274)",
              due,
              ChronoUnit.DAYS.between(due, today)));
    }
    return result;
  }

  private Decision judge(PolicyPack pack, DecisionRequest request, String agb, UUID clientId) {
    AllocationStore.Row stacked = stacked(request, agb, clientId);
    if (stacked != null) {
      return Intake.refusal(
          pack,
          NO_STACKING,
          "ijw.md §5.1; iJw OP347, TR386, WJ759 6",
          "the client already has allocation "
              + stacked.municipality()
              + "/"
              + stacked.number()
              + " from provider "
              + agb
              + " for "
              + Intake.product(request.category(), request.productCode())
              + " in "
              + stacked.terms().period()
              + "; ask to change it (VOW) instead (WJ759 6 'Stapeling')");
    }
    Decision uncontracted =
        intake.uncontracted(
            pack, agb, request.category(), request.productCode(), request.period().start());
    if (uncontracted != null) return uncontracted;
    return ProcessRules.with(
        PolicyEngine.decide(pack, request), routeFindings(pack, request, agb, clientId));
  }

  /**
   * The findings of the pack's process rules that need the route's records: a provider's screening
   * (R-IJS-4) and the shared help plan of several providers (R-AAA-6). See {@link ProcessRules}.
   */
  private List<Reason> routeFindings(
      PolicyPack pack, DecisionRequest request, String agb, UUID clientId) {
    List<Reason> findings = new ArrayList<>();
    if (ProcessRules.rule(pack, ScreeningBeforeRequest.class).isPresent()) {
      ProcessRules.screening(
              pack,
              request,
              process.latestScreening(clientId, agb, request.municipality(), request.receivedOn()))
          .ifPresent(findings::add);
    }
    if (ProcessRules.rule(pack, SeparatePaymentPerProvider.class).isPresent()) {
      Set<String> others = new java.util.TreeSet<>();
      for (AllocationStore.Row row : allocations.ofClient(clientId)) {
        if (row.isDeleted()
            || row.providerAgb().equals(agb)
            || !row.municipality().equals(request.municipality())
            || !overlap(row.terms().period(), request.period())) {
          continue;
        }
        others.add(row.providerAgb());
      }
      ProcessRules.helpPlan(
              pack,
              request,
              agb,
              others,
              others.isEmpty()
                  ? java.util.Optional.empty()
                  : process.currentHelpPlan(clientId, request.municipality()))
          .ifPresent(findings::add);
    }
    return findings;
  }

  /**
   * A current allocation of the same provider for the same product (category and code; the category
   * alone for an aspecific one) whose period overlaps the request's: iJw forbids stacking (OP347).
   * Deleted allocations (reason 13) do not count.
   */
  private AllocationStore.@Nullable Row stacked(
      DecisionRequest request, String agb, UUID clientId) {
    for (AllocationStore.Row row :
        allocations.ofClientAndProvider(clientId, agb, request.municipality())) {
      if (row.isDeleted() || !row.category().equals(request.category())) continue;
      if (!java.util.Objects.equals(row.productCode(), request.productCode())) continue;
      if (overlap(row.terms().period(), request.period())) return row;
    }
    return null;
  }

  private static boolean overlap(DateRange a, DateRange b) {
    LocalDate aEnd = a.end();
    LocalDate bEnd = b.end();
    return (aEnd == null || !aEnd.isBefore(b.start()))
        && (bEnd == null || !bEnd.isBefore(a.start()));
  }

  static void mayRequest(Actor actor, String agb, String municipality) {
    switch (actor.role()) {
      case PROVIDER -> {
        if (!agb.equals(actor.agb())) {
          throw RouteRefusedException.notPermitted(
              "a provider submits requests under its own AGB code only");
        }
      }
      case ACCESS_TEAM -> {
        if (!actor.municipalities().contains(municipality)) {
          throw RouteRefusedException.notPermitted(
              "access team " + actor.name() + " does not serve municipality " + municipality);
        }
      }
      case ADMIN -> {}
      case CONTRACT_MANAGER, POLICY ->
          throw RouteRefusedException.notPermitted(
              "only providers and access teams submit requests");
    }
  }

  /** The WJ759 reason of a rejecting decision: from its first REJECT reason's rule. */
  static int rejectionReason(PolicyPack pack, Decision decision) {
    for (Reason reason : decision.reasons()) {
      if (reason.effect() != Effect.REJECT) continue;
      if (reason.rule().equals(PROVIDER_CONTRACTED)) return RejectionReason.NO_CONTRACT.code();
      if (reason.rule().equals(NO_STACKING)) return RejectionReason.STACKING.code();
      String kind =
          pack.rules().stream()
              .filter(r -> r.id().equals(reason.rule()))
              .map(PackRule::kind)
              .map(k -> k.getClass().getSimpleName())
              .findFirst()
              .orElse("");
      return RejectionReason.forRule(reason.rule(), kind).code();
    }
    return RejectionReason.CARE_CONTENT.code();
  }

  private void allocate(
      UUID clientId,
      String agb,
      String region,
      UUID requestId,
      DecisionRequest request,
      AllocationTerms terms,
      @Nullable Integer level,
      Instant now,
      Actor actor) {
    allocations.create(
        clientId,
        agb,
        region,
        request.municipality(),
        requestId,
        request.category(),
        request.productCode(),
        terms,
        level,
        DecisionJson.toJson(request),
        now,
        actor.name());
  }

  private static AllocationTerms terms(Grant grant) {
    return validTerms(grant.period(), grant.volume(), grant.budgetCents(), "request");
  }

  /**
   * Terms iJw can express (a volume or a budget, an end date with a budget or a weekly volume); an
   * allocation that could not be sent as a JW301 is refused before anything is stored.
   */
  static AllocationTerms validTerms(
      DateRange period, @Nullable Volume volume, @Nullable Long budgetCents, String field) {
    try {
      return new AllocationTerms(period, volume, budgetCents);
    } catch (IllegalArgumentException e) {
      throw RouteRefusedException.unprocessable(field, null, String.valueOf(e.getMessage()));
    }
  }

  private static AllocationTerms adjusted(
      DecisionRequest request, TeamDecision.@Nullable Adjustments adj) {
    DateRange period = request.period();
    var volume = request.volume();
    Long budget = request.budget().amountCents();
    if (adj != null) {
      if (adj.period() != null) period = adj.period();
      if (adj.volume() != null) volume = adj.volume();
      if (adj.budgetCents() != null) budget = adj.budgetCents();
    }
    return validTerms(period, volume, budget, adj == null ? "request" : "decision.adjustments");
  }

  private static DecisionRequest withUsedReferral(DecisionRequest r) {
    DecisionRequest.Referrer ref = r.referrer();
    return r.withReferrer(
        new DecisionRequest.Referrer(
            ref.type(), ref.letterDate(), true, ref.extraCheck(), ref.assessedExtension()));
  }

  private static RouteRefusedException lostRace(UUID id) {
    return RouteRefusedException.conflict(
        "version",
        null,
        "request " + id + " was decided or changed by someone else; read it again");
  }

  /** The granted terms in the decision contract's allocation shape. */
  static void putAllocation(ObjectNode node, AllocationTerms terms, @Nullable Integer level) {
    ObjectNode period = node.putObject("period");
    period.put("start", terms.period().start().toString());
    if (terms.period().end() != null) period.put("end", String.valueOf(terms.period().end()));
    var volume = terms.volume();
    if (volume != null) {
      ObjectNode v = node.putObject("volume");
      v.put("amount", volume.amount());
      v.put("unit", volume.unit().code());
      v.put("frequency", volume.frequency().code());
    }
    if (terms.budgetCents() != null) node.put("budgetCents", terms.budgetCents());
    if (level != null) node.put("level", level);
  }
}
