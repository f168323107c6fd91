package nl.jeugdregie.signals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import nl.jeugdregie.allocation.DeliveryEnded;
import nl.jeugdregie.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises, in the transaction of the stop itself, the task an ending leaves for the access team
 * (IJsselland R-IJS-8, 001 §4.3.1.3): the notice to the referrer afterwards when care ended
 * according to plan, or the follow-up when an iJw stop came without the consultation beforehand.
 * These are events, not conditions: their subject is the ending itself (not the allocation), so the
 * recompute of an ended allocation does not close them; the access team marks them done.
 */
@Component
class EndingNotices {

  private final SignalStore store;
  private final Clock clock;

  EndingNotices(SignalStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @EventListener
  void ended(DeliveryEnded e) {
    String label = "allocation " + e.municipality() + "/" + e.number();
    Finding finding =
        switch (e.ending()) {
          case NOTICE_AFTERWARDS ->
              new Finding(
                  SignalKind.ENDING_NOTICE,
                  e.rule(),
                  Role.ACCESS_TEAM,
                  null,
                  "care of "
                      + label
                      + " ended according to plan on "
                      + e.endedOn()
                      + " (JZ588 "
                      + e.stopReason()
                      + "): notify the referrer afterwards (001 §4.3.1.3)");
          case NOT_CONSULTED ->
              new Finding(
                  SignalKind.ENDING_NOT_CONSULTED,
                  e.rule(),
                  Role.ACCESS_TEAM,
                  null,
                  "care of "
                      + label
                      + " was ended on "
                      + e.endedOn()
                      + " (JZ588 "
                      + e.stopReason()
                      + ") without the referrer consulted beforehand (001 §4.3.1.3)");
        };
    store.raise(
        subject(e),
        new SignalStore.Scope(e.municipality(), e.region(), e.providerAgb()),
        finding,
        clock.instant());
  }

  /** One subject per ending of one allocation on one day. */
  static UUID subject(DeliveryEnded e) {
    return UUID.nameUUIDFromBytes(
        ("ending " + e.allocationId() + " " + e.endedOn()).getBytes(StandardCharsets.UTF_8));
  }
}
