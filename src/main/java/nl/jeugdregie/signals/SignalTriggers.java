package nl.jeugdregie.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.jeugdregie.allocation.AllocationChanged;
import nl.jeugdregie.allocation.RequestDecided;
import nl.jeugdregie.billing.DeclarationBooked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Incremental recompute: once a change of an allocation, a request's decision or a booked
 * declaration has committed, the signals of what changed are recomputed on that day.
 *
 * <p>The recompute runs on one background thread, in the order the changes committed: a listener
 * running after commit still holds the committing transaction's connection, so recomputing right
 * there would take a second connection per request thread and could drain the pool under load. A
 * failure never touches the change itself (it is logged); the daily sweep catches up.
 */
@Component
class SignalTriggers implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(SignalTriggers.class);

  private final Signals signals;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("signals-recompute").daemon().factory());

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
    LocalDate today = LocalDate.now(clock);
    worker.execute(
        () -> {
          try {
            signals.recompute(subject, today);
          } catch (RuntimeException e) {
            LOG.warn(
                "signals of {} not recomputed; the daily sweep will: {}", subject, e.toString());
          }
        });
  }

  /** Waits until every recompute asked for so far has run (for tests). */
  void awaitIdle() throws InterruptedException, ExecutionException, TimeoutException {
    worker.submit(() -> {}).get(30, TimeUnit.SECONDS);
  }

  @Override
  public void destroy() throws InterruptedException {
    worker.shutdown();
    if (!worker.awaitTermination(10, TimeUnit.SECONDS)) worker.shutdownNow();
  }
}
