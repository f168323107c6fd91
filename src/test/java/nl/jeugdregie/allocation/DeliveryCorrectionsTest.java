package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.AllocationStore.Event;
import nl.jeugdregie.allocation.DeliveryCorrections.Withdrawal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The keys of start and stop lines against the lines in force (iJw TR063, TR071, TR074). */
class DeliveryCorrectionsTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
  private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

  private static Event start(long id, LocalDate date) {
    return new Event(id, "START", date, null, null, Instant.EPOCH, "t", null);
  }

  private static Event stop(long id, LocalDate begin, String reason, LocalDate date) {
    return new Event(id, "STOP", date, begin, reason, Instant.EPOCH, "t", null);
  }

  private static @Nullable String code(Withdrawal withdrawal) {
    return withdrawal instanceof Withdrawal.Kept kept ? kept.ijwCode() : null;
  }

  @Test
  void aNewStartNeedsANewBegindatum() {
    List<Event> inForce = List.of(start(1, MARCH_1), stop(2, MARCH_1, "20", MARCH_10));
    assertThat(DeliveryCorrections.newStart(inForce, MARCH_1))
        .satisfies(r -> assertThat(r.ijwCode()).isEqualTo("9074"));
    assertThat(DeliveryCorrections.newStart(inForce, MARCH_20)).isNull();
  }

  @Test
  void aNewStopNeedsANewKeyOfBegindatumReasonAndEinddatum() {
    List<Event> inForce = List.of(start(1, MARCH_1), stop(2, MARCH_1, "20", MARCH_10));
    assertThat(DeliveryCorrections.newStop(inForce, MARCH_1, StopReason.TEMPORARY, MARCH_10))
        .satisfies(r -> assertThat(r.ijwCode()).isEqualTo("9074"));
    assertThat(DeliveryCorrections.newStop(inForce, MARCH_1, StopReason.ENDED_AS_PLANNED, MARCH_10))
        .isNull();
    assertThat(DeliveryCorrections.newStop(inForce, MARCH_1, StopReason.TEMPORARY, MARCH_20))
        .isNull();
  }

  @Test
  void withdrawingAStartNeedsThatStart() {
    List<Event> inForce = List.of(start(1, MARCH_1));
    assertThat(code(DeliveryCorrections.withdrawStart(inForce, MARCH_10))).isEqualTo("9063");
    assertThat(DeliveryCorrections.withdrawStart(inForce, MARCH_1))
        .isEqualTo(new Withdrawal.Withdrawn(1, DeliveryState.NOT_STARTED));
  }

  @Test
  void aStartWithAStopInForceCannotBeWithdrawnButOnceTheStopIsGoneItCan() {
    Event started = start(1, MARCH_1);
    List<Event> stopped = List.of(started, stop(2, MARCH_1, "31", MARCH_10));
    Withdrawal refused = DeliveryCorrections.withdrawStart(stopped, MARCH_1);
    assertThat(code(refused)).isEqualTo("9071");
    assertThat(((Withdrawal.Kept) refused).message()).contains("withdraw its stop first");

    // the stop withdrawn (no longer in force): the start may go
    assertThat(DeliveryCorrections.withdrawStart(List.of(started), MARCH_1))
        .isInstanceOf(Withdrawal.Withdrawn.class);
  }

  @Test
  void aStopOfAnEarlierStartDoesNotBlockWithdrawingALaterStart() {
    List<Event> inForce =
        List.of(start(1, MARCH_1), stop(2, MARCH_1, "20", MARCH_10), start(3, MARCH_20));
    assertThat(DeliveryCorrections.withdrawStart(inForce, MARCH_20))
        .isEqualTo(new Withdrawal.Withdrawn(3, DeliveryState.PAUSED));
  }

  @Test
  void withdrawingAStopNeedsItsWholeKeyAndReturnsToTheStateBefore() {
    List<Event> inForce = List.of(start(1, MARCH_1), stop(2, MARCH_1, "20", MARCH_10));
    assertThat(
            code(
                DeliveryCorrections.withdrawStop(
                    inForce, MARCH_1, StopReason.ENDED_AS_PLANNED, MARCH_10)))
        .isEqualTo("9063");
    assertThat(
            code(
                DeliveryCorrections.withdrawStop(inForce, MARCH_1, StopReason.TEMPORARY, MARCH_20)))
        .isEqualTo("9063");
    assertThat(DeliveryCorrections.withdrawStop(inForce, MARCH_1, StopReason.TEMPORARY, MARCH_10))
        .isEqualTo(new Withdrawal.Withdrawn(2, DeliveryState.STARTED));
  }

  @Test
  void theStateIsThatOfTheLastLineInForce() {
    assertThat(DeliveryCorrections.stateOf(List.of())).isEqualTo(DeliveryState.NOT_STARTED);
    assertThat(DeliveryCorrections.stateOf(List.of(start(1, MARCH_1))))
        .isEqualTo(DeliveryState.STARTED);
    assertThat(
            DeliveryCorrections.stateOf(
                List.of(start(1, MARCH_1), stop(2, MARCH_1, "20", MARCH_10))))
        .isEqualTo(DeliveryState.PAUSED);
    assertThat(
            DeliveryCorrections.stateOf(
                List.of(
                    start(1, MARCH_1),
                    stop(2, MARCH_1, "20", MARCH_10),
                    stop(3, MARCH_1, "31", MARCH_20))))
        .isEqualTo(DeliveryState.ENDED);
  }
}
