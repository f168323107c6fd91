package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaximumSessionsTest {

  @ParameterizedTest(name = "{0} sessions, effect {1} -> {2}, sessions {3}")
  @CsvSource(
      textBlock =
          """
          # sessions, effect,      expected,    granted sessions, mentions
          ,           ADJUST,      PASS,        ,
          0,          ADJUST,      PASS,        ,
          24,         ADJUST,      PASS,        ,
          25,         ADJUST,      ADJUST,      24,               25 sessions asked; at most 24
          100,        ADJUST,      ADJUST,      24,               100 sessions asked; at most 24
          24,         REJECT,      PASS,        ,
          25,         REJECT,      REJECT,      ,                 25 sessions asked; at most 24
          25,         INVESTIGATE, INVESTIGATE, ,                 25 sessions asked; at most 24
          """)
  void capsTheSessionsAtTheMaximum(
      @Nullable Integer sessions,
      Effect effect,
      String expected,
      @Nullable Integer grantedSessions,
      @Nullable String mentions) {
    var rule = new MaximumSessions(24, effect);
    Requests request = Requests.initial().withSessions(sessions);

    Verdict verdict = rule.judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict))
        .isEqualTo(grantedSessions == null ? null : request.grant().withSessions(grantedSessions));
  }

  @ParameterizedTest(name = "grant {0} sessions (asked 30) -> {1}")
  @CsvSource(
      textBlock =
          """
          24, PASS,
          25, ADJUST, 25 sessions asked; at most 24
          """)
  void capsTheSessionsOfTheGrantAsEarlierRulesLeftIt(
      int grantSessions, String expected, @Nullable String mentions) {
    Requests request = Requests.initial().withSessions(30);
    Requests adjusted = request.withGrant(request.grant().withSessions(grantSessions));

    Verdict verdict = new MaximumSessions(24, Effect.ADJUST).judge(adjusted.toCase());

    assertVerdict(verdict, expected, mentions);
  }
}
