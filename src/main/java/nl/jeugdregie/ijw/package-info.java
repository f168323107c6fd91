/**
 * iJw 3.2, the national message standard for youth care (Regeling Jeugdwet art. 6c.1): the XSDs as
 * the contract ({@code ijw/xsd/}, basisschema.xsd under the name the messages import), JAXB classes
 * generated from them at build time in one package per namespace under {@code
 * nl.jeugdregie.ijw.xml} (internal to this module: the generated types never leave it), and
 * hardened reading: no DTDs, no external entities, a size limit. It receives the providers'
 * messages (the inbox, its handlers and retours) and knows what a valid outgoing JW301/JW319 is
 * ({@link nl.jeugdregie.ijw.OutgoingMessages}); the {@code outbox} module decides what to send and
 * the {@code ggk} module carries messages to and from the GGk.
 */
@NullMarked
package nl.jeugdregie.ijw;

import org.jspecify.annotations.NullMarked;
