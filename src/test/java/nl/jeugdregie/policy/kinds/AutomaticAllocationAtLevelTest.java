package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Grant;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutomaticAllocationAtLevelTest {

  private static final Set<ReferrerType> MEDICAL =
      Set.of(ReferrerType.GP, ReferrerType.YOUTH_DOCTOR, ReferrerType.MEDICAL_SPECIALIST);

  @ParameterizedTest(name = "{0} asking level {1} -> {2}, level {3}")
  @CsvSource(
      textBlock =
          """
          # referrer,         asked, expected, granted level, mentions
          GP,                 ,      INFO,     2,             automatic allocation at level 2
          GP,                 0,     INFO,     2,             level 2
          GP,                 1,     INFO,     2,             level 2
          YOUTH_DOCTOR,       2,     INFO,     2,             level 2
          MEDICAL_SPECIALIST, 3,     PASS,     ,
          GP,                 6,     PASS,     ,
          """)
  void allocatesTheListedReferrersAtTheLevelUnlessAHigherOneIsAsked(
      ReferrerType referrer,
      @Nullable Integer asked,
      String expected,
      @Nullable Integer grantedLevel,
      @Nullable String mentions) {
    var rule = new AutomaticAllocationAtLevel(2, MEDICAL, Effect.INVESTIGATE);
    Requests request = Requests.initial().referredBy(referrer).withLevel(asked);

    Verdict verdict = rule.judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    if (grantedLevel == null) {
      assertThat(adjustedBy(verdict)).isNull();
    } else {
      assertThat(adjustedBy(verdict)).isEqualTo(request.grant().withLevel(grantedLevel));
    }
  }

  @ParameterizedTest(name = "{0} with otherwise {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          MUNICIPALITY,          INVESTIGATE, INVESTIGATE, 'no automatic allocation for a referral by MUNICIPALITY (01)|automatic only for GP (02), YOUTH_DOCTOR (03), MEDICAL_SPECIALIST (05)'
          CERTIFIED_INSTITUTION, INVESTIGATE, INVESTIGATE, CERTIFIED_INSTITUTION (04)
          NONE,                  REJECT,      REJECT,      no automatic allocation for a referral by NONE (06)
          """)
  void givesOtherReferrersTheOtherwiseEffectWithoutALevel(
      ReferrerType referrer, Effect otherwise, String expected, String mentions) {
    var rule = new AutomaticAllocationAtLevel(2, MEDICAL, otherwise);

    Verdict verdict = rule.judge(Requests.initial().referredBy(referrer).withLevel(1).toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "grant at level {0} (request asked {1}) -> {2}")
  @CsvSource(
      textBlock =
          """
          # the level earlier rules left in the grant counts, not the one asked
          1, 3, INFO, 2
          3, 1, PASS,
          """)
  void readsTheLevelFromTheGrantAsEarlierRulesLeftIt(
      int grantLevel, int askedLevel, String expected, @Nullable Integer grantedLevel) {
    var rule = new AutomaticAllocationAtLevel(2, MEDICAL, Effect.INVESTIGATE);
    Requests request = Requests.initial().withLevel(askedLevel);
    Grant grant = request.grant().withLevel(grantLevel);

    Verdict verdict = rule.judge(request.withGrant(grant).toCase());

    assertVerdict(verdict, expected, null);
    assertThat(adjustedBy(verdict))
        .isEqualTo(grantedLevel == null ? null : grant.withLevel(grantedLevel));
  }
}
