package nl.jeugdregie.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.AllocationChanged;
import nl.jeugdregie.allocation.RequestDecided;
import nl.jeugdregie.billing.DeclarationBooked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Incremental recompute: after a change of an allocation, a request's decision or a booked
 * declaration has committed, the signals of what changed are recomputed on today's date. A failure
 * here never undoes or fails the change itself (it is logged); the daily sweep catches up.
 */
@Component
class SignalTriggers {

  private static final Logger LOG = LoggerFactory.getLogger(SignalTriggers.class);

  private final Signals signals;
  private final Clock clock;

  SignalTriggers(Signals signals, Clock clock) {
    this.signals = signals;
    this.clock = clock;
  }

  @TransactionalEventListener
  void allocationChanged(AllocationChanged event) {
    recompute(event.allocationId());
  }

  @TransactionalEventListener
  void requestDecided(RequestDecided event) {
    recompute(event.requestId());
  }

  @TransactionalEventListener
  void declarationBooked(DeclarationBooked event) {
    for (UUID id : event.allocationIds()) recompute(id);
  }

  private void recompute(UUID subject) {
    try {
      signals.recompute(subject, LocalDate.now(clock));
    } catch (RuntimeException e) {
      LOG.warn("signals of {} not recomputed now; the daily sweep will: {}", subject, e.toString());
    }
  }
}
