package nl.jeugdregie.allocation;

import nl.jeugdregie.policy.PolicyEngine;
import org.jspecify.annotations.Nullable;

/**
 * Why a request (VOT or VOW) is rejected: iJw code list WJ759 (RedenAfwijzingVerzoek in a JW319
 * with VerzoekAntwoord 1; iJw CD085/CD086). {@link #PLACE_OF_RESIDENCE} (8) needs the responsible
 * municipality in the class Woonplaatsbeginsel and must be sent within 2 weeks (TR377, TR409,
 * OP359); {@link #OTHER_MUNICIPALITY} (5) covers every other wrong-municipality case.
 *
 * <p>{@link #forRule} maps a finding of the policy engine to the code the JW319 carries:
 *
 * <ul>
 *   <li>built-in {@code R-GEN-1} (municipality not in the region) → 5 OTHER_MUNICIPALITY;
 *   <li>built-in {@code R-GEN-2} (product not in the region's product book) → 3 NO_CONTRACT;
 *   <li>{@code AgeLimit} → 9 AGE_LIMIT;
 *   <li>budget kinds {@code BudgetWithinLevel}, {@code BudgetAmountRequired}, {@code
 *       BudgetKindRequired}, {@code SignalBudget} → 2 NOT_WITHIN_BUDGET;
 *   <li>referrer- and contract-shaped kinds {@code OnlyTheseReferrersFor}, {@code
 *       ReferrerBudgetRoute}, {@code ReferralLetterValidity}, {@code ReferralSingleUse}, {@code
 *       MaximumPeriod}, {@code MaximumTotalVolume}, {@code MaximumSessions}, {@code
 *       RetroactiveRequestWindow} → 4 NOT_WITHIN_CONTRACT; so too, by the same reading (the
 *       region's agreed route, level or limits, not the care itself), {@code
 *       AutomaticAllocationAtLevel} (other referrers get no automatic allocation), {@code
 *       HigherLevelNeedsCheck}, {@code ExtensionNeedsReferrerAssessment}, {@code
 *       ExtensionNotAboveCurrentLevel}, {@code AdjustmentReasons} (an adjustment for a reason or at
 *       a time the region's agreements do not allow), {@code VolumeThresholdRoutesToInvestigation}
 *       and {@code NoParallelBudgets} (a second keuzebudget without the access team's consent);
 *   <li>{@code LongExtensionByMunicipality} → 1 NOT_A_CHANGE_BUT_NEW_REQUEST (a long extension is a
 *       new allocation the municipality makes, Twente R-TWE-4);
 *   <li>{@code MaatwerkAfterEvaluation} → 2 NOT_WITHIN_BUDGET (more than the signaalbudget before
 *       the evaluation, R-AAA-2);
 *   <li>care-content kinds {@code EffectiveInterventionsOnly}, {@code MaatwerkOnlyWhenComplex}
 *       (complexity is a judgement of the care) and {@code MunicipalityJudges} (the access team
 *       judges the care) → 7 CARE_CONTENT;
 *   <li>the process kinds, which never judge a request ({@code UsageSignal}, {@code
 *       ExhaustionLeadTime}, {@code ExtensionWindow}, {@code EvaluationInterval}, {@code
 *       ScreeningBeforeRequest}, {@code EndingNotice}, {@code PaymentBasis}, {@code
 *       SeparatePaymentPerProvider}, {@code AvailabilityGuide}), and any kind not listed here → 7
 *       CARE_CONTENT, the code that claims least about contract, budget or municipality.
 * </ul>
 *
 * Codes 1 (a change request that is really a new request), 6 (stacking, iJw OP347) and 8 (place of
 * residence) come from the client route itself, not from a pack rule.
 */
public enum RejectionReason {
  /** 1 Geen wijziging, maar nieuwe aanvraag. */
  NOT_A_CHANGE_BUT_NEW_REQUEST(1),
  /** 2 Past niet binnen budget. */
  NOT_WITHIN_BUDGET(2),
  /** 3 Geen contract. */
  NO_CONTRACT(3),
  /** 4 Past niet binnen contract. */
  NOT_WITHIN_CONTRACT(4),
  /** 5 Andere gemeente. */
  OTHER_MUNICIPALITY(5),
  /** 6 Stapeling. */
  STACKING(6),
  /** 7 Zorginhoudelijke afkeur. */
  CARE_CONTENT(7),
  /** 8 Woonplaatsbeginsel (needs the responsible municipality, TR377). */
  PLACE_OF_RESIDENCE(8),
  /** 9 Leeftijdsgrens is bereikt. */
  AGE_LIMIT(9);

  private final int code;

  RejectionReason(int code) {
    this.code = code;
  }

  /** The WJ759 code, 1 to 9. */
  public int code() {
    return code;
  }

  /** Accepts the code ("4", "04") or the name ("NOT_WITHIN_CONTRACT", any case). */
  public static RejectionReason parse(String text) {
    return Codes.parse(
        RejectionReason.class, values(), text, reason -> Integer.toString(reason.code));
  }

  /**
   * The WJ759 code for a rejecting finding of the policy engine, by its rule id (the built-in
   * checks) or else its rule kind name; the class comment gives the whole mapping.
   */
  public static RejectionReason forRule(String ruleId, String ruleKindName) {
    if (ruleId.equals(PolicyEngine.MUNICIPALITY_IN_REGION)) return OTHER_MUNICIPALITY;
    if (ruleId.equals(PolicyEngine.PRODUCT_IN_BOOK)) return NO_CONTRACT;
    RejectionReason decided = forKind(ruleKindName);
    return decided == null ? CARE_CONTENT : decided;
  }

  /** The decided code for a rule kind, or null for a kind this mapping does not name. */
  static @Nullable RejectionReason forKind(String ruleKindName) {
    return switch (ruleKindName) {
      case "AgeLimit" -> AGE_LIMIT;
      case "BudgetWithinLevel", "BudgetAmountRequired", "BudgetKindRequired", "SignalBudget" ->
          NOT_WITHIN_BUDGET;
      case "OnlyTheseReferrersFor",
          "ReferrerBudgetRoute",
          "ReferralLetterValidity",
          "ReferralSingleUse",
          "MaximumPeriod",
          "MaximumTotalVolume",
          "MaximumSessions",
          "RetroactiveRequestWindow",
          "AutomaticAllocationAtLevel",
          "HigherLevelNeedsCheck",
          "ExtensionNeedsReferrerAssessment",
          "ExtensionNotAboveCurrentLevel",
          "AdjustmentReasons",
          "VolumeThresholdRoutesToInvestigation",
          "NoParallelBudgets" ->
          NOT_WITHIN_CONTRACT;
      case "LongExtensionByMunicipality" -> NOT_A_CHANGE_BUT_NEW_REQUEST;
      case "MaatwerkAfterEvaluation" -> NOT_WITHIN_BUDGET;
      case "EffectiveInterventionsOnly",
          "MaatwerkOnlyWhenComplex",
          "MunicipalityJudges",
          "UsageSignal",
          "ExhaustionLeadTime",
          "ExtensionWindow",
          "EvaluationInterval",
          "ScreeningBeforeRequest",
          "EndingNotice",
          "PaymentBasis",
          "SeparatePaymentPerProvider",
          "AvailabilityGuide" ->
          CARE_CONTENT;
      default -> null;
    };
  }
}
