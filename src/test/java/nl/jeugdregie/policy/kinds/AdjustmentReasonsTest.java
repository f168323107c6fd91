package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdjustmentReasonsTest {

  /** IJsselland: reasons 1-4; 1 only before care starts; 2 at the latest 6 months after. */
  private static final AdjustmentReasons RULE =
      new AdjustmentReasons(Set.of(1, 2, 3, 4), Set.of(1), Map.of(2, 6L));

  @ParameterizedTest(name = "reason {0} -> {1}")
  @CsvSource(
      textBlock =
          """
          # reason, expected, mentions
          ,         REJECT,   'one of the reasons [1, 2, 3, 4] (change.reason), got null'
          0,        REJECT,   'one of the reasons [1, 2, 3, 4]|got 0'
          5,        REJECT,   got 5
          1,        PASS,
          4,        PASS,
          """)
  void refusesAReasonThatIsNotAllowed(
      @Nullable Integer reason, String expected, @Nullable String mentions) {
    Verdict verdict = RULE.judge(Requests.change().withChangeReason(reason).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "reason {0}, care started {1}, received {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # reason, care started, received,   expected, mentions
          1,        ,             2025-03-03, PASS,
          1,        2025-03-04,   2025-03-03, PASS,
          1,        2025-03-03,   2025-03-03, REJECT,   reason 1 can only be given before care starts; care started on 2025-03-03
          1,        2025-03-02,   2025-03-03, REJECT,   reason 1|2025-03-02
          2,        2024-09-03,   2025-03-03, PASS,
          2,        2024-09-03,   2025-03-04, REJECT,   reason 2 must be given at the latest 6 months after care started (2025-03-03)
          2,        2024-08-31,   2025-02-28, PASS,
          2,        2024-08-31,   2025-03-01, REJECT,   6 months|(2025-02-28)
          3,        2020-01-01,   2025-03-03, PASS,
          4,        2025-03-03,   2025-03-03, PASS,
          """)
  void refusesAReasonOutsideItsTimeWindow(
      int reason,
      @Nullable LocalDate careStarted,
      LocalDate received,
      String expected,
      @Nullable String mentions) {
    Verdict verdict =
        RULE.judge(
            Requests.change()
                .withChangeReason(reason)
                .withCareStartedOn(careStarted)
                .receivedOn(received)
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
