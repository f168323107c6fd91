/**
 * Declarations (iJw JW323 prestaties) validated line by line against their allocation and the
 * contract tariff, an append-only budget ledger that never overspends or pays twice, and payment
 * summaries. Every approved line is one ledger entry; corrections are credits. The database guards
 * the money too: a reference is booked once, a debit credited once, and an allocation's
 * consumption can never pass its budget (CHECK), whatever the Java code does.
 */
@NullMarked
package nl.jeugdregie.billing;

import org.jspecify.annotations.NullMarked;
