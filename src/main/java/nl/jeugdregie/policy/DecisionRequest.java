package nl.jeugdregie.policy;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * A request for an allocation, extension or change, as the decision contract defines it
 * (docs/decision-contract.md). Optional facts are null or false when the request does not state
 * them. On the client route some facts are not taken from the requester but put in by the route
 * from what the system recorded: {@code careStartedOn} (the first start of delivery), {@code
 * current} (the allocation changed or extended, with its ledger use) and {@code parallelBudgets}
 * (the client's other budgets), so the rules stay pure.
 */
public record DecisionRequest(
    RequestKind kind,
    LocalDate receivedOn,
    String municipality,
    LocalDate clientBirthDate,
    Referrer referrer,
    boolean priorContact,
    String category,
    @Nullable String productCode,
    DateRange period,
    @Nullable Volume volume,
    @Nullable Integer sessions,
    Budget budget,
    @Nullable LocalDate careStartedOn,
    boolean complex,
    @Nullable Integer changeReason,
    Current current,
    @Nullable Evidence evidence,
    @Nullable Plan plan,
    List<ParallelBudget> parallelBudgets) {

  public DecisionRequest {
    parallelBudgets = List.copyOf(parallelBudgets);
  }

  /** The referral behind the request. */
  public record Referrer(
      ReferrerType type,
      @Nullable LocalDate letterDate,
      boolean usedBefore,
      boolean extraCheck,
      boolean assessedExtension) {

    public static Referrer of(ReferrerType type) {
      return new Referrer(type, null, false, false, false);
    }
  }

  /** The budget asked for; every part optional. */
  public record Budget(
      @Nullable BudgetScheme scheme,
      @Nullable Integer level,
      @Nullable BudgetKind kind,
      @Nullable Long amountCents) {

    public static final Budget NONE = new Budget(null, null, null, null);
  }

  /** The allocation an extension or change is about; every part optional. */
  public record Current(
      @Nullable Integer level,
      @Nullable DateRange period,
      @Nullable Long budgetCents,
      @Nullable Long usedCents) {

    public static final Current NONE = new Current(null, null, null, null);
  }

  /**
   * The plan an extension or a maatwerk budget rests on (Twente 002 p.2: the youth director's plan
   * for a long extension, R-TWE-4; Amstelveen/Aalsmeer 004: the evaluation with the referrer and
   * the provider's plan, R-AAA-2). {@code director} is the youth director (jeugdregisseur,
   * wijkcoach or jeugdconsulent) the municipality links; {@code evaluatedOn} the day of the
   * evaluation with the referrer.
   */
  public record Plan(
      String reference, @Nullable String director, @Nullable LocalDate evaluatedOn) {}

  /**
   * Another allocation of the client with a budget of {@code scheme} for {@code period}, at {@code
   * provider} (IJsselland 001 §4.2.1.5.4 reason 4: no two keuzebudgetten side by side without the
   * access team). Put in by the route from the recorded allocations, never taken from the sender.
   */
  public record ParallelBudget(String provider, BudgetScheme scheme, DateRange period) {}

  /** This request with other facts the route recorded; everything else as it is. */
  public DecisionRequest withRecorded(
      RequestKind newKind,
      @Nullable LocalDate recordedCareStart,
      Current newCurrent,
      List<ParallelBudget> budgets) {
    return new DecisionRequest(
        newKind,
        receivedOn,
        municipality,
        clientBirthDate,
        referrer,
        priorContact,
        category,
        productCode,
        period,
        volume,
        sessions,
        budget,
        recordedCareStart,
        complex,
        changeReason,
        newCurrent,
        evidence,
        plan,
        budgets);
  }

  /** This request with another referrer (e.g. its letter found used before). */
  public DecisionRequest withReferrer(Referrer newReferrer) {
    return new DecisionRequest(
        kind,
        receivedOn,
        municipality,
        clientBirthDate,
        newReferrer,
        priorContact,
        category,
        productCode,
        period,
        volume,
        sessions,
        budget,
        careStartedOn,
        complex,
        changeReason,
        current,
        evidence,
        plan,
        parallelBudgets);
  }

  /** When care started: the stated care start, else the requested period's start. */
  public LocalDate careStart() {
    return careStartedOn != null ? careStartedOn : period.start();
  }
}
