package nl.jeugdregie.policy.kinds;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;
import org.jspecify.annotations.Nullable;

/**
 * The rule kinds a pack can name, by name. A new kind is a class here and a row in
 * docs/policy-packs.md.
 */
public final class RuleKinds {

  private static final Map<String, Function<YamlFields, RuleKind>> KINDS = new TreeMap<>();

  static {
    // decisions
    KINDS.put("OnlyTheseReferrersFor", OnlyTheseReferrersFor::from);
    KINDS.put("ReferralLetterValidity", ReferralLetterValidity::from);
    KINDS.put("ReferralSingleUse", ReferralSingleUse::from);
    KINDS.put("AutomaticAllocationAtLevel", AutomaticAllocationAtLevel::from);
    KINDS.put("HigherLevelNeedsCheck", HigherLevelNeedsCheck::from);
    KINDS.put("BudgetWithinLevel", BudgetWithinLevel::from);
    KINDS.put("BudgetAmountRequired", BudgetAmountRequired::from);
    KINDS.put("BudgetKindRequired", BudgetKindRequired::from);
    KINDS.put("ReferrerBudgetRoute", ReferrerBudgetRoute::from);
    KINDS.put("ExtensionNeedsReferrerAssessment", ExtensionNeedsReferrerAssessment::from);
    KINDS.put("ExtensionNotAboveCurrentLevel", ExtensionNotAboveCurrentLevel::from);
    KINDS.put("MunicipalityJudges", MunicipalityJudges::from);
    KINDS.put("AdjustmentReasons", AdjustmentReasons::from);
    KINDS.put("VolumeThresholdRoutesToInvestigation", VolumeThresholdRoutesToInvestigation::from);
    KINDS.put("MaximumSessions", MaximumSessions::from);
    KINDS.put("MaximumTotalVolume", MaximumTotalVolume::from);
    KINDS.put("MaximumPeriod", MaximumPeriod::from);
    KINDS.put("RetroactiveRequestWindow", RetroactiveRequestWindow::from);
    KINDS.put("AgeLimit", AgeLimit::from);
    KINDS.put("SignalBudget", SignalBudget::from);
    KINDS.put("MaatwerkOnlyWhenComplex", MaatwerkOnlyWhenComplex::from);
    KINDS.put("EffectiveInterventionsOnly", EffectiveInterventionsOnly::from);
    KINDS.put("NoParallelBudgets", NoParallelBudgets::from);
    KINDS.put("LongExtensionByMunicipality", LongExtensionByMunicipality::from);
    KINDS.put("MaatwerkAfterEvaluation", MaatwerkAfterEvaluation::from);
    // process
    KINDS.put("UsageSignal", UsageSignal::from);
    KINDS.put("ExhaustionLeadTime", ExhaustionLeadTime::from);
    KINDS.put("ExtensionWindow", ExtensionWindow::from);
    KINDS.put("EvaluationInterval", EvaluationInterval::from);
    KINDS.put("ScreeningBeforeRequest", ScreeningBeforeRequest::from);
    KINDS.put("EndingNotice", EndingNotice::from);
    KINDS.put("PaymentBasis", PaymentBasis::from);
    KINDS.put("SeparatePaymentPerProvider", SeparatePaymentPerProvider::from);
    KINDS.put("AvailabilityGuide", AvailabilityGuide::from);
  }

  private RuleKinds() {}

  public static @Nullable Function<YamlFields, RuleKind> factory(String name) {
    return KINDS.get(name);
  }

  public static Iterable<String> names() {
    return KINDS.keySet();
  }
}
