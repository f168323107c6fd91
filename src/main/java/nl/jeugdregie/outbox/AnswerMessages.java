package nl.jeugdregie.outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.RejectionReason;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestOutcome;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.ijw.AnswerMessage;
import nl.jeugdregie.ijw.BrokenRulesException;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.MessageLog;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.OutgoingMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the JW319 that answers a request (VOT or VOW; ijw.md §2.3 steps 3-6, §3.8) and stores it
 * for sending:
 *
 * <ul>
 *   <li>a request put in investigation: VerzoekAntwoord 2 (aanvraag in onderzoek), no reason
 *       (CD086);
 *   <li>a rejected request: VerzoekAntwoord 1 with its WJ759 reason (CD085), and for 8
 *       (woonplaatsbeginsel) the responsible municipality (TR377);
 *   <li>an approved request gets no JW319: the JW301 carrying its reference answers it (TR359).
 * </ul>
 *
 * An answer already sent for the request is not sent again. The message is read back and checked
 * ({@link OutgoingMessages#jw319}) before it is stored.
 */
@Component
class AnswerMessages {

  private final Requests requests;
  private final Clients clients;
  private final OutboxStore store;
  private final MessageLog log;
  private final OutgoingMessages outgoing;
  private final Clock clock;

  AnswerMessages(
      Requests requests,
      Clients clients,
      OutboxStore store,
      MessageLog log,
      OutgoingMessages outgoing,
      Clock clock) {
    this.requests = requests;
    this.clients = clients;
    this.store = store;
    this.log = log;
    this.outgoing = outgoing;
    this.clock = clock;
  }

  /**
   * Composes and stores the JW319 for request {@code requestId}; the id of the stored message, or
   * empty when the request needs none (approved, unknown, or already answered so).
   *
   * @throws BrokenRulesException when the message would break an iJw rule (nothing is stored)
   */
  @Transactional
  Optional<UUID> compose(UUID requestId) {
    Optional<RequestOutcome> found = requests.outcome(requestId);
    if (found.isEmpty()) return Optional.empty();
    RequestOutcome request = found.get();
    RejectionReason reason = request.rejectionReason();
    String answer =
        switch (request.state()) {
          case IN_INVESTIGATION -> AnswerMessage.IN_INVESTIGATION;
          case REJECTED -> AnswerMessage.REJECTED;
          case APPROVED -> null;
        };
    if (answer == null) return Optional.empty();
    String agb = request.providerAgb();
    String reference = request.providerReference();
    if (store.answersSent(agb, reference).contains(answer)) return Optional.empty();
    String code =
        answer.equals(AnswerMessage.REJECTED) && reason != null
            ? String.valueOf(reason.code())
            : null;
    LocalDate today = LocalDate.now(clock);
    AnswerMessage message =
        new AnswerMessage(
            new Header(request.municipality(), agb, store.nextIdentification(), today),
            reference,
            answer,
            code,
            reason == RejectionReason.PLACE_OF_RESIDENCE
                ? request.responsibleMunicipality()
                : null);
    byte[] xml = outgoing.jw319(message);
    UUID id =
        log.insert(
            new MessageLog.NewMessage(
                MessageLog.Direction.OUT,
                MessageType.JW319,
                message.header(),
                xml,
                "WAITING",
                null,
                null,
                clients.get(request.clientId()).pseudonym(),
                agb,
                request.municipality()),
            clock.instant());
    store.recordAnswer(id, request.id(), agb, reference, answer);
    return Optional.of(id);
  }
}
