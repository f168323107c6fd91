/**
 * Declarations (iJw JW323 prestaties) validated line by line against their allocation and the
 * contract tariff, an append-only budget ledger that never overspends or pays twice, and payment
 * summaries.
 *
 * <p>The rules are pure Java, without Spring, database or clock: {@link
 * nl.jeugdregie.billing.LineCheck} judges one line against a {@link
 * nl.jeugdregie.billing.LineContext} the booking code ({@link nl.jeugdregie.billing.Declarations})
 * assembles, and answers with every iJw return code that applies (ijw.md 2.6, 5.6). Every approved
 * line is one ledger entry; corrections are credits. The database guards the money too: a reference
 * is booked once, a debit credited once, and an allocation's consumption can never pass its budget
 * (CHECK), whatever the Java code does; amounts stay within iJw's field sizes and every sum is
 * exact. The task-based crisis function (R-IJS-7) is not declared per line: its monthly settlement
 * per municipality is computed here from the recorded call-outs.
 */
@NullMarked
package nl.jeugdregie.billing;

import org.jspecify.annotations.NullMarked;
