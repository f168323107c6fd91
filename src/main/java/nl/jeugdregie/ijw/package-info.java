/**
 * iJw 3.2, the national message standard for youth care (Regeling Jeugdwet art. 6c.1): the XSDs as
 * the contract ({@code ijw/xsd/}, basisschema.xsd under the name the messages import), JAXB classes
 * generated from them at build time in one package per namespace under {@code
 * nl.jeugdregie.ijw.xml} (internal to this module: the generated types never leave it), and
 * hardened reading: no DTDs, no external entities, a size limit.
 */
@NullMarked
package nl.jeugdregie.ijw;

import org.jspecify.annotations.NullMarked;
