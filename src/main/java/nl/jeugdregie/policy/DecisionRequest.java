package nl.jeugdregie.policy;

import java.time.LocalDate;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * A request for an allocation, extension or change, as the decision contract defines it
 * (docs/decision-contract.md). Optional facts are null or false when the request does not state
 * them.
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
    @Nullable Evidence evidence) {

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

  /** When care started: the stated care start, else the requested period's start. */
  public LocalDate careStart() {
    return careStartedOn != null ? careStartedOn : period.start();
  }
}
