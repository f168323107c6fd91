package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetroactiveRequestWindowTest {

  /** IJsselland crisis follow-up: the request within 3 working days. */
  private static final RetroactiveRequestWindow THREE_DAYS =
      new RetroactiveRequestWindow(3, Effect.INVESTIGATE);

  @ParameterizedTest(name = "care from {0}, received {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          # care start,            received,   expected,    mentions
          # a weekend: Thu 6 March, Fri 7 (1), Mon 10 (2), Tue 11 (3), Wed 12 (4)
          2025-03-06,              2025-03-11, PASS,
          2025-03-06,              2025-03-12, INVESTIGATE, 'care started on 2025-03-06; the request had to follow within 3 working days (by 2025-03-11), it came on 2025-03-12'
          # care starting on a Saturday: Mon 10 (1), Tue 11 (2), Wed 12 (3)
          2025-03-08,              2025-03-12, PASS,
          2025-03-08,              2025-03-13, INVESTIGATE, '(by 2025-03-12), it came on 2025-03-13'
          # Easter Monday 21 April 2025 and a weekend: Fri 18 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4)
          2025-04-17,              2025-04-23, PASS,
          2025-04-17,              2025-04-24, INVESTIGATE, 'care started on 2025-04-17|within 3 working days (by 2025-04-23), it came on 2025-04-24'
          # Liberation Day, Monday 5 May 2025: Tue 6 (1), Wed 7 (2), Thu 8 (3)
          2025-05-02,              2025-05-08, PASS,
          2025-05-02,              2025-05-09, INVESTIGATE, (by 2025-05-08)
          # Ascension Day, Thursday 29 May 2025: Fri 30 (1), Mon 2 June (2), Tue 3 June (3)
          2025-05-28,              2025-06-03, PASS,
          2025-05-28,              2025-06-04, INVESTIGATE, (by 2025-06-03)
          # Whit Monday, 9 June 2025: Tue 10 (1), Wed 11 (2), Thu 12 (3)
          2025-06-06,              2025-06-12, PASS,
          2025-06-06,              2025-06-13, INVESTIGATE, (by 2025-06-12)
          # Koningsdag, Monday 27 April 2026: Tue 28 (1), Wed 29 (2), Thu 30 (3)
          2026-04-24,              2026-04-30, PASS,
          2026-04-24,              2026-05-01, INVESTIGATE, (by 2026-04-30)
          # Christmas and Boxing Day 2025 and a weekend: Wed 24 (1), Mon 29 (2), Tue 30 (3)
          2025-12-23,              2025-12-30, PASS,
          2025-12-23,              2025-12-31, INVESTIGATE, (by 2025-12-30)
          # Nieuwjaarsdag 2026: Wed 31 (1), Fri 2 (2), Mon 5 (3)
          2025-12-30,              2026-01-05, PASS,
          2025-12-30,              2026-01-06, INVESTIGATE, (by 2026-01-05)
          # not retroactive: care starts on or after the day the request arrives
          2025-03-03,              2025-03-03, PASS,
          2025-03-04,              2025-03-03, PASS,
          """)
  void allowsARetroactiveRequestWithinThreeWorkingDaysAcrossWeekendsAndHolidays(
      LocalDate careStart, LocalDate received, String expected, @Nullable String mentions) {
    Verdict verdict =
        THREE_DAYS.judge(
            Requests.initial()
                .receivedOn(received)
                .withPeriod(careStart, careStart.plusMonths(3))
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "period from {0}, care started {1}, received {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # period start, care started, received,   expected,    mentions
          2025-04-24,     2025-04-17,   2025-04-24, INVESTIGATE, care started on 2025-04-17|(by 2025-04-23)
          2025-04-24,     2025-04-17,   2025-04-23, PASS,
          2025-04-17,     2025-04-24,   2025-04-24, PASS,
          """)
  void countsFromTheStatedCareStartBeforeThePeriodStart(
      LocalDate periodStart,
      LocalDate careStarted,
      LocalDate received,
      String expected,
      @Nullable String mentions) {
    Verdict verdict =
        THREE_DAYS.judge(
            Requests.initial()
                .receivedOn(received)
                .withPeriod(periodStart, periodStart.plusMonths(3))
                .withCareStartedOn(careStarted)
                .toCase());

    assertVerdict(verdict, expected, mentions);
  }

  @ParameterizedTest(name = "{0} working days, effect {1}, received {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # care started on Friday 2025-03-07
          # days, effect,      received,   expected,    mentions
          0,      REJECT,      2025-03-07, PASS,
          0,      REJECT,      2025-03-08, REJECT,      within 0 working days (by 2025-03-07)
          1,      REJECT,      2025-03-10, PASS,
          1,      REJECT,      2025-03-11, REJECT,      within 1 working days (by 2025-03-10)
          5,      INVESTIGATE, 2025-03-14, PASS,
          5,      INVESTIGATE, 2025-03-17, INVESTIGATE, within 5 working days (by 2025-03-14)
          """)
  void usesTheWindowAndEffectOfThePack(
      int workingDays,
      Effect effect,
      LocalDate received,
      String expected,
      @Nullable String mentions) {
    LocalDate friday = LocalDate.of(2025, 3, 7);

    Verdict verdict =
        new RetroactiveRequestWindow(workingDays, effect)
            .judge(
                Requests.initial()
                    .receivedOn(received)
                    .withPeriod(friday, friday.plusMonths(3))
                    .toCase());

    assertVerdict(verdict, expected, mentions);
  }
}
