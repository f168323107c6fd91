package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtensionNotAboveCurrentLevelTest {

  @ParameterizedTest(name = "{0} at level {1}, current {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # kind,    asked, current, expected,    mentions
          EXTENSION, 2,     2,       PASS,
          EXTENSION, 1,     2,       PASS,
          EXTENSION, 3,     2,       REJECT,      higher level (3) than the current allocation (2)
          EXTENSION, 2,     1,       REJECT,      higher level (2) than the current allocation (1)
          EXTENSION, ,      2,       PASS,
          EXTENSION, 1,     ,        INVESTIGATE, level of the allocation being extended is unknown|current.level
          EXTENSION, ,      ,        INVESTIGATE, current.level
          INITIAL,   3,     ,        PASS,
          CHANGE,    3,     2,       PASS,
          """)
  void refusesAnExtensionAboveTheCurrentLevel(
      RequestKind kind,
      @Nullable Integer asked,
      @Nullable Integer current,
      String expected,
      @Nullable String mentions) {
    Verdict verdict =
        new ExtensionNotAboveCurrentLevel()
            .judge(
                Requests.initial()
                    .withKind(kind)
                    .withLevel(asked)
                    .withCurrentLevel(current)
                    .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
