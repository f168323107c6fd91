package nl.jeugdregie.outbox;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.jeugdregie.allocation.AllocationChanged;
import nl.jeugdregie.allocation.RequestDecided;
import nl.jeugdregie.clients.ClientAddressChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Composes the outbox's messages once a change of the client route has committed: a changed
 * allocation (JW301), a decided request (JW319), a client's address set (a held JW301).
 *
 * <p>Like the signals' recompute, the work runs on one background thread in the order the changes
 * committed: a listener after commit still holds the committing transaction's connection, so
 * working right there would take a second one per request thread; and one thread means two changes
 * of one client never compose two JW301s at the same time. A failure never touches the change
 * itself: it is logged (without personal data), and a JW301 that breaks a rule is shown held in the
 * outbox.
 */
@Component
class OutboxTriggers implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxTriggers.class);

  private final Outbox outbox;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("ijw-outbox").daemon().factory());

  OutboxTriggers(Outbox outbox) {
    this.outbox = outbox;
  }

  @TransactionalEventListener
  void allocationChanged(AllocationChanged event) {
    run("allocation " + event.allocationId(), () -> outbox.allocationChanged(event.allocationId()));
  }

  @TransactionalEventListener
  void requestDecided(RequestDecided event) {
    run("request " + event.requestId(), () -> outbox.requestDecided(event.requestId()));
  }

  @TransactionalEventListener
  void addressChanged(ClientAddressChanged event) {
    run("client " + event.clientId(), () -> outbox.addressChanged(event.clientId()));
  }

  private void run(String subject, Runnable work) {
    worker.execute(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            LOG.warn("outbox: no message made for {} ({})", subject, e.getClass().getSimpleName());
          }
        });
  }

  /** Waits until every message asked for so far is composed (for tests). */
  void awaitIdle() throws InterruptedException, ExecutionException, TimeoutException {
    worker.submit(() -> {}).get(60, TimeUnit.SECONDS);
  }

  @Override
  public void destroy() throws InterruptedException {
    worker.shutdown();
    if (!worker.awaitTermination(10, TimeUnit.SECONDS)) worker.shutdownNow();
  }
}
