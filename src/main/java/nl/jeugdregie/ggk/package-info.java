/**
 * The StUF-GGk 2.1 edge: the Gemeentelijk Gegevensknooppunt (GGk) delivers providers' iJw messages
 * in SOAP envelopes ({@code POST /ggk/OntvangAsynchroon}, Di01/Du01) and gets a Bv03 or a Fo03
 * fault with the StUF code; each answer goes back in an envelope of its own, kept and retried until
 * the GGk confirms it ({@link nl.jeugdregie.ggk.GgkOutbox}).
 *
 * <p>It only wraps and unwraps: what a message means, and every iJw rule, is the {@code ijw}
 * module's, reached through its inbox. The envelopes are read as hardened as the messages (no DTD,
 * no external entities) and checked against the shipped StUF-GGk XSDs ({@code ggk/}). Its tables
 * stay in the {@code ijw} schema where they were first made, so existing databases need no move.
 */
@NullMarked
package nl.jeugdregie.ggk;

import org.jspecify.annotations.NullMarked;
