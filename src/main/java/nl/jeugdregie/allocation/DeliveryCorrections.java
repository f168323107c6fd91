package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.allocation.AllocationStore.Event;
import nl.jeugdregie.allocation.DeliveryStep.Refused;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * The logical keys of start and stop lines against what one allocation's provider reported before
 * (ijw.md §2.5, IV008), judged on the starts and stops in force (not withdrawn), in the order
 * recorded:
 *
 * <ul>
 *   <li>iJw TR074 → 9074: a new line (StatusAanlevering 1) has a key not in force yet. A withdrawn
 *       line no longer counts, so a line can be withdrawn and sent again with the same key (IV008,
 *       the correction of an element outside the key).
 *   <li>iJw TR063 → 9063: a withdrawal (StatusAanlevering 3) needs a line in force with the same
 *       key.
 *   <li>iJw TR071 → 9071: a start cannot be withdrawn while a stop of it is in force; the stop is
 *       withdrawn first.
 * </ul>
 *
 * Within one allocation the start's key (Bsn, ToewijzingNummer, Product, Begindatum) comes down to
 * its Begindatum and the stop's to Begindatum, RedenBeeindiging and Einddatum: {@link DeliveryLink}
 * has checked that Bsn and Product are the allocation's.
 */
@IjwRules({"TR063", "TR071", "TR074"})
final class DeliveryCorrections {

  /** WJ001 9063: geen eerder bericht met dezelfde sleutel (TR063). */
  static final String NOTHING_TO_WITHDRAW = "9063";

  /** WJ001 9071: start kan niet verwijderd worden, zorg al beëindigd (TR071). */
  static final String START_HAS_STOP = "9071";

  /** WJ001 9074: er is al een bericht met dezelfde sleutel (TR074). */
  static final String KEY_EXISTS = "9074";

  private DeliveryCorrections() {}

  /** What a withdrawal (StatusAanlevering 3) comes to. */
  sealed interface Withdrawal {

    /** Event {@code event} is taken back, leaving delivery {@code next}. */
    record Withdrawn(long event, DeliveryState next) implements Withdrawal {}

    /** Refused with its WJ001 return code, and why. */
    record Kept(String ijwCode, String message) implements Withdrawal {}
  }

  /** TR074 for a new start on {@code begin}; null when its key is new. */
  static @Nullable Refused newStart(List<Event> inForce, LocalDate begin) {
    return start(inForce, begin).isPresent()
        ? new Refused(KEY_EXISTS, "a start on " + begin + " was already reported (iJw TR074)")
        : null;
  }

  /** TR074 for a new stop; null when its key is new. */
  static @Nullable Refused newStop(
      List<Event> inForce, LocalDate begin, StopReason reason, LocalDate end) {
    return stop(inForce, begin, reason, end).isPresent()
        ? new Refused(
            KEY_EXISTS, "a " + describe(begin, reason, end) + " was already reported (iJw TR074)")
        : null;
  }

  /** TR063 and TR071 for withdrawing the start on {@code begin}. */
  static Withdrawal withdrawStart(List<Event> inForce, LocalDate begin) {
    Optional<Event> start = start(inForce, begin);
    if (start.isEmpty()) {
      return new Withdrawal.Kept(
          NOTHING_TO_WITHDRAW, "there is no start on " + begin + " to withdraw (iJw TR063)");
    }
    if (inForce.stream().anyMatch(e -> !e.isStart() && begin.equals(e.startDate()))) {
      return new Withdrawal.Kept(
          START_HAS_STOP,
          "the start on " + begin + " has been stopped: withdraw its stop first (iJw TR071)");
    }
    return withdrawn(inForce, start.get());
  }

  /** TR063 for withdrawing a stop. */
  static Withdrawal withdrawStop(
      List<Event> inForce, LocalDate begin, StopReason reason, LocalDate end) {
    return stop(inForce, begin, reason, end)
        .map(stop -> withdrawn(inForce, stop))
        .orElseGet(
            () ->
                new Withdrawal.Kept(
                    NOTHING_TO_WITHDRAW,
                    "there is no " + describe(begin, reason, end) + " to withdraw (iJw TR063)"));
  }

  /**
   * The delivery state the starts and stops in force leave: that of the last one recorded (none:
   * not started). Every line was accepted by {@link Delivery} in its turn, so the last one says
   * where delivery stands (ijw.md §5.5: a withdrawal returns to the previous state).
   */
  static DeliveryState stateOf(List<Event> inForce) {
    if (inForce.isEmpty()) return DeliveryState.NOT_STARTED;
    Event last = inForce.getLast();
    if (last.isStart()) return DeliveryState.STARTED;
    return StopReason.parse(Objects.requireNonNull(last.stopReason())).isTemporary()
        ? DeliveryState.PAUSED
        : DeliveryState.ENDED;
  }

  private static Withdrawal withdrawn(List<Event> inForce, Event gone) {
    return new Withdrawal.Withdrawn(
        gone.id(), stateOf(inForce.stream().filter(e -> e.id() != gone.id()).toList()));
  }

  private static String describe(LocalDate begin, StopReason reason, LocalDate end) {
    return "stop on " + end + " with reason " + reason.code() + " of the start on " + begin;
  }

  private static Optional<Event> start(List<Event> inForce, LocalDate begin) {
    return inForce.stream().filter(e -> e.isStart() && e.date().equals(begin)).findFirst();
  }

  private static Optional<Event> stop(
      List<Event> inForce, LocalDate begin, StopReason reason, LocalDate end) {
    return inForce.stream()
        .filter(
            e ->
                !e.isStart()
                    && begin.equals(e.startDate())
                    && reason.code().equals(e.stopReason())
                    && e.date().equals(end))
        .findFirst();
  }
}
