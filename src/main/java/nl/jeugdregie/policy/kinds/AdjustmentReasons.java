package nl.jeugdregie.policy.kinds;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/**
 * A budget adjustment only for the region's reasons, each with its timing (IJsselland 001 §4.2.1.5
 * 5.4, R-IJS-5): (1) budget wrong, only before care starts; (2) help does not work, at the latest 6
 * months after the start; (3) changed circumstances; (4) more providers.
 */
public record AdjustmentReasons(
    Set<Integer> allowed, Set<Integer> beforeCareStartOnly, Map<Integer, Long> monthsAfterCareStart)
    implements DecisionRule {

  public static AdjustmentReasons from(YamlFields p) {
    return new AdjustmentReasons(
        Set.copyOf(p.list("allowed", "a whole number", Integer::parseInt)),
        Set.copyOf(p.optionalList("beforeCareStartOnly", "a whole number", Integer::parseInt)),
        Map.copyOf(p.optionalNumberMap("monthsAfterCareStart")));
  }

  @Override
  public Verdict judge(RequestCase c) {
    if (c.request().kind() != RequestKind.CHANGE) return Verdict.PASS;
    Integer reason = c.request().changeReason();
    if (reason == null || !allowed.contains(reason)) {
      return Verdict.reject(
          "an adjustment must give one of the reasons "
              + new TreeSet<>(allowed)
              + " (change.reason), got "
              + reason);
    }
    LocalDate started = c.request().careStartedOn();
    LocalDate received = c.request().receivedOn();
    if (started == null || started.isAfter(received)) return Verdict.PASS;
    if (beforeCareStartOnly.contains(reason)) {
      return Verdict.reject(
          "reason " + reason + " can only be given before care starts; care started on " + started);
    }
    Long months = monthsAfterCareStart.get(reason);
    if (months != null && received.isAfter(started.plusMonths(months))) {
      return Verdict.reject(
          "reason "
              + reason
              + " must be given at the latest "
              + months
              + " months after care started ("
              + started.plusMonths(months)
              + ")");
    }
    return Verdict.PASS;
  }
}
