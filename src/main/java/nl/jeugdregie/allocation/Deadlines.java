package nl.jeugdregie.allocation;

import java.time.LocalDate;
import nl.jeugdregie.shared.WorkingDayCalendar;

/**
 * The iJw deadlines of the client route (ijw.md 2.3, 2.4, 2.7), counted in Dutch working days
 * ({@link WorkingDayCalendar}: not the receipt day itself, no weekends, no national holidays)
 * unless stated otherwise.
 *
 * <ul>
 *   <li>iJw OP274 (VOT) and OP346 (VOW): answer with a JW301 or JW319 within 5 working days after
 *       receipt of the request.
 *   <li>iJw OP274/OP346: after "in onderzoek" the final answer within 8 weeks after the date
 *       (dagtekening) of the request: calendar weeks, not working days.
 *   <li>iJw OP271: the provider's start message (JW305) within 5 working days after the actual
 *       start (for a retroactive allocation: after receipt of the JW301; pass that date).
 *   <li>iJw OP272: the stop message (JW307) within 5 working days after the actual end (after a
 *       temporary stop: after the definitive end became known; pass that date).
 * </ul>
 *
 * A due date is the last day on which the message is in time.
 */
public final class Deadlines {

  /** iJw OP274, OP346, OP271, OP272: 5 working days. */
  static final int WORKING_DAYS = 5;

  /** iJw OP274, OP346: 8 weeks after the request's date. */
  static final int INVESTIGATION_WEEKS = 8;

  private Deadlines() {}

  /** The last day for the JW301 or JW319 answering a request received on {@code received}. */
  public static LocalDate answerDue(LocalDate received) {
    return WorkingDayCalendar.plusWorkingDays(received, WORKING_DAYS);
  }

  /**
   * The last day for the final answer after "in onderzoek", for a request dated {@code
   * requestDate}.
   */
  public static LocalDate investigationDue(LocalDate requestDate) {
    return requestDate.plusWeeks(INVESTIGATION_WEEKS);
  }

  /** The last day for the provider's JW305 after delivery started on {@code actualStart}. */
  public static LocalDate startMessageDue(LocalDate actualStart) {
    return WorkingDayCalendar.plusWorkingDays(actualStart, WORKING_DAYS);
  }

  /** The last day for the provider's JW307 after delivery ended on {@code actualEnd}. */
  public static LocalDate stopMessageDue(LocalDate actualEnd) {
    return WorkingDayCalendar.plusWorkingDays(actualEnd, WORKING_DAYS);
  }

  /** Whether {@code today} is after {@code due}: on the due date itself it is still in time. */
  public static boolean isOverdue(LocalDate due, LocalDate today) {
    return today.isAfter(due);
  }
}
