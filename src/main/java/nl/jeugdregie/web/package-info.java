/**
 * The HTTP API under {@code /api/v1}: a thin adapter over the modules' services. Errors are RFC
 * 9457 problem details naming the field.
 */
@NullMarked
package nl.jeugdregie.web;

import org.jspecify.annotations.NullMarked;
