package nl.jeugdregie.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.Deadlines;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * iJw OP274 (VOT) and OP346 (VOW), ijw.md 2.3/2.4: a request is answered within 5 working days
 * after receipt, and after "in onderzoek" decided within 8 weeks after its date ({@link
 * Deadlines}). A request past either deadline on {@code today} (the due date itself is still in
 * time) raises a signal for the access team, who answer and decide; it closes once the request is
 * answered or decided.
 */
final class RequestDeadlines {

  private RequestDeadlines() {}

  static List<Finding> check(
      boolean changeRequest,
      String subject,
      RequestState state,
      LocalDate answerDue,
      @Nullable LocalDate answeredOn,
      @Nullable LocalDate investigationDue,
      LocalDate today) {
    String rule = changeRequest ? "OP346" : "OP274";
    List<Finding> found = new ArrayList<>();
    if (answeredOn == null && Deadlines.isOverdue(answerDue, today)) {
      found.add(
          new Finding(
              SignalKind.ANSWER_OVERDUE,
              rule,
              Role.ACCESS_TEAM,
              answerDue,
              subject
                  + " was to be answered by "
                  + answerDue
                  + " (5 working days, iJw "
                  + rule
                  + ")"));
    }
    if (state == RequestState.IN_INVESTIGATION
        && investigationDue != null
        && Deadlines.isOverdue(investigationDue, today)) {
      found.add(
          new Finding(
              SignalKind.INVESTIGATION_OVERDUE,
              rule,
              Role.ACCESS_TEAM,
              investigationDue,
              subject
                  + " is in investigation and was to be decided by "
                  + investigationDue
                  + " (8 weeks, iJw "
                  + rule
                  + ")"));
    }
    return found;
  }
}
