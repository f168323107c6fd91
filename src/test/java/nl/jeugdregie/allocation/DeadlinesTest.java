package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

  @ParameterizedTest(name = "received {0} → answer due {1}")
  @CsvSource({
    // an ordinary week: Monday to Monday
    "2026-03-09, 2026-03-16",
    // received on a Saturday: counting starts on Monday
    "2026-03-07, 2026-03-13",
    // Easter 2026: Good Friday 3 April counts, Easter Monday 6 April does not
    "2026-04-02, 2026-04-10",
    // King's Day, Monday 27 April 2026
    "2026-04-24, 2026-05-04",
    // King's Day 2026 and Liberation Day, Tuesday 5 May
    "2026-04-29, 2026-05-07",
    // Christmas 2025 (Thursday, Friday) and New Year's Day 2026 (Thursday)
    "2025-12-23, 2026-01-02",
    // Ascension Day, Thursday 14 May 2026
    "2026-05-11, 2026-05-19"
  })
  void answersAreDueFiveWorkingDaysAfterReceipt(LocalDate received, LocalDate due) {
    assertThat(Deadlines.answerDue(received)).isEqualTo(due);
  }

  @ParameterizedTest(name = "actual start or end {0} → message due {1}")
  @CsvSource({"2026-04-02, 2026-04-10", "2025-12-24, 2026-01-05", "2026-03-06, 2026-03-13"})
  void startAndStopMessagesAreDueFiveWorkingDaysAfterTheActualDate(
      LocalDate actual, LocalDate due) {
    assertThat(Deadlines.startMessageDue(actual)).isEqualTo(due);
    assertThat(Deadlines.stopMessageDue(actual)).isEqualTo(due);
  }

  @ParameterizedTest(name = "request dated {0} → final answer due {1}")
  @CsvSource({
    "2026-01-15, 2026-03-12",
    // leap year: 8 weeks are 56 days including 29 February
    "2028-01-10, 2028-03-06",
    // calendar weeks: holidays do not move it, and it may fall on a Sunday
    "2026-03-01, 2026-04-26"
  })
  void investigationsAreDueEightCalendarWeeksAfterTheRequestDate(
      LocalDate requestDate, LocalDate due) {
    assertThat(Deadlines.investigationDue(requestDate)).isEqualTo(due);
  }

  @ParameterizedTest(name = "due {0}, today {1} → overdue {2}")
  @CsvSource({
    "2026-04-10, 2026-04-09, false",
    "2026-04-10, 2026-04-10, false",
    "2026-04-10, 2026-04-11, true",
    "2025-12-31, 2026-01-01, true"
  })
  void aDeadlineIsOverdueOnlyAfterItsDueDate(LocalDate due, LocalDate today, boolean overdue) {
    assertThat(Deadlines.isOverdue(due, today)).isEqualTo(overdue);
  }
}
