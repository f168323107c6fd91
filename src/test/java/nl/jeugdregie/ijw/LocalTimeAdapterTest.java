package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Toewijzingstijd and other iJw times are written as xs:time accepts them. */
class LocalTimeAdapterTest {

  private final LocalTimeAdapter adapter = new LocalTimeAdapter();

  @Test
  void aTimeOnTheMinuteKeepsItsSeconds() {
    // LocalTime.toString() would give "10:00", which is not an xs:time
    assertThat(adapter.marshal(LocalTime.of(10, 0))).isEqualTo("10:00:00");
    assertThat(adapter.marshal(LocalTime.of(12, 34, 56))).isEqualTo("12:34:56");
  }

  @Test
  void readsWhatItWrites() {
    LocalTime time = LocalTime.of(8, 5, 0);
    assertThat(adapter.unmarshal(adapter.marshal(time))).isEqualTo(time);
  }
}
