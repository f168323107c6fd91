/** jeugdregie: a youth-care region's procurement model, executed from its policy pack. */
@NullMarked
package nl.jeugdregie;

import org.jspecify.annotations.NullMarked;
