package nl.jeugdregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Which month the start loads: the last complete calendar month before today in the Netherlands,
 * unless {@code jeugdregie.demo.month} pins one.
 */
class DemoMonthClockTest {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private static YearMonth at(String instant, String month) {
    return DemoMonth.resolve(month, Clock.fixed(Instant.parse(instant), NL));
  }

  @Test
  void withoutAMonthSetTheDemoMonthIsTheLastCompleteMonthBeforeToday() {
    assertThat(at("2026-12-04T19:00:00Z", "")).isEqualTo(YearMonth.of(2026, 11));
    assertThat(at("2027-01-01T08:00:00Z", " ")).isEqualTo(YearMonth.of(2026, 12));
    assertThat(at("2026-03-31T12:00:00Z", "")).isEqualTo(YearMonth.of(2026, 2));
  }

  @Test
  void todayIsTakenInTheNetherlands() {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time, UTC+2)
    assertThat(at("2026-03-31T23:30:00Z", "")).isEqualTo(YearMonth.of(2026, 3));
  }

  @Test
  void aMonthSetIsLoadedWhateverTheClockSays() {
    assertThat(at("2026-12-04T19:00:00Z", "2025-03")).isEqualTo(YearMonth.of(2025, 3));
  }
}
