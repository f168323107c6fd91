package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HigherLevelNeedsCheckTest {

  @ParameterizedTest(name = "level {0}, extra check {1} -> {2}, level {3}")
  @CsvSource(
      textBlock =
          """
          # level, extra check, expected, adjusted level, mentions
          ,        false,       PASS,     ,
          1,       false,       PASS,     ,
          1,       true,        PASS,     ,
          2,       false,       ADJUST,   1,              level 2 needs the POH Jeugd|allocated at level 1
          3,       false,       ADJUST,   1,              level 3 needs|allocated at level 1
          2,       true,        INFO,     ,               level 2 after the extra check
          3,       true,        INFO,     ,               level 3 after the extra check
          """)
  void adjustsALevelAboveTheMaximumDownWithoutTheExtraCheck(
      @Nullable Integer level,
      boolean extraCheck,
      String expected,
      @Nullable Integer adjustedLevel,
      @Nullable String mentions) {
    var rule = new HigherLevelNeedsCheck(1);
    Requests request = Requests.initial().withLevel(level).withExtraCheck(extraCheck);

    Verdict verdict = rule.judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict))
        .isEqualTo(adjustedLevel == null ? null : request.grant().withLevel(adjustedLevel));
  }

  @ParameterizedTest(name = "grant level {0} (asked 1) -> {1}")
  @CsvSource(
      textBlock =
          """
          2, ADJUST, 'level 2 needs|allocated at level 1'
          1, PASS,
          """)
  void judgesTheLevelOfTheGrantNotOfTheRequest(
      int grantLevel, String expected, @Nullable String mentions) {
    Requests request = Requests.initial().withLevel(1);

    Verdict verdict =
        new HigherLevelNeedsCheck(1)
            .judge(request.withGrant(request.grant().withLevel(grantLevel)).toCase());

    assertVerdict(verdict, expected, mentions);
  }
}
