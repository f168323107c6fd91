/**
 * Values every module speaks: paging of lists ({@link nl.jeugdregie.shared.Page}), money in
 * eurocents, inclusive date ranges, Dutch working days, and the iJw codes that cross module
 * boundaries (referrer type COD327, unit WJ756, frequency WMO757), plus identifiers (BSN with the
 * 11-proef, AGB code, CBS municipality code). Nothing here depends on another module or on Spring.
 */
@NullMarked
package nl.jeugdregie.shared;

import org.jspecify.annotations.NullMarked;
