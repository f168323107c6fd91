package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.jeugdregie.policy.Evidence;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffectiveInterventionsOnlyTest {

  @ParameterizedTest(name = "{0} referred by {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          # evidence,       referrer,     expected,    mentions
          ,                 GP,           PASS,
          PROVEN,           GP,           PASS,
          INEFFECTIVE,      MUNICIPALITY, REJECT,      an intervention proven ineffective is not paid
          OUTSIDE_JEUGDWET, MUNICIPALITY, REJECT,      help outside the Jeugdwet is not paid
          UNPROVEN,         MUNICIPALITY, INFO,        'an unproven intervention, referred by MUNICIPALITY (01)'
          UNPROVEN,         GP,           INVESTIGATE, an unproven intervention needs the local team
          UNPROVEN,         JUDGE,        INVESTIGATE, consent
          """)
  void paysOnlyEffectiveInterventionsAndUnprovenOnesWithConsent(
      @Nullable Evidence evidence,
      ReferrerType referrer,
      String expected,
      @Nullable String mentions) {
    var rule = new EffectiveInterventionsOnly(Set.of(ReferrerType.MUNICIPALITY));

    Verdict verdict =
        rule.judge(Requests.initial().withEvidence(evidence).referredBy(referrer).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "{0} without anyone to consent -> {1}")
  @CsvSource(
      textBlock =
          """
          UNPROVEN,    INVESTIGATE
          PROVEN,      PASS
          INEFFECTIVE, REJECT
          """)
  void sendsEveryUnprovenInterventionToTheMunicipalityWhenNobodyMayConsent(
      Evidence evidence, String expected) {
    Verdict verdict =
        new EffectiveInterventionsOnly(Set.of())
            .judge(
                Requests.initial()
                    .withEvidence(evidence)
                    .referredBy(ReferrerType.MUNICIPALITY)
                    .toCase());

    assertVerdict(verdict, expected, null);
  }
}
