package nl.jeugdregie.allocation;

import java.time.LocalDate;
import nl.jeugdregie.allocation.DeliveryStep.Moved;
import nl.jeugdregie.allocation.DeliveryStep.Refused;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * The start/stop state machine of one allocated product (ijw.md 2.5 and 5.5): start (JW305) and
 * stop (JW307) of delivery, each accepted as a move to the next {@link DeliveryState} or refused
 * with its iJw return code.
 *
 * <ul>
 *   <li>iJw OP289, TR326 → 9326: one current start per allocated product; a start while started is
 *       refused.
 *   <li>iJw OP379: a new start is allowed after a temporary or a definitive stop.
 *   <li>iJw OP072, TR382 → 9069: a stop only after a start, and a stop that names its start (JW307
 *       Begindatum) names the current one: it copies the key of that start.
 *   <li>iJw OP377/OP378, TR413 → 9413: after a temporary stop (JZ588 20) without a new start only a
 *       definitive stop may follow.
 *   <li>iJw TR414 → 9414: that definitive stop's date is not before the temporary stop's date
 *       (equal is allowed since iJw 3.2).
 *   <li>iJw TR415 → 9415: no stop after a definitive stop.
 * </ul>
 *
 * Two refusals are this system's choice, documented here because iJw checks them inside one message
 * (TR018, return code 0001) rather than against the history: a stop dated before the current start
 * is refused with 9069 (on that date there was no current start to stop), and a new start dated
 * before the last stop is refused with 9326 (on that date delivery had not yet been stopped). A
 * start on the day of the last stop and a stop on the day of the start are accepted: iJw leaves the
 * meaning of the dates to provider and municipality (OP270).
 *
 * <p>Start and stop are informational (regieberichten): they are never a condition for payment, and
 * a declaration may not be rejected for a missing or late start or stop or for their dates (iJw
 * OP364).
 */
@IjwRules({"TR326", "TR382", "TR413", "TR414", "TR415"})
public final class Delivery {

  /** WJ001 9326: actuele levering nog niet gestopt (TR326). */
  static final String NOT_STOPPED = "9326";

  /** WJ001 9069: geen actueel startbericht met dezelfde sleutel (TR382). */
  static final String NO_CURRENT_START = "9069";

  /** WJ001 9413: tijdelijke stop na tijdelijke stop (TR413). */
  static final String TEMPORARY_AFTER_TEMPORARY = "9413";

  /** WJ001 9414: einddatum voor einddatum actuele (tijdelijke) stop (TR414). */
  static final String BEFORE_TEMPORARY_STOP = "9414";

  /** WJ001 9415: er is al een definitieve stop (TR415). */
  static final String ALREADY_ENDED = "9415";

  private Delivery() {}

  /**
   * A start of delivery on {@code date} (JW305 Begindatum); {@code lastStopDate} is the end date of
   * the latest stop, null when delivery was never stopped.
   */
  public static DeliveryStep start(
      DeliveryState current, LocalDate date, @Nullable LocalDate lastStopDate) {
    return switch (current) {
      case NOT_STARTED -> new Moved(DeliveryState.STARTED);
      case STARTED ->
          new Refused(
              NOT_STOPPED,
              "delivery has not been stopped: there is already a current start (iJw TR326)");
      case PAUSED, ENDED -> {
        if (lastStopDate != null && date.isBefore(lastStopDate)) {
          yield new Refused(
              NOT_STOPPED,
              "delivery has not been stopped on "
                  + date
                  + ": the last stop is dated "
                  + lastStopDate
                  + "; a new start may not be before it (iJw TR326, OP379)");
        }
        yield new Moved(DeliveryState.STARTED);
      }
    };
  }

  /**
   * A stop of delivery on {@code date} (JW307 Einddatum) for {@code reason}; {@code lastStartDate}
   * is the date of the current (latest) start and {@code lastStopDate} the end date of the latest
   * stop, each null when there is none.
   */
  public static DeliveryStep stop(
      DeliveryState current,
      LocalDate date,
      StopReason reason,
      @Nullable LocalDate lastStartDate,
      @Nullable LocalDate lastStopDate) {
    return switch (current) {
      case NOT_STARTED ->
          new Refused(
              NO_CURRENT_START,
              "there is no current start to stop: delivery has not started (iJw OP072, TR382)");
      case ENDED ->
          new Refused(
              ALREADY_ENDED,
              "delivery has already been stopped definitively; only a new start may follow (iJw"
                  + " TR415, OP379)");
      case PAUSED -> {
        if (reason.isTemporary()) {
          yield new Refused(
              TEMPORARY_AFTER_TEMPORARY,
              "a temporary stop may not follow a temporary stop; send a new start or a definitive"
                  + " stop (iJw TR413, OP377)");
        }
        if (lastStopDate != null && date.isBefore(lastStopDate)) {
          yield new Refused(
              BEFORE_TEMPORARY_STOP,
              "the definitive stop on "
                  + date
                  + " is before the temporary stop on "
                  + lastStopDate
                  + " (iJw TR414; the same date is allowed)");
        }
        yield stopAfterStart(date, reason, lastStartDate);
      }
      case STARTED -> stopAfterStart(date, reason, lastStartDate);
    };
  }

  /**
   * A stop of the start on {@code startDate} (JW307 Begindatum), as {@link #stop} otherwise: the
   * start it names must be the current (latest) start, {@code lastStartDate} (iJw TR382 → 9069).
   */
  public static DeliveryStep stopOf(
      LocalDate startDate,
      DeliveryState current,
      LocalDate date,
      StopReason reason,
      @Nullable LocalDate lastStartDate,
      @Nullable LocalDate lastStopDate) {
    if (lastStartDate != null && !startDate.equals(lastStartDate)) {
      return new Refused(
          NO_CURRENT_START,
          "the stop names the start on "
              + startDate
              + ", but the current start is that on "
              + lastStartDate
              + " (iJw TR382: a stop copies the key of the current start)");
    }
    return stop(current, date, reason, lastStartDate, lastStopDate);
  }

  private static DeliveryStep stopAfterStart(
      LocalDate date, StopReason reason, @Nullable LocalDate lastStartDate) {
    if (lastStartDate != null && date.isBefore(lastStartDate)) {
      return new Refused(
          NO_CURRENT_START,
          "the stop on "
              + date
              + " is before the current start on "
              + lastStartDate
              + ": there was no current start to stop on that date (iJw TR382, TR018)");
    }
    return new Moved(reason.isTemporary() ? DeliveryState.PAUSED : DeliveryState.ENDED);
  }
}
