package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.allocation.DeliveryStep.Moved;
import nl.jeugdregie.allocation.DeliveryStep.Refused;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DeliveryTest {

  private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

  /** The next state's name when moved, the iJw return code when refused. */
  private static String outcome(DeliveryStep step) {
    return switch (step) {
      case Moved moved -> moved.next().name();
      case Refused refused -> refused.ijwCode();
    };
  }

  @ParameterizedTest(name = "start on {1} while {0} (last stop {2}) → {3}")
  @CsvSource({
    "NOT_STARTED, 2026-03-10,           , STARTED",
    "STARTED,     2026-03-10,           , 9326",
    "STARTED,     2026-03-10, 2026-03-01, 9326",
    "PAUSED,      2026-03-20, 2026-03-10, STARTED",
    "ENDED,       2026-03-20, 2026-03-10, STARTED",
    "PAUSED,      2026-03-10, 2026-03-10, STARTED",
    "ENDED,       2026-03-10, 2026-03-10, STARTED",
    "PAUSED,      2026-03-09, 2026-03-10, 9326",
    "ENDED,       2026-03-09, 2026-03-10, 9326"
  })
  void startsFollowTheStateMachine(
      DeliveryState current, LocalDate date, @Nullable LocalDate lastStop, String expected) {
    assertThat(outcome(Delivery.start(current, date, lastStop))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "stop on {1} for {2} while {0} (start {3}, last stop {4}) → {5}")
  @CsvSource({
    // a first stop after a start
    "STARTED,     2026-03-10, 20, 2026-03-01,           , PAUSED",
    "STARTED,     2026-03-10, 31, 2026-03-01,           , ENDED",
    "STARTED,     2026-03-10, 02, 2026-03-01,           , ENDED",
    "STARTED,     2026-03-01, 31, 2026-03-01,           , ENDED",
    "STARTED,     2026-02-28, 31, 2026-03-01,           , 9069",
    "STARTED,     2026-02-28, 20, 2026-03-01,           , 9069",
    // no start
    "NOT_STARTED, 2026-03-10, 31,           ,           , 9069",
    "NOT_STARTED, 2026-03-10, 20,           ,           , 9069",
    // after a temporary stop
    "PAUSED,      2026-03-20, 20, 2026-03-01, 2026-03-10, 9413",
    "PAUSED,      2026-03-10, 20, 2026-03-01, 2026-03-10, 9413",
    "PAUSED,      2026-03-09, 31, 2026-03-01, 2026-03-10, 9414",
    "PAUSED,      2026-03-10, 31, 2026-03-01, 2026-03-10, ENDED",
    "PAUSED,      2026-03-20, 37, 2026-03-01, 2026-03-10, ENDED",
    // after a definitive stop
    "ENDED,       2026-03-20, 31, 2026-03-01, 2026-03-10, 9415",
    "ENDED,       2026-03-20, 20, 2026-03-01, 2026-03-10, 9415",
    "ENDED,       2026-03-10, 31, 2026-03-01, 2026-03-10, 9415",
    // a new start after a temporary stop opens a new round
    "STARTED,     2026-04-10, 20, 2026-04-01, 2026-03-10, PAUSED",
    "STARTED,     2026-04-10, 33, 2026-04-01, 2026-03-10, ENDED",
    "STARTED,     2026-03-20, 31, 2026-04-01, 2026-03-10, 9069"
  })
  void stopsFollowTheStateMachine(
      DeliveryState current,
      LocalDate date,
      String reason,
      @Nullable LocalDate lastStart,
      @Nullable LocalDate lastStop,
      String expected) {
    DeliveryStep step = Delivery.stop(current, date, StopReason.parse(reason), lastStart, lastStop);
    assertThat(outcome(step)).isEqualTo(expected);
  }

  @Test
  void refusesASecondTemporaryStop() {
    DeliveryStep step =
        Delivery.stop(
            DeliveryState.PAUSED,
            MARCH_10.plusDays(5),
            StopReason.TEMPORARY,
            MARCH_10.minusDays(9),
            MARCH_10);
    assertThat(step).isInstanceOf(Refused.class);
    Refused refused = (Refused) step;
    assertThat(refused.ijwCode()).isEqualTo("9413");
    assertThat(refused.message()).contains("temporary stop").contains("TR413");
  }

  @Test
  void acceptsADefinitiveStopOnTheSameDateAsTheTemporaryStop() {
    assertThat(
            Delivery.stop(
                DeliveryState.PAUSED,
                MARCH_10,
                StopReason.ENDED_AS_PLANNED,
                MARCH_10.minusDays(9),
                MARCH_10))
        .isEqualTo(new Moved(DeliveryState.ENDED));
  }

  @Test
  void refusesADefinitiveStopBeforeTheTemporaryStopNamingBothDates() {
    DeliveryStep step =
        Delivery.stop(
            DeliveryState.PAUSED,
            MARCH_10.minusDays(1),
            StopReason.ENDED_EARLY_BY_CLIENT,
            MARCH_10.minusDays(9),
            MARCH_10);
    assertThat(step).isInstanceOf(Refused.class);
    assertThat(((Refused) step).message()).contains("2026-03-09").contains("2026-03-10");
  }

  @Test
  void refusesAStopBeforeTheStartWithAClearMessage() {
    DeliveryStep step =
        Delivery.stop(
            DeliveryState.STARTED,
            MARCH_10.minusDays(1),
            StopReason.ENDED_AS_PLANNED,
            MARCH_10,
            null);
    assertThat(step).isInstanceOf(Refused.class);
    Refused refused = (Refused) step;
    assertThat(refused.ijwCode()).isEqualTo("9069");
    assertThat(refused.message()).contains("before the current start on 2026-03-10");
  }

  @Test
  void refusesAStartWhileStartedBecauseDeliveryHasNotBeenStopped() {
    DeliveryStep step = Delivery.start(DeliveryState.STARTED, MARCH_10, null);
    assertThat(step).isInstanceOf(Refused.class);
    assertThat(((Refused) step).message()).contains("has not been stopped");
  }

  @ParameterizedTest
  @EnumSource(StopReason.class)
  void everyReasonButTemporaryEndsDeliveryFromStarted(StopReason reason) {
    DeliveryStep step = Delivery.stop(DeliveryState.STARTED, MARCH_10, reason, MARCH_10, null);
    DeliveryState expected = reason.isTemporary() ? DeliveryState.PAUSED : DeliveryState.ENDED;
    assertThat(step).isEqualTo(new Moved(expected));
  }

  @ParameterizedTest
  @EnumSource(StopReason.class)
  void anyStopAfterADefinitiveStopIsRefusedWith9415(StopReason reason) {
    assertThat(outcome(Delivery.stop(DeliveryState.ENDED, MARCH_10, reason, MARCH_10, MARCH_10)))
        .isEqualTo("9415");
  }

  @ParameterizedTest(name = "stop of the start on {0} while {1} (current start {2}) → {3}")
  @CsvSource({
    // the stop names the current start: the state machine decides
    "2026-03-01, STARTED, 2026-03-01, ENDED",
    "2026-03-01, ENDED,   2026-03-01, 9415",
    // it names another start: there is no current start with that key (TR382)
    "2026-02-01, STARTED, 2026-03-01, 9069",
    "2026-02-01, PAUSED,  2026-03-01, 9069",
    "2026-03-01, NOT_STARTED,       , 9069"
  })
  void aStopNamesTheCurrentStart(
      LocalDate startDate, DeliveryState current, @Nullable LocalDate lastStart, String expected) {
    DeliveryStep step =
        Delivery.stopOf(
            startDate,
            current,
            MARCH_10,
            StopReason.ENDED_AS_PLANNED,
            lastStart,
            MARCH_10.minusDays(9));
    assertThat(outcome(step)).isEqualTo(expected);
  }

  @Test
  void aStopOfAnotherStartSaysWhichStartIsCurrent() {
    DeliveryStep step =
        Delivery.stopOf(
            MARCH_10.minusDays(30),
            DeliveryState.STARTED,
            MARCH_10,
            StopReason.TEMPORARY,
            MARCH_10.minusDays(9),
            null);
    assertThat(((Refused) step).message()).contains("2026-02-08", "2026-03-01", "TR382");
  }
}
