/**
 * Signals: open tasks raised by a region's signal rules on an allocation or a request, for the role
 * that has to act, kept in the {@code signals} schema with their state (open, acknowledged, done)
 * and the rule that raised them. A signal is raised once: while one of a kind and rule is not done
 * on a subject, no second one is (a partial unique index). docs/signals.md lists the rules.
 *
 * <p>The rules are pure Java without Spring, database or clock, today's date always a parameter:
 * {@link nl.jeugdregie.signals.UsageThreshold}, {@link nl.jeugdregie.signals.Exhaustion}, {@link
 * nl.jeugdregie.signals.ExtensionDue}, {@link nl.jeugdregie.signals.EvaluationDue}, {@link
 * nl.jeugdregie.signals.ReferralExpiring} and {@link nl.jeugdregie.signals.RequestDeadlines},
 * applied from the pack in force by {@link nl.jeugdregie.signals.SignalRules}. {@link
 * nl.jeugdregie.signals.Signals} recomputes one subject after every committed change of an
 * allocation, request or declaration, and everything in a daily sweep.
 *
 * <p>It reads the allocation and billing schemas read-only ({@code SignalSources}) and owns only
 * its own schema.
 */
@NullMarked
package nl.jeugdregie.signals;

import org.jspecify.annotations.NullMarked;
