package nl.jeugdregie.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.ijw.BrokenRulesException;
import nl.jeugdregie.ijw.MessageLog;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.shared.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's outgoing iJw messages: the JW301 toewijzing and the JW319 antwoordbericht,
 * composed after a change of the client route commits ({@link OutboxTriggers}), stored in {@code
 * ijw.message} as WAITING, fetched by the provider (SENT), answered by its retour (ANSWERED, the
 * ijw module's retour handler). A JW301 that cannot be made yet is shown HELD with why.
 *
 * <p>Who sees what: a provider the messages addressed to its AGB code, an access team those of its
 * municipalities, an administrator all; other roles none. The XML of a JW301 carries the client's
 * BSN, name and address: fetching it is an audited read of personal data.
 */
@Service
public class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  /** iJw OP090: a retour comes within 3 working days. */
  static final int RETOUR_WORKING_DAYS = 3;

  private final MessageLog log;
  private final OutboxStore store;
  private final AllocationMessages allocationMessages;
  private final AnswerMessages answerMessages;
  private final Allocations allocations;
  private final Clients clients;
  private final Clock clock;

  Outbox(
      MessageLog log,
      OutboxStore store,
      AllocationMessages allocationMessages,
      AnswerMessages answerMessages,
      Allocations allocations,
      Clients clients,
      Clock clock) {
    this.log = log;
    this.store = store;
    this.allocationMessages = allocationMessages;
    this.answerMessages = answerMessages;
    this.allocations = allocations;
    this.clients = clients;
    this.clock = clock;
  }

  /**
   * The outbox within the actor's scope, newest first, held ones last; {@code overdue} when a SENT
   * message has no retour 3 working days after it was fetched (iJw OP090).
   */
  public List<OutboxEntry> list(Actor actor, LocalDate today) {
    Scope scope = scope(actor);
    return store.entries(scope.agb(), scope.municipalities()).stream()
        .map(e -> overdue(e, today) ? withOverdue(e) : e)
        .sorted(Comparator.comparing((OutboxEntry e) -> e.state().equals("HELD")))
        .toList();
  }

  /** The sort keys of the paged outbox and their columns. */
  static final java.util.Map<String, String> SORT =
      java.util.Map.of(
          "createdAt", "o.at", "state", "o.state", "type", "o.type", "provider", "o.receiver");

  /**
   * One page of the outbox within the actor's scope, filtered (issue 11: the whole outbox was one
   * answer of 614 entries); by default newest first and the held ones last, as {@link #list}.
   * {@code overdue} is worked out as in {@link #list}; the filter {@code overdue=true} asks the
   * database for SENT messages fetched on or before the last day that is overdue today.
   */
  public Page<OutboxEntry> page(
      Actor actor, LocalDate today, OutboxFilter filter, PageRequest request) {
    Scope scope = scope(actor);
    String order =
        request.orderBy(SORT, "o.held, case when o.held = 0 then o.at end desc, o.at", "o.id");
    @Nullable Instant sentBefore = null;
    if (Boolean.TRUE.equals(filter.overdue())) {
      sentBefore = lastOverdueSendDay(today).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }
    Page<OutboxEntry> page =
        store.page(scope.agb(), scope.municipalities(), filter, sentBefore, order, request);
    return page.map(e -> overdue(e, today) ? withOverdue(e) : e);
  }

  /** The last day a message may have been fetched on to be overdue today (iJw OP090). */
  private static LocalDate lastOverdueSendDay(LocalDate today) {
    LocalDate day = today;
    while (!today.isAfter(WorkingDayCalendar.plusWorkingDays(day, RETOUR_WORKING_DAYS))) {
      day = day.minusDays(1);
    }
    return day;
  }

  /**
   * The XML of message {@code id}. Fetched by the provider it is addressed to, or by an
   * administrator (the exchange), it is SENT from now on; an access team may read it without
   * sending it. A JW301's read is written to the personal-data audit log.
   */
  @Transactional
  public byte[] fetch(Actor actor, UUID id) {
    Scope scope = scope(actor);
    MessageLog.Entry entry =
        store
            .outgoing(log, id)
            .filter(e -> scope.agb() == null || scope.agb().equals(e.receiver()))
            .filter(
                e ->
                    scope.municipalities() == null
                        || scope.municipalities().contains(e.municipality()))
            .orElseThrow(() -> RouteRefusedException.notFound("id", "no outgoing message " + id));
    String pseudonym = entry.clientPseudonym();
    if (entry.type() == MessageType.JW301 && pseudonym != null) {
      Client client =
          clients
              .findByPseudonym(pseudonym)
              .orElseThrow(() -> new IllegalStateException("no client " + pseudonym));
      clients.audit(
          actor,
          "READ",
          client.id(),
          "bsn, name, birth date, address (JW301)",
          "GET /api/v1/ijw/outbox/" + id);
    }
    if (actor.role() == Role.ADMIN || entry.receiver().equals(actor.agb())) {
      log.markSent(id, clock.instant());
    }
    return log.xml(id);
  }

  // ---- composing, after a change committed (OutboxTriggers)

  /** An allocation changed: the JW301 of its client at its provider. */
  void allocationChanged(UUID allocationId) {
    allocations
        .facts(allocationId)
        .ifPresent(f -> compose301(f.clientId(), f.providerAgb(), f.municipality()));
  }

  /** A request was decided: its JW319, if it needs one. */
  void requestDecided(UUID requestId) {
    try {
      answerMessages.compose(requestId);
    } catch (BrokenRulesException e) {
      LOG.error("no JW319 for request {}: {}", requestId, e.getMessage());
    }
  }

  /** A client's address was set: every JW301 held for that client is tried again. */
  void addressChanged(UUID clientId) {
    String pseudonym = clients.get(clientId).pseudonym();
    for (OutboxStore.Held held : store.heldFor(pseudonym)) {
      compose301(clientId, held.providerAgb(), held.municipality());
    }
  }

  /**
   * Composes a JW301; when it would break a rule it is held with the rule codes (a broken rule may
   * be a situation the standard forbids, e.g. TR385, so it must be visible, not only logged).
   */
  private void compose301(UUID clientId, String agb, String municipality) {
    String pseudonym = clients.get(clientId).pseudonym();
    try {
      allocationMessages.compose(clientId, agb, municipality);
    } catch (BrokenRulesException e) {
      LOG.error(
          "no JW301 for client {} at {} in {}: {}", pseudonym, agb, municipality, e.getMessage());
      store.hold(pseudonym, agb, municipality, "it would break " + e.rules(), clock.instant());
    } catch (IllegalStateException | ArithmeticException e) {
      // e.g. not valid against the XSD: our bug; the message may quote values, so it is not logged
      LOG.error(
          "no JW301 for client {} at {} in {}: {}",
          pseudonym,
          agb,
          municipality,
          e.getClass().getSimpleName());
      store.hold(
          pseudonym, agb, municipality, "it cannot be made (an error, logged)", clock.instant());
    }
  }

  // ---- scope and overdue

  /** The receiver (provider) or sender municipalities an actor is limited to; null: no limit. */
  private record Scope(@Nullable String agb, @Nullable Set<String> municipalities) {}

  private static Scope scope(Actor actor) {
    return switch (actor.role()) {
      case PROVIDER -> new Scope(actor.agb(), null);
      case ACCESS_TEAM -> new Scope(null, actor.municipalities());
      case ADMIN -> new Scope(null, null);
      case CONTRACT_MANAGER, POLICY ->
          throw RouteRefusedException.notPermitted(
              "the iJw outbox is for providers, access teams and administrators");
    };
  }

  private boolean overdue(OutboxEntry e, LocalDate today) {
    var sentAt = e.sentAt();
    if (!e.state().equals("SENT") || sentAt == null) return false;
    LocalDate sent = LocalDate.ofInstant(sentAt, clock.getZone());
    return today.isAfter(WorkingDayCalendar.plusWorkingDays(sent, RETOUR_WORKING_DAYS));
  }

  private static OutboxEntry withOverdue(OutboxEntry e) {
    return new OutboxEntry(
        e.id(),
        e.type(),
        e.sender(),
        e.receiver(),
        e.clientPseudonym(),
        e.createdAt(),
        e.state(),
        e.sentAt(),
        e.retourCode(),
        true,
        e.note());
  }
}
