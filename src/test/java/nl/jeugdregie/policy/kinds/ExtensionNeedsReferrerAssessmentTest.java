package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtensionNeedsReferrerAssessmentTest {

  @ParameterizedTest(name = "{0}, assessed {1}, effect {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          # kind,    assessed, effect,      expected,    mentions
          EXTENSION, false,    REJECT,      REJECT,      no automatic extension|referrer.assessedExtension
          EXTENSION, true,     REJECT,      PASS,
          EXTENSION, false,    INVESTIGATE, INVESTIGATE, referrer.assessedExtension
          EXTENSION, true,     INVESTIGATE, PASS,
          INITIAL,   false,    REJECT,      PASS,
          CHANGE,    false,    REJECT,      PASS,
          """)
  void refusesAnExtensionTheReferrerDidNotAssess(
      RequestKind kind,
      boolean assessed,
      Effect effect,
      String expected,
      @Nullable String mentions) {
    var rule = new ExtensionNeedsReferrerAssessment(effect);

    Verdict verdict =
        rule.judge(Requests.initial().withKind(kind).withAssessedExtension(assessed).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }
}
