package nl.jeugdregie.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.Decision;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Outcome;
import nl.jeugdregie.policy.PolicyEngine;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.policy.Reason;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Change requests (VOW, iJw JW317): the provider describes the complete desired situation of a
 * client; the route checks it against the current allocations ({@link ChangeChecks}), lets the
 * engine judge every changed and new product as a CHANGE, and approves or rejects the whole
 * (OP348). A changed product that lengthens its allocation (a later or an open end) is an extension
 * too: it is judged as an EXTENSION of the allocation as {@code current} and as a CHANGE, and its
 * decision is the stronger of both with the reasons of both (Amersfoort 000 punt 3-4, R-AMF-3/4;
 * Twente 002 p.2, R-TWE-4). Each is judged with the facts the system recorded ({@link RouteFacts}):
 * the first start of delivery, the ledger's use, the client's other budgets. An approved change is
 * applied the way iJw allows (§2.2/§5.3): end date, budget and total volume change in place with
 * reason 12; anything else ends the allocation the day before the desired start and makes a new one
 * with a new number.
 */
@Service
public class ChangeRequests {

  private static final String ENGINE = "engine";

  private final RequestStore requests;
  private final AllocationStore allocations;
  private final Clients clients;
  private final RequestReader reader;
  private final Intake intake;
  private final RouteFacts facts;
  private final Clock clock;

  ChangeRequests(
      RequestStore requests,
      AllocationStore allocations,
      Clients clients,
      RequestReader reader,
      Intake intake,
      RouteFacts facts,
      Clock clock) {
    this.requests = requests;
    this.allocations = allocations;
    this.clients = clients;
    this.reader = reader;
    this.intake = intake;
    this.facts = facts;
    this.clock = clock;
  }

  /** Receives, checks and judges a change request; an invalid one stores nothing. */
  @Transactional
  public RequestView submit(Actor actor, ChangeSubmission vow) {
    PolicyPack pack =
        intake.admit(
            actor,
            vow.providerAgb(),
            vow.municipality(),
            vow.receivedOn(),
            vow.providerReference(),
            "changeRequest");
    Client client =
        clients
            .find(vow.clientBsn())
            .orElseThrow(
                () ->
                    RouteRefusedException.unprocessable(
                        "changeRequest.clientBsn",
                        "8187",
                        "no client with this BSN has allocations to change"));
    intake.notPending(client.id(), client.pseudonym(), vow.providerAgb(), "changeRequest");
    Map<Integer, AllocationStore.Row> current = current(client, vow);
    ChangeChecks.check(vow, current);

    List<DecisionRequest> judged = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    for (ChangeSubmission.Change change : vow.change()) {
      AllocationStore.Row row = current.get(change.number());
      if (row == null) throw new IllegalStateException("checked by ChangeChecks");
      DecisionRequest request = changeRequest(vow, row, change, client, pack);
      judged.add(request);
      decisions.add(judgeChange(pack, request));
    }
    AllocationStore.Row template = current.values().iterator().next();
    for (ChangeSubmission.Addition addition : vow.added()) {
      Requests.validTerms(
          DateRange.of(addition.desiredStart(), addition.end()),
          addition.volume(),
          addition.budgetCents(),
          "changeRequest.new[" + addition.index() + "]");
      DecisionRequest request = additionRequest(vow, template, addition, client);
      request =
          request.withRecorded(
              request.kind(),
              null,
              request.current(),
              facts.parallelBudgets(client.id(), request.period(), null));
      judged.add(request);
      decisions.add(judgeAddition(pack, request, vow.providerAgb()));
    }

    RequestState state = RequestState.APPROVED;
    Integer reason = null;
    for (Decision d : decisions) {
      if (d.outcome() == Outcome.REJECT) {
        state = RequestState.REJECTED;
        reason = Requests.rejectionReason(pack, d);
        break;
      }
      boolean adjusted = d.reasons().stream().anyMatch(r -> r.effect() == Effect.ADJUST);
      if (d.outcome() == Outcome.INVESTIGATE || adjusted) state = RequestState.IN_INVESTIGATION;
    }

    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    requests.insert(
        new RequestStore.Row(
            id,
            RequestType.CHANGE,
            client.id(),
            vow.providerAgb(),
            vow.providerReference(),
            pack.id(),
            vow.municipality(),
            vow.receivedOn(),
            null,
            null,
            null,
            withoutBsn(vow.body()),
            state,
            Deadlines.answerDue(vow.receivedOn()),
            Deadlines.investigationDue(vow.receivedOn()),
            LocalDate.now(clock),
            reason,
            0),
        now);
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      ObjectNode output = DecisionJson.toJson(d);
      if (d.outcome() == Outcome.APPROVE && state == RequestState.IN_INVESTIGATION) {
        output.put(
            "note",
            "a change request cannot be adjusted (iJw OP348); the access team decides the whole");
      }
      requests.insertDecision(
          id,
          ENGINE,
          d.policy(),
          d.outcome().name(),
          judged.get(i),
          output,
          d.outcome() == Outcome.REJECT ? reason : null,
          null,
          now);
    }
    if (state == RequestState.APPROVED) {
      RequestStore.Row row = requests.find(id).orElseThrow();
      apply(actor, row, now);
    }
    return reader.view(actor, requests.find(id).orElseThrow(), "POST change request");
  }

  /**
   * Applies an approved change request to the allocations as they are now. Each allocation it
   * touches must not have changed since it was read (a stop racing the change loses or wins whole).
   */
  void apply(Actor actor, RequestStore.Row request, Instant now) {
    Client client = clients.get(request.clientId());
    ObjectNode stored = (ObjectNode) request.body().deepCopy();
    stored.put("clientBsn", client.bsn().value());
    ChangeSubmission vow = ChangeSubmission.parse(stored);
    Map<Integer, AllocationStore.Row> current = current(client, vow);
    ChangeChecks.check(vow, current);
    // OP380 asks whether the allocation had expired when the change was sent, not when decided
    LocalDate sent = request.receivedOn();
    List<RequestStore.DecisionRow> decisions = requests.decisions(request.id());
    int item = 0;
    for (ChangeSubmission.Change change : vow.change()) {
      AllocationStore.Row row = current.get(change.number());
      if (row == null) throw new IllegalStateException("checked by ChangeChecks");
      AllocationTerms desired = ChangeChecks.desired(row.terms(), change, vow.wholeTerms());
      ChangePlan plan = AllocationChange.plan(row.terms(), desired, change.desiredStart(), sent);
      JsonNode basis = decisions.get(item++).judgedRequest();
      switch (plan) {
        case ChangePlan.Unchanged unchanged -> {}
        case ChangePlan.InPlace inPlace -> {
          if (!allocations.appendVersion(
              row,
              inPlace.next(),
              row.level(),
              ChangeReason.INITIATED_BY_PROVIDER,
              request.id(),
              now,
              actor.name())) {
            throw Allocations.lostRace(row.municipality(), row.number());
          }
        }
        case ChangePlan.EndAndNew endAndNew -> {
          AllocationTerms ended =
              row.terms().withPeriod(row.terms().period().withEnd(endAndNew.currentEndsOn()));
          if (!allocations.appendVersion(
              row,
              ended,
              row.level(),
              ChangeReason.INITIATED_BY_PROVIDER,
              request.id(),
              now,
              actor.name())) {
            throw Allocations.lostRace(row.municipality(), row.number());
          }
          allocations.create(
              row.clientId(),
              row.providerAgb(),
              row.region(),
              row.municipality(),
              request.id(),
              row.category(),
              row.productCode(),
              endAndNew.newTerms(),
              row.level(),
              basis,
              now,
              actor.name());
        }
        case ChangePlan.Refused refused ->
            throw RouteRefusedException.unprocessable(
                "changeRequest.change[" + change.index() + "]", null, refused.message());
      }
    }
    for (ChangeSubmission.Addition addition : vow.added()) {
      JsonNode basis = decisions.get(item++).judgedRequest();
      allocations.create(
          client.id(),
          request.providerAgb(),
          request.region(),
          request.municipality(),
          request.id(),
          addition.category(),
          addition.productCode(),
          Requests.validTerms(
              DateRange.of(addition.desiredStart(), addition.end()),
              addition.volume(),
              addition.budgetCents(),
              "changeRequest.new[" + addition.index() + "]"),
          null,
          basis,
          now,
          actor.name());
    }
  }

  private Map<Integer, AllocationStore.Row> current(Client client, ChangeSubmission vow) {
    Map<Integer, AllocationStore.Row> current = new HashMap<>();
    for (AllocationStore.Row row :
        allocations.ofClientAndProvider(client.id(), vow.providerAgb(), vow.municipality())) {
      if (row.isCurrentOn(vow.receivedOn())) current.put(row.number(), row);
    }
    return current;
  }

  private DecisionRequest changeRequest(
      ChangeSubmission vow,
      AllocationStore.Row row,
      ChangeSubmission.Change change,
      Client client,
      PolicyPack pack) {
    AllocationTerms desired = ChangeChecks.desired(row.terms(), change, vow.wholeTerms());
    ObjectNode json = base(vow, row.basis(), client);
    putTerms(
        json,
        DateRange.of(change.desiredStart(), desired.period().end()),
        desired.volume(),
        desired.budgetCents(),
        row.level());
    if (asksMaatwerk(row, desired, pack)) {
      ((ObjectNode) json.get("budget")).put("scheme", BudgetScheme.MAATWERK.name());
    }
    DecisionRequest request = DecisionJson.parseRequest(json);
    boolean extension = RouteFacts.lengthens(row.terms().period(), desired.period().end());
    return request.withRecorded(
        extension ? RequestKind.EXTENSION : RequestKind.CHANGE,
        facts.careStartedOn(row),
        facts.current(row),
        facts.parallelBudgets(client.id(), request.period(), row.id()));
  }

  /**
   * A signaalbudget raised above its product's signaalbudget asks a maatwerk signaalbudget
   * (Amstelveen/Aalsmeer 004, R-AAA-2), however the change request says it (a JW317 has no scheme).
   */
  private static boolean asksMaatwerk(
      AllocationStore.Row row, AllocationTerms desired, PolicyPack pack) {
    if (RouteFacts.scheme(row.basis()) != BudgetScheme.SIGNAALBUDGET) return false;
    String code = row.productCode();
    Product product = code == null ? null : pack.products().get(code);
    Long signal = product == null ? null : product.signalBudgetCents();
    Long asked = desired.budgetCents();
    return signal != null && asked != null && asked > signal;
  }

  /**
   * A change is judged as such; one that lengthens is also an extension and is judged as both, the
   * stronger outcome with the reasons of both (a VOW is never adjusted, so no grant is merged).
   */
  static Decision judgeChange(PolicyPack pack, DecisionRequest request) {
    Decision decision = PolicyEngine.decide(pack, request);
    if (request.kind() != RequestKind.EXTENSION) return decision;
    Decision asChange =
        PolicyEngine.decide(
            pack,
            request.withRecorded(
                RequestKind.CHANGE,
                request.careStartedOn(),
                request.current(),
                request.parallelBudgets()));
    List<Reason> reasons = new ArrayList<>(decision.reasons());
    for (Reason reason : asChange.reasons()) if (!reasons.contains(reason)) reasons.add(reason);
    Outcome outcome =
        decision.outcome().compareTo(asChange.outcome()) >= 0
            ? decision.outcome()
            : asChange.outcome();
    return new Decision(
        outcome,
        decision.policy(),
        outcome == Outcome.APPROVE ? decision.allocation() : null,
        reasons);
  }

  private static DecisionRequest additionRequest(
      ChangeSubmission vow,
      AllocationStore.Row template,
      ChangeSubmission.Addition addition,
      Client client) {
    ObjectNode json = base(vow, template.basis(), client);
    ObjectNode product = json.putObject("product");
    product.put("category", addition.category());
    if (addition.productCode() != null) product.put("code", addition.productCode());
    json.remove("budget");
    json.remove("sessions");
    putTerms(
        json,
        DateRange.of(addition.desiredStart(), addition.end()),
        addition.volume(),
        addition.budgetCents(),
        null);
    return DecisionJson.parseRequest(json);
  }

  private Decision judgeAddition(PolicyPack pack, DecisionRequest request, String agb) {
    Decision uncontracted =
        intake.uncontracted(
            pack, agb, request.category(), request.productCode(), request.period().start());
    return uncontracted != null ? uncontracted : PolicyEngine.decide(pack, request);
  }

  /** The decision-contract request a changed or new product is judged as. */
  private static ObjectNode base(ChangeSubmission vow, JsonNode basis, Client client) {
    ObjectNode json =
        basis.deepCopy() instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    json.put("kind", "CHANGE");
    json.put("receivedOn", vow.receivedOn().toString());
    json.put("municipality", vow.municipality());
    json.putObject("client").put("birthDate", client.birthDate().toString());
    JsonNode referrer = json.get("referrer");
    if (referrer instanceof ObjectNode r) {
      r.remove("usedBefore");
      // the assessment of this extension, never one of an earlier request (R-AMF-3)
      r.remove("assessedExtension");
      if (vow.referrerAssessedExtension()) r.put("assessedExtension", true);
    }
    json.put("priorContact", vow.priorContact());
    json.remove("current");
    json.remove("change");
    json.remove("careStartedOn");
    json.remove("parallelBudgets");
    json.remove("plan");
    ChangeSubmission.Plan plan = vow.plan();
    if (plan != null) {
      json.putObject("plan")
          .put("reference", plan.reference())
          .put("evaluatedOn", plan.evaluatedOn().toString());
    }
    if (vow.adjustmentReason() != null) {
      json.putObject("change").put("reason", vow.adjustmentReason());
    }
    return json;
  }

  private static void putTerms(
      ObjectNode json,
      DateRange period,
      @Nullable Volume volume,
      @Nullable Long budgetCents,
      @Nullable Integer level) {
    ObjectNode p = json.putObject("period");
    p.put("start", period.start().toString());
    if (period.end() != null) p.put("end", String.valueOf(period.end()));
    json.remove("volume");
    if (volume != null) {
      ObjectNode v = json.putObject("volume");
      v.put("amount", volume.amount());
      v.put("unit", volume.unit().code());
      v.put("frequency", volume.frequency().code());
    }
    if (budgetCents != null || level != null) {
      JsonNode existing = json.get("budget");
      ObjectNode budget = existing instanceof ObjectNode b ? b : json.putObject("budget");
      if (budgetCents != null) budget.put("amountCents", budgetCents);
      if (level != null) budget.put("level", level);
    }
  }

  /** The stored body: the VOW without the BSN (personal data lives in the clients module only). */
  private static JsonNode withoutBsn(JsonNode body) {
    ObjectNode copy = (ObjectNode) body.deepCopy();
    copy.remove("clientBsn");
    return copy;
  }
}
