package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.DateRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeLimitTest {

  /** Born 2007-06-15: 18 on 2025-06-15. */
  private static final LocalDate BIRTH_DATE = LocalDate.of(2007, 6, 15);

  @ParameterizedTest(name = "age {0}, {1}..{2}, effect {3} -> {4}, ends {5}")
  @CsvSource(
      textBlock =
          """
          # age, start,      end,        effect,      expected,    adjusted end, mentions
          18,    2025-06-14, 2025-06-14, REJECT,      PASS,        ,
          18,    2024-06-15, 2025-06-14, REJECT,      PASS,        ,
          18,    2025-06-14, 2025-06-15, REJECT,      ADJUST,      2025-06-14,   the client turns 18 on 2025-06-15; the period ends on 2025-06-14
          18,    2025-03-10, 2026-03-09, REJECT,      ADJUST,      2025-06-14,   turns 18 on 2025-06-15
          18,    2025-03-10, ,           REJECT,      ADJUST,      2025-06-14,   the period ends on 2025-06-14
          18,    2025-06-15, 2025-12-31, REJECT,      REJECT,      ,             the client is 18 or older on 2025-06-15
          18,    2025-06-16, ,           REJECT,      REJECT,      ,             18 or older on 2025-06-16
          18,    2025-06-15, 2025-12-31, INVESTIGATE, INVESTIGATE, ,             the client is 18 or older on 2025-06-15
          21,    2025-06-15, ,           REJECT,      ADJUST,      2028-06-14,   the client turns 21 on 2028-06-15
          21,    2028-06-14, 2028-06-14, REJECT,      PASS,        ,
          21,    2028-06-15, 2028-06-15, REJECT,      REJECT,      ,             21 or older on 2028-06-15
          """)
  void endsThePeriodTheDayBeforeTheBirthdayAndRefusesFromIt(
      int age,
      LocalDate start,
      @Nullable LocalDate end,
      Effect effect,
      String expected,
      @Nullable LocalDate adjustedEnd,
      @Nullable String mentions) {
    Requests request = Requests.initial().withBirthDate(BIRTH_DATE).withPeriod(start, end);

    Verdict verdict = new AgeLimit(age, effect).judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict))
        .isEqualTo(
            adjustedEnd == null
                ? null
                : request.grant().withPeriod(DateRange.of(start, adjustedEnd)));
  }
}
