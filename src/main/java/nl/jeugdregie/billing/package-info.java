/**
 * Declarations (iJw JW323 prestaties) validated line by line against their allocation and the
 * contract tariff, an append-only budget ledger that never overspends or pays twice, and payment
 * summaries.
 *
 * <p>The rules are pure Java, without Spring, database or clock: {@link
 * nl.jeugdregie.billing.LineCheck} judges one line against a {@link
 * nl.jeugdregie.billing.LineContext} the booking code assembles, and answers with every iJw return
 * code that applies (ijw.md 2.6, 5.6).
 */
@NullMarked
package nl.jeugdregie.billing;

import org.jspecify.annotations.NullMarked;
