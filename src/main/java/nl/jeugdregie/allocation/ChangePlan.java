package nl.jeugdregie.allocation;

import java.time.LocalDate;

/**
 * How to bring an allocation to the desired terms ({@link AllocationChange#plan}): leave it, change
 * it in place under the same allocation number, end it and allocate anew under a new number, or not
 * at all.
 */
public sealed interface ChangePlan {

  /** The desired terms are the current ones; nothing to send for this allocation. */
  record Unchanged() implements ChangePlan {}

  /** Resend the same allocation number with {@code next} (iJw IV066, OP033x1, OP380). */
  record InPlace(AllocationTerms next) implements ChangePlan {}

  /**
   * End the current allocation on {@code currentEndsOn} (kept as is when that is already its end)
   * and allocate {@code newTerms} under a new allocation number, starting the day after (iJw OP257,
   * IV093).
   */
  record EndAndNew(LocalDate currentEndsOn, AllocationTerms newTerms) implements ChangePlan {}

  /** No change can reach the desired terms; {@code message} says why and what to do instead. */
  record Refused(String message) implements ChangePlan {}
}
