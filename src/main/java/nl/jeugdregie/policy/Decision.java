package nl.jeugdregie.policy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine's answer: the outcome, the pack version it was judged by, what is allocated (only with
 * APPROVE) and every finding as a reason.
 */
public record Decision(
    Outcome outcome, PolicyRef policy, @Nullable Grant allocation, List<Reason> reasons) {

  public Decision {
    reasons = List.copyOf(reasons);
    if ((outcome == Outcome.APPROVE) != (allocation != null)) {
      throw new IllegalArgumentException("an allocation comes with APPROVE and only then");
    }
  }

  /** The pack version a decision was made under. */
  public record PolicyRef(String id, LocalDate validFrom) {}
}
