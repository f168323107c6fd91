package nl.jeugdregie.policy.kinds;

import java.time.LocalDate;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.WorkingDayCalendar;

/**
 * Care may start before its allocation when the request follows within a number of working days
 * (IJsselland crisis follow-up: within 3 working days, retroactively, 001 §4.2.3, R-IJS-7).
 */
public record RetroactiveRequestWindow(int workingDays, Effect effect) implements DecisionRule {

  public static RetroactiveRequestWindow from(YamlFields p) {
    return new RetroactiveRequestWindow(
        p.integer("workingDays"), Describe.refusal(p, "effect", Effect.INVESTIGATE));
  }

  @Override
  public Verdict judge(RequestCase c) {
    LocalDate start = c.request().careStart();
    LocalDate received = c.request().receivedOn();
    if (!start.isBefore(received)) return Verdict.PASS;
    LocalDate deadline = WorkingDayCalendar.plusWorkingDays(start, workingDays);
    if (!received.isAfter(deadline)) return Verdict.PASS;
    String message =
        "care started on "
            + start
            + "; the request had to follow within "
            + workingDays
            + " working days (by "
            + deadline
            + "), it came on "
            + received;
    return Verdict.refuse(effect, message);
  }
}
