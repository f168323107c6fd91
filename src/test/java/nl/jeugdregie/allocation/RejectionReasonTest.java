package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jeugdregie.policy.PolicyEngine;
import nl.jeugdregie.policy.kinds.RuleKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RejectionReasonTest {

  @ParameterizedTest(name = "{0} is WJ759 {1}")
  @CsvSource({
    "NOT_A_CHANGE_BUT_NEW_REQUEST, 1",
    "NOT_WITHIN_BUDGET, 2",
    "NO_CONTRACT, 3",
    "NOT_WITHIN_CONTRACT, 4",
    "OTHER_MUNICIPALITY, 5",
    "STACKING, 6",
    "CARE_CONTENT, 7",
    "PLACE_OF_RESIDENCE, 8",
    "AGE_LIMIT, 9"
  })
  void theCodesAreThoseOfWj759(RejectionReason reason, int code) {
    assertThat(reason.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @EnumSource(RejectionReason.class)
  void everyValueParsesBackFromItsCodeAndItsName(RejectionReason reason) {
    assertThat(RejectionReason.parse(Integer.toString(reason.code()))).isEqualTo(reason);
    assertThat(RejectionReason.parse("0" + reason.code())).isEqualTo(reason);
    assertThat(RejectionReason.parse(reason.name().toLowerCase(java.util.Locale.ROOT)))
        .isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "10", "AFWIJZING", ""})
  void parseRejectsWhatIsNotAWj759Value(String text) {
    assertThatThrownBy(() -> RejectionReason.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RejectionReason");
  }

  @ParameterizedTest(name = "rule {0} of kind {1} → WJ759 {2}")
  @CsvSource({
    "R-GEN-1, '', 5",
    "R-GEN-2, '', 3",
    "R-GEN-1, AgeLimit, 5",
    "R-IJS-3, AgeLimit, 9",
    "R-X, BudgetWithinLevel, 2",
    "R-X, BudgetAmountRequired, 2",
    "R-X, BudgetKindRequired, 2",
    "R-X, SignalBudget, 2",
    "R-X, OnlyTheseReferrersFor, 4",
    "R-X, ReferrerBudgetRoute, 4",
    "R-X, MaximumPeriod, 4",
    "R-X, MaximumTotalVolume, 4",
    "R-X, MaximumSessions, 4",
    "R-X, RetroactiveRequestWindow, 4",
    "R-X, ReferralLetterValidity, 4",
    "R-X, ReferralSingleUse, 4",
    "R-X, AutomaticAllocationAtLevel, 4",
    "R-X, ExtensionNeedsReferrerAssessment, 4",
    "R-X, ExtensionNotAboveCurrentLevel, 4",
    "R-X, AdjustmentReasons, 4",
    "R-X, VolumeThresholdRoutesToInvestigation, 4",
    "R-X, HigherLevelNeedsCheck, 4",
    "R-X, EffectiveInterventionsOnly, 7",
    "R-X, MaatwerkOnlyWhenComplex, 7",
    "R-X, MunicipalityJudges, 7",
    "R-X, UsageSignal, 7",
    "R-X, SomeFutureKind, 7"
  })
  void mapsAnEngineReasonToItsWj759Code(String ruleId, String kind, int expected) {
    assertThat(RejectionReason.forRule(ruleId, kind).code()).isEqualTo(expected);
  }

  @Test
  void theBuiltInRuleIdsAreTheEnginesOwn() {
    assertThat(RejectionReason.forRule(PolicyEngine.MUNICIPALITY_IN_REGION, "x"))
        .isEqualTo(RejectionReason.OTHER_MUNICIPALITY);
    assertThat(RejectionReason.forRule(PolicyEngine.PRODUCT_IN_BOOK, "x"))
        .isEqualTo(RejectionReason.NO_CONTRACT);
  }

  @Test
  void everyRuleKindAPackCanNameHasAnExplicitlyDecidedCode() {
    assertThat(RuleKinds.names())
        .isNotEmpty()
        .allSatisfy(
            kind ->
                assertThat(RejectionReason.forKind(kind))
                    .as("WJ759 code decided for rule kind %s", kind)
                    .isNotNull());
  }
}
