/**
 * The municipality's outbox of iJw messages: after a change of the client route commits it composes
 * the JW301 (all of a client's allocations at a provider, OP087) and the JW319 that answers a
 * request, keeps what it sent so the next message says only what changed, and tracks each message
 * from WAITING to SENT to ANSWERED, overdue after 3 working days (OP090), or HELD with the reason
 * it cannot be made yet.
 *
 * <p>It decides what to send and when; what a valid message is - the XSD, the content rules and the
 * rules against earlier messages - stays with the standard in the {@code ijw} module ({@link
 * nl.jeugdregie.ijw.OutgoingMessages}), which asks this module's history through {@link
 * nl.jeugdregie.ijw.SentMessages}. Its tables stay in the {@code ijw} schema where they were first
 * made, beside the message log they refer to.
 */
@NullMarked
package nl.jeugdregie.outbox;

import org.jspecify.annotations.NullMarked;
