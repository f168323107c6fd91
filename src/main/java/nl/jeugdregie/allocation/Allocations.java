package nl.jeugdregie.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.DeliveryStep.Refused;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.Code;
import nl.jeugdregie.allocation.Views.DeliveryEventView;
import nl.jeugdregie.allocation.Views.PeriodView;
import nl.jeugdregie.allocation.Views.ProductView;
import nl.jeugdregie.allocation.Views.VersionView;
import nl.jeugdregie.allocation.Views.VolumeView;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyEngine;
import nl.jeugdregie.policy.PolicyNotFoundException;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Reason;
import nl.jeugdregie.policy.kinds.BudgetWithinLevel;
import nl.jeugdregie.policy.kinds.ExtensionNotAboveCurrentLevel;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Allocations (iJw toewijzing): reading one with its history, and the provider's start and stop of
 * delivery (JW305/JW307), one at a time or as the lines of one message with their corrections
 * (StatusAanlevering 3, iJw IV008). Start and stop only inform; they never decide whether care is
 * paid (iJw OP364).
 */
@Service
public class Allocations {

  private final AllocationStore store;
  private final Clients clients;
  private final Clock clock;
  private final ProcessStore process;
  private final PolicyCatalog catalog;
  private final ApplicationEventPublisher events;

  Allocations(
      AllocationStore store,
      Clients clients,
      Clock clock,
      ProcessStore process,
      PolicyCatalog catalog,
      ApplicationEventPublisher events) {
    this.store = store;
    this.clients = clients;
    this.clock = clock;
    this.process = process;
    this.catalog = catalog;
    this.events = events;
  }

  /**
   * An allocation as billing judges a declaration line against it: no personal data, no actor
   * (billing checks its own scope). Empty when the municipality has no such number.
   */
  public record Facts(
      UUID id,
      String municipality,
      int number,
      UUID clientId,
      String providerAgb,
      String region,
      String category,
      @Nullable String productCode,
      AllocationTerms terms,
      boolean deleted) {}

  public Optional<Facts> facts(String municipality, int number) {
    return store.find(municipality, number).map(Allocations::facts);
  }

  /** The facts of the allocation with this id (e.g. from {@link AllocationChanged}). */
  public Optional<Facts> facts(UUID allocationId) {
    return store.find(allocationId).map(Allocations::facts);
  }

  /**
   * An allocation as the municipality's JW301 states it (ijw.md §3.5): its facts, the JZ002 reason
   * of its current version (null for a first version; IV099 decides whether it is sent), the moment
   * that version was decided (Toewijzingsdatum and -tijd, IV013) and the request it honours, if any
   * (TR379: its ReferentieAanbieder goes along the first time).
   */
  public record Assignment(
      Facts facts,
      @Nullable ChangeReason changeReason,
      Instant decidedAt,
      @Nullable Honoured honours) {}

  /** The request (VOT or VOW) an allocation's current version was made or changed for. */
  public record Honoured(UUID requestId, RequestType type, String providerReference) {}

  /**
   * Every allocation, current or not, deleted or not, of a client at a provider in one
   * municipality, by number: what one JW301 is composed from (iJw OP087). No personal data, no
   * actor: the caller (the iJw outbox) decides who sees the message.
   */
  public List<Assignment> forClientAtProvider(
      UUID clientId, String providerAgb, String municipality) {
    return store.decidedOfClientAndProvider(clientId, providerAgb, municipality).stream()
        .map(
            d -> {
              String reason = d.row().lastChangeReason();
              UUID request = d.requestId();
              RequestType type = d.requestType();
              String reference = d.providerReference();
              return new Assignment(
                  facts(d.row()),
                  reason == null ? null : ChangeReason.parse(reason),
                  d.decidedAt(),
                  request == null || type == null || reference == null
                      ? null
                      : new Honoured(request, type, reference));
            })
        .toList();
  }

  private static Facts facts(AllocationStore.Row r) {
    return new Facts(
        r.id(),
        r.municipality(),
        r.number(),
        r.clientId(),
        r.providerAgb(),
        r.region(),
        r.category(),
        r.productCode(),
        r.terms(),
        r.isDeleted());
  }

  @Transactional
  public AllocationView get(Actor actor, String municipality, int number) {
    AllocationStore.Row row = readable(actor, municipality, number);
    return view(actor, row, "GET allocation " + municipality + "/" + number);
  }

  /**
   * The provider starts delivery on {@code date} (iJw JW305). {@code expectedVersion}, when given,
   * must be the allocation's current version (as an If-Match would).
   */
  @Transactional
  public AllocationView start(
      Actor actor, String municipality, int number, LocalDate date, @Nullable Integer expected) {
    notAfterToday(date, "start.date", "a start is reported once care has started (iJw TR134)");
    AllocationStore.Row row = changeable(actor, municipality, number, expected);
    refuseIf(started(actor, row, store.eventsInForce(row.id()), date));
    return view(actor, store.find(municipality, number).orElseThrow(), "POST start");
  }

  /**
   * The provider stops delivery on {@code date} for {@code reason} (iJw JW307; 20 = temporary): the
   * current start's delivery.
   */
  @Transactional
  public AllocationView stop(
      Actor actor,
      String municipality,
      int number,
      LocalDate date,
      StopReason reason,
      @Nullable Integer expected) {
    return stop(actor, municipality, number, date, reason, null, expected);
  }

  /**
   * As {@link #stop(Actor, String, int, LocalDate, StopReason, Integer)}, with the day the referrer
   * was consulted about ending care ({@code referrerConsultedOn}, recorded with the stop). Where
   * the region's pack asks the referrer consulted beforehand (IJsselland R-IJS-8, 001 §4.3.1.3) and
   * no consultation is recorded, the stop is refused (422, field {@code stop.referrerConsultedOn});
   * where a notice afterwards suffices, the notice is raised for the access team.
   */
  @Transactional
  public AllocationView stop(
      Actor actor,
      String municipality,
      int number,
      LocalDate date,
      StopReason reason,
      @Nullable LocalDate referrerConsultedOn,
      @Nullable Integer expected) {
    return stop(actor, municipality, number, date, reason, referrerConsultedOn, null, expected);
  }

  /**
   * As {@link #stop(Actor, String, int, LocalDate, StopReason, LocalDate, Integer)}, with the
   * provider's end-of-care report ({@code report}, null when not given) recorded with a definitive
   * stop. A report on a temporary stop (JZ588 20) is refused (400, field {@code
   * stop.goalsReached}): it ends no care to report on.
   */
  @Transactional
  public AllocationView stop(
      Actor actor,
      String municipality,
      int number,
      LocalDate date,
      StopReason reason,
      @Nullable LocalDate referrerConsultedOn,
      @Nullable EndReport report,
      @Nullable Integer expected) {
    if (report != null && reason.isTemporary()) {
      throw new nl.jeugdregie.policy.InvalidRequestException(
          "stop.goalsReached",
          "an end-of-care report goes with a definitive stop, not a temporary one (JZ588 20)");
    }
    notAfterToday(date, "stop.date", "a stop is reported once care has ended (iJw OP272)");
    AllocationStore.Row row = changeable(actor, municipality, number, expected);
    if (referrerConsultedOn != null) {
      consultation(row, referrerConsultedOn, date, "stop.referrerConsultedOn", actor);
    }
    if (ending(row, reason, date) instanceof ProcessRules.Ending.ConsultationMissing missing) {
      throw RouteRefusedException.unprocessable(
          "stop.referrerConsultedOn", null, missing.message());
    }
    List<AllocationStore.Event> inForce = store.eventsInForce(row.id());
    LocalDate currentStart = lastDate(inForce, AllocationStore.Event.START);
    // without a start the state machine refuses (9069), whatever the stop names
    LocalDate begin = currentStart == null ? date : currentStart;
    refuseIf(stopped(actor, row, inForce, begin, reason, date, report));
    return view(actor, store.find(municipality, number).orElseThrow(), "POST stop");
  }

  /**
   * The provider records that it consulted the referrer about ending care on {@code consultedOn}
   * (IJsselland R-IJS-8, 001 §4.3.1.3), ahead of the stop (JW307 has no field for it).
   */
  @Transactional
  public AllocationView consultedReferrer(
      Actor actor, String municipality, int number, LocalDate consultedOn) {
    AllocationStore.Row row = changeable(actor, municipality, number, null);
    consultation(row, consultedOn, LocalDate.now(clock), "consultation.consultedOn", actor);
    return view(actor, row, "POST ending consultation");
  }

  private void consultation(
      AllocationStore.Row row,
      LocalDate consultedOn,
      LocalDate notAfter,
      String field,
      Actor actor) {
    if (consultedOn.isAfter(notAfter) || consultedOn.isAfter(LocalDate.now(clock))) {
      throw new nl.jeugdregie.policy.InvalidRequestException(
          field, "the referrer is consulted before care ends, not after " + notAfter);
    }
    if (consultedOn.isBefore(row.terms().period().start().minusYears(1))) {
      throw new nl.jeugdregie.policy.InvalidRequestException(
          field, "is more than a year before the allocation started");
    }
    process.insertConsultation(row.id(), consultedOn, clock.instant(), actor.name());
  }

  /** What R-IJS-8 asks of a stop of {@code row} on {@code date} for {@code reason}. */
  private ProcessRules.Ending ending(AllocationStore.Row row, StopReason reason, LocalDate date) {
    PolicyPack pack;
    try {
      pack = catalog.inForce(row.region(), date);
    } catch (PolicyNotFoundException e) {
      return new ProcessRules.Ending.NotConcerned();
    }
    String type = row.basis().path("referrer").path("type").asString("");
    ReferrerType referrer;
    try {
      referrer = ReferrerType.parse(type);
    } catch (IllegalArgumentException e) {
      referrer = null;
    }
    return ProcessRules.ending(
        pack, referrer, reason, date, process.lastConsultation(row.id()).orElse(null));
  }

  /**
   * After a definitive stop was recorded: the notice for the referrer's side when one suffices, or
   * (on the iJw route, where a stop is information and not refused, OP364) the signal that the
   * referrer was not consulted beforehand.
   */
  private void ended(AllocationStore.Row row, StopReason reason, LocalDate date) {
    switch (ending(row, reason, date)) {
      case ProcessRules.Ending.NoticeAfterwards n ->
          publishEnded(row, reason, date, n.rule(), DeliveryEnded.Ending.NOTICE_AFTERWARDS);
      case ProcessRules.Ending.ConsultationMissing m ->
          publishEnded(row, reason, date, m.rule(), DeliveryEnded.Ending.NOT_CONSULTED);
      case ProcessRules.Ending.Consulted c -> {}
      case ProcessRules.Ending.NotConcerned c -> {}
    }
  }

  private void publishEnded(
      AllocationStore.Row row,
      StopReason reason,
      LocalDate date,
      String rule,
      DeliveryEnded.Ending ending) {
    events.publishEvent(
        new DeliveryEnded(
            row.id(),
            row.municipality(),
            row.number(),
            row.region(),
            row.providerAgb(),
            date,
            reason.code(),
            rule,
            ending));
  }

  /**
   * The lines of one start (JW305) or stop (JW307) message of a provider for the client with {@code
   * bsn}, sent to {@code municipality}: all recorded, or none (the message is accepted or rejected
   * as a whole, ijw.md §2.1). Withdrawals (StatusAanlevering 3) go first and new lines then by
   * date, so a correction in one message works whatever order its lines have (iJw IV008, OP080).
   * Each line is judged against what the lines before it left: TR019 (the allocation), TR063,
   * TR071, TR074 (the keys), then the delivery state machine (TR326, TR382, TR413-TR415). The dates
   * were judged against the message's date (TR134) and that against today (TR135) by the caller.
   *
   * @throws DeliveryRefusedException naming every refused line; nothing was recorded
   */
  @Transactional
  public void report(Actor actor, String municipality, Bsn bsn, List<DeliveryNotice> notices) {
    if (actor.role() != Role.PROVIDER && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted(
          "only the provider starts and stops delivery (iJw JW305/JW307)");
    }
    UUID client = clients.find(bsn).map(Client::id).orElse(null);
    List<DeliveryRefusedException.Refusal> refusals = new ArrayList<>();
    for (int line : inTurn(notices)) {
      DeliveryNotice notice = notices.get(line);
      Refused refused = reported(actor, municipality, client, notice);
      if (refused != null) {
        refusals.add(
            new DeliveryRefusedException.Refusal(
                line,
                DeliveryRefusedException.ruleOf(refused.ijwCode()),
                refused.ijwCode(),
                refused.message()));
      }
    }
    if (!refusals.isEmpty()) {
      refusals.sort(Comparator.comparingInt(DeliveryRefusedException.Refusal::line));
      throw new DeliveryRefusedException(refusals);
    }
  }

  /** The positions of {@code notices} in the order they are judged: withdrawals, then by date. */
  private static List<Integer> inTurn(List<DeliveryNotice> notices) {
    Comparator<Integer> order =
        Comparator.comparing((Integer i) -> !notices.get(i).withdrawal())
            .thenComparing(i -> dated(notices.get(i)))
            // a temporary and a definitive stop on one day: the temporary one first (TR414)
            .thenComparing(
                i ->
                    !(notices.get(i) instanceof DeliveryNotice.Stop s && s.reason().isTemporary()));
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < notices.size(); i++) lines.add(i);
    lines.sort(order);
    return lines;
  }

  private static LocalDate dated(DeliveryNotice notice) {
    return notice instanceof DeliveryNotice.Stop stop ? stop.end() : notice.begin();
  }

  /** Records one line; why not (nothing recorded for it) when refused. */
  private @Nullable Refused reported(
      Actor actor, String municipality, @Nullable UUID client, DeliveryNotice notice) {
    Integer number = notice.number();
    AllocationStore.Row found =
        number == null
            ? null
            : store
                .find(municipality, number)
                .filter(r -> actor.mayRead(r.municipality(), r.region(), r.providerAgb()))
                .orElse(null);
    Refused unlinked = DeliveryLink.check(notice, found, client);
    if (unlinked != null) return unlinked;
    AllocationStore.Row row = Objects.requireNonNull(found);
    List<AllocationStore.Event> inForce = store.eventsInForce(row.id());
    return switch (notice) {
      case DeliveryNotice.Start start when start.withdrawal() ->
          withdrawn(actor, row, DeliveryCorrections.withdrawStart(inForce, start.begin()));
      case DeliveryNotice.Start start -> started(actor, row, inForce, start.begin());
      case DeliveryNotice.Stop stop when stop.withdrawal() ->
          withdrawn(
              actor,
              row,
              DeliveryCorrections.withdrawStop(inForce, stop.begin(), stop.reason(), stop.end()));
      case DeliveryNotice.Stop stop ->
          // JW307 carries no end-of-care report: not reported
          stopped(actor, row, inForce, stop.begin(), stop.reason(), stop.end(), null);
    };
  }

  /** A new start on {@code date}: TR074, then the state machine; recorded unless refused. */
  private @Nullable Refused started(
      Actor actor, AllocationStore.Row row, List<AllocationStore.Event> inForce, LocalDate date) {
    Refused duplicate = DeliveryCorrections.newStart(inForce, date);
    if (duplicate != null) return duplicate;
    DeliveryStep step =
        Delivery.start(row.delivery(), date, lastDate(inForce, AllocationStore.Event.STOP));
    return moveOrRefuse(
        row,
        step,
        () ->
            store.addEvent(
                row.id(),
                AllocationStore.Event.START,
                date,
                null,
                null,
                null,
                clock.instant(),
                actor.name()));
  }

  /** A new stop of the start on {@code begin}: TR074, then the state machine (TR382, TR413-415). */
  private @Nullable Refused stopped(
      Actor actor,
      AllocationStore.Row row,
      List<AllocationStore.Event> inForce,
      LocalDate begin,
      StopReason reason,
      LocalDate date,
      @Nullable EndReport report) {
    Refused duplicate = DeliveryCorrections.newStop(inForce, begin, reason, date);
    if (duplicate != null) return duplicate;
    DeliveryStep step =
        Delivery.stopOf(
            begin,
            row.delivery(),
            date,
            reason,
            lastDate(inForce, AllocationStore.Event.START),
            lastDate(inForce, AllocationStore.Event.STOP));
    Refused refused =
        moveOrRefuse(
            row,
            step,
            () ->
                store.addEvent(
                    row.id(),
                    AllocationStore.Event.STOP,
                    date,
                    begin,
                    reason,
                    report,
                    clock.instant(),
                    actor.name()));
    if (refused == null && !reason.isTemporary()) ended(row, reason, date);
    return refused;
  }

  /** A withdrawal (StatusAanlevering 3): the event marked withdrawn, the state recomputed. */
  private @Nullable Refused withdrawn(
      Actor actor, AllocationStore.Row row, DeliveryCorrections.Withdrawal withdrawal) {
    return switch (withdrawal) {
      case DeliveryCorrections.Withdrawal.Kept kept -> new Refused(kept.ijwCode(), kept.message());
      case DeliveryCorrections.Withdrawal.Withdrawn withdrawn ->
          moveOrRefuse(
              row,
              new DeliveryStep.Moved(withdrawn.next()),
              () ->
                  store.withdrawEvent(row.id(), withdrawn.event(), clock.instant(), actor.name()));
    };
  }

  /** Moves delivery and records what moved it; the refusal when {@code step} is one. */
  private @Nullable Refused moveOrRefuse(
      AllocationStore.Row row, DeliveryStep step, Runnable record) {
    return switch (step) {
      case Refused refused -> refused;
      case DeliveryStep.Moved moved -> {
        if (!store.moveDelivery(row, moved.next())) {
          throw lostRace(row.municipality(), row.number());
        }
        record.run();
        yield null;
      }
    };
  }

  private static void refuseIf(@Nullable Refused refused) {
    if (refused != null) {
      throw RouteRefusedException.conflict(
          "delivery", refused.ijwCode(), refused.message() + " (iJw " + refused.ijwCode() + ")");
    }
  }

  private void notAfterToday(LocalDate date, String field, String why) {
    LocalDate today = LocalDate.now(clock);
    if (date.isAfter(today)) {
      throw RouteRefusedException.unprocessable(
          field, null, date + " is after today (" + today + "): " + why);
    }
  }

  /** The allocation after a municipal change, and the new one when the change ended it. */
  public record ChangeResult(AllocationView allocation, @Nullable AllocationView successor) {}

  /**
   * The access team changes an allocation on the municipality's initiative (iJw §2.2, §5.3): in
   * place where iJw allows it (end date, budget, total volume; deletion with 13), otherwise the
   * allocation ends the day before {@code from} and a new one with a new number starts then.
   */
  @Transactional
  public ChangeResult change(Actor actor, String municipality, int number, MunicipalChange change) {
    if (actor.role() != Role.ACCESS_TEAM && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted(
          "the municipality changes allocations; a provider sends a change request (VOW)");
    }
    AllocationStore.Row row = readable(actor, municipality, number);
    Integer expected = change.version();
    if (expected != null && expected != row.lockVersion()) throw lostRace(municipality, number);
    if (row.isDeleted()) {
      throw RouteRefusedException.conflict(
          "number", null, "allocation " + municipality + "/" + number + " was deleted (13)");
    }
    ChangeReason reason = change.reason();
    if (reason == ChangeReason.INITIATED_BY_PROVIDER) {
      throw RouteRefusedException.unprocessable(
          "change.reason",
          null,
          "12 is for changes a provider asked for: they come as a change request (VOW, iJw IV093)");
    }
    AllocationTerms current = row.terms();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    if (reason == ChangeReason.DELETED) {
      return deleted(actor, row, now);
    }
    AllocationTerms desired =
        Requests.validTerms(
            DateRange.of(
                current.period().start(),
                change.endGiven() ? change.end() : current.period().end()),
            change.volume() != null ? change.volume() : current.volume(),
            change.budgetCents() != null ? change.budgetCents() : current.budgetCents(),
            "change");
    requireConsent(current, desired, change, today);
    Integer level = change.level() != null ? change.level() : row.level();
    notAboveOnExtension(row, desired, level, today);
    LocalDate from = change.from() != null ? change.from() : current.period().start();
    switch (AllocationChange.plan(current, desired, from, today)) {
      case ChangePlan.Unchanged unchanged -> {
        if (Objects.equals(level, row.level())) {
          throw RouteRefusedException.unprocessable(
              "change", null, "the change leaves allocation " + number + " as it is");
        }
        if (!store.appendVersion(row, current, level, reason, null, now, actor.name())) {
          throw lostRace(municipality, number);
        }
        return new ChangeResult(view(actor, reread(row), "POST change"), null);
      }
      case ChangePlan.Refused refused ->
          throw RouteRefusedException.unprocessable("change", null, refused.message());
      case ChangePlan.InPlace inPlace -> {
        if (!store.appendVersion(row, inPlace.next(), level, reason, null, now, actor.name())) {
          throw lostRace(municipality, number);
        }
        return new ChangeResult(view(actor, reread(row), "POST change"), null);
      }
      case ChangePlan.EndAndNew endAndNew -> {
        AllocationTerms ended =
            current.withPeriod(current.period().withEnd(endAndNew.currentEndsOn()));
        if (!store.appendVersion(row, ended, row.level(), reason, null, now, actor.name())) {
          throw lostRace(municipality, number);
        }
        int successor =
            store.create(
                row.clientId(),
                row.providerAgb(),
                row.region(),
                row.municipality(),
                row.requestId(),
                row.category(),
                row.productCode(),
                endAndNew.newTerms(),
                level,
                row.basis(),
                now,
                actor.name());
        return new ChangeResult(
            view(actor, reread(row), "POST change"),
            view(actor, store.find(municipality, successor).orElseThrow(), "POST change"));
      }
    }
  }

  /**
   * A municipal change that lengthens the allocation is an extension: never at a higher level than
   * the allocation's, nor with a budget above that level's (Amersfoort 000 punt 4, R-AMF-4), where
   * the region's pack has that rule for the product. The team decides the change itself, so only
   * the rule's refusal counts, not an investigation.
   */
  private void notAboveOnExtension(
      AllocationStore.Row row, AllocationTerms desired, @Nullable Integer level, LocalDate today) {
    AllocationTerms current = row.terms();
    if (!RouteFacts.lengthens(current.period(), desired.period().end())) return;
    PolicyPack pack = catalog.regionOf(row.municipality(), today).orElse(null);
    if (pack == null) return;
    ObjectNode json =
        PersonalFields.withBirthDate(row.basis(), clients.get(row.clientId()).birthDate());
    json.put("kind", "EXTENSION");
    json.put("receivedOn", today.toString());
    for (String fact : List.of("careStartedOn", "change", "plan", "parallelBudgets", "current")) {
      json.remove(fact);
    }
    ObjectNode period = json.putObject("period");
    period.put("start", desired.period().start().toString());
    if (desired.period().end() != null) period.put("end", String.valueOf(desired.period().end()));
    ObjectNode budget = json.get("budget") instanceof ObjectNode b ? b : json.putObject("budget");
    budget.remove("level");
    budget.remove("amountCents");
    if (level != null) budget.put("level", level);
    if (desired.budgetCents() != null) budget.put("amountCents", desired.budgetCents());
    ObjectNode cur = json.putObject("current");
    if (row.level() != null) cur.put("level", row.level());
    ObjectNode was = cur.putObject("period");
    was.put("start", current.period().start().toString());
    was.put("end", String.valueOf(current.period().end()));
    DecisionRequest request = DecisionJson.parseRequest(json);
    if (!PolicyEngine.applies(pack, request, ExtensionNotAboveCurrentLevel.class)) return;
    for (Reason reason :
        PolicyEngine.judgeOnly(pack, request, ExtensionNotAboveCurrentLevel.class)) {
      if (reason.effect() == Effect.REJECT) {
        throw RouteRefusedException.unprocessable(
            "change.level", null, reason.message() + " (" + reason.rule() + ")");
      }
    }
    for (Reason reason : PolicyEngine.judgeOnly(pack, request, BudgetWithinLevel.class)) {
      if (reason.effect() == Effect.ADJUST || reason.effect() == Effect.REJECT) {
        throw RouteRefusedException.unprocessable(
            "change.budgetCents",
            null,
            reason.message()
                + ": an extension cannot be at a higher level than the current allocation"
                + " (R-AMF-4, 000 punt 4)");
      }
    }
  }

  /**
   * Deleting (13: end = start, to be treated as never sent, iJw CS335) is only for an allocation
   * whose care has not started: deleting one that was delivered on would take away the ground for
   * paying it (iJw OP362, UP031; TR385 refuses it once declarations are approved).
   */
  private ChangeResult deleted(Actor actor, AllocationStore.Row row, Instant now) {
    if (row.delivery() != DeliveryState.NOT_STARTED) {
      throw RouteRefusedException.conflict(
          "change.reason",
          null,
          "allocation "
              + row.municipality()
              + "/"
              + row.number()
              + " has delivery "
              + row.delivery()
              + ": deleting it (13) would leave delivered care without an allocation (iJw OP362);"
              + " shorten it instead");
    }
    AllocationTerms current = row.terms();
    AllocationTerms gone = current.withPeriod(current.period().withEnd(current.period().start()));
    if (!store.appendVersion(
        row, gone, row.level(), ChangeReason.DELETED, null, now, actor.name())) {
      throw lostRace(row.municipality(), row.number());
    }
    return new ChangeResult(view(actor, reread(row), "POST change"), null);
  }

  /**
   * Shortening to a date already past, or lowering a budget or total volume, only in agreement with
   * the provider (iJw OP186, OP298, OP299).
   */
  private static void requireConsent(
      AllocationTerms current, AllocationTerms desired, MunicipalChange change, LocalDate today) {
    if (change.providerConsent()) return;
    LocalDate end = desired.period().end();
    LocalDate currentEnd = current.period().end();
    boolean shortenedIntoPast =
        end != null && end.isBefore(today) && (currentEnd == null || end.isBefore(currentEnd));
    Long budget = desired.budgetCents();
    Long currentBudget = current.budgetCents();
    boolean budgetLowered = budget != null && currentBudget != null && budget < currentBudget;
    Volume volume = desired.volume();
    Volume currentVolume = current.volume();
    boolean totalLowered =
        volume != null
            && currentVolume != null
            && currentVolume.frequency() == nl.jeugdregie.shared.Frequency.TOTAL
            && volume.frequency() == nl.jeugdregie.shared.Frequency.TOTAL
            && volume.amount() < currentVolume.amount();
    if (shortenedIntoPast || budgetLowered || totalLowered) {
      throw RouteRefusedException.unprocessable(
          "change.providerConsent",
          null,
          (shortenedIntoPast
                  ? "shortening to " + end + ", a date already past,"
                  : "lowering the " + (budgetLowered ? "budget" : "total volume"))
              + " needs the provider's agreement (iJw "
              + (shortenedIntoPast ? "OP186" : budgetLowered ? "OP299" : "OP298")
              + "): state providerConsent: true");
    }
  }

  private AllocationStore.Row reread(AllocationStore.Row row) {
    return store.find(row.municipality(), row.number()).orElseThrow();
  }

  static RouteRefusedException lostRace(String municipality, int number) {
    return RouteRefusedException.conflict(
        "version",
        null,
        "allocation "
            + municipality
            + "/"
            + number
            + " was changed by someone else at the same time; read it again and retry");
  }

  /** The date of the last start or stop among {@code events}, null when there is none. */
  private static @Nullable LocalDate lastDate(List<AllocationStore.Event> events, String kind) {
    LocalDate last = null;
    for (AllocationStore.Event e : events) if (e.kind().equals(kind)) last = e.date();
    return last;
  }

  private AllocationStore.Row readable(Actor actor, String municipality, int number) {
    if (actor.role() == Role.POLICY) {
      throw RouteRefusedException.notPermitted("the policy role sees aggregates only");
    }
    return store
        .find(municipality, number)
        .filter(r -> actor.mayRead(r.municipality(), r.region(), r.providerAgb()))
        .orElseThrow(
            () ->
                RouteRefusedException.notFound(
                    "number", "no allocation " + municipality + "/" + number + " for you"));
  }

  private AllocationStore.Row changeable(
      Actor actor, String municipality, int number, @Nullable Integer expected) {
    if (actor.role() != Role.PROVIDER && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted(
          "only the provider starts and stops delivery (iJw JW305/JW307)");
    }
    AllocationStore.Row row = readable(actor, municipality, number);
    if (expected != null && expected != row.lockVersion()) throw lostRace(municipality, number);
    return row;
  }

  AllocationView view(Actor actor, AllocationStore.Row row, String why) {
    List<VersionView> versions =
        store.versions(row.id()).stream().map(Allocations::versionView).toList();
    List<DeliveryEventView> events =
        store.eventsInForce(row.id()).stream()
            .map(
                e ->
                    new DeliveryEventView(
                        e.kind(),
                        e.date(),
                        e.stopReason() == null ? null : stopCode(e.stopReason()),
                        e.goalsReached(),
                        e.goalsInTime(),
                        e.recordedAt(),
                        e.recordedBy()))
            .toList();
    return new AllocationView(
        row.municipality(),
        row.number(),
        row.region(),
        row.providerAgb(),
        new ProductView(row.category(), row.productCode()),
        clients.view(actor, row.clientId(), why),
        row.requestId(),
        row.delivery().name(),
        versions.getLast(),
        versions,
        events,
        plan(row.basis()),
        row.lockVersion());
  }

  /** The plan in the request the allocation was made on, if it stated one. */
  private static Views.@Nullable PlanView plan(tools.jackson.databind.JsonNode basis) {
    tools.jackson.databind.JsonNode plan = basis.get("plan");
    if (plan == null || !plan.isObject() || plan.get("reference") == null) return null;
    tools.jackson.databind.JsonNode director = plan.get("director");
    tools.jackson.databind.JsonNode evaluated = plan.get("evaluatedOn");
    return new Views.PlanView(
        plan.get("reference").asString(),
        director == null || director.isNull() ? null : director.asString(),
        evaluated == null || evaluated.isNull() ? null : LocalDate.parse(evaluated.asString()));
  }

  static VersionView versionView(AllocationStore.Version v) {
    String reason = v.changeReason();
    return new VersionView(
        v.version(),
        PeriodView.of(v.terms().period()),
        VolumeView.of(v.terms().volume()),
        v.terms().budgetCents(),
        v.level(),
        reason == null ? null : new Code(reason, ChangeReason.parse(reason).name()),
        v.requestId(),
        v.recordedAt(),
        v.recordedBy());
  }

  private static Code stopCode(String code) {
    return new Code(code, StopReason.parse(code).name());
  }

  Instant now() {
    return clock.instant();
  }
}
