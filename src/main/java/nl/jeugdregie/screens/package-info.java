/**
 * The web application (issue 12, ADR 0011): server-rendered pages in Dutch for each role, on the
 * same services as the API and within the same scope. The pages read through the modules' public
 * services only; the sign-in and the session are the web module's security configuration, whose
 * {@code SignInOptions} the sign-in form shows, and the exports use the web module's table
 * converter ({@code LabelledTable} for Dutch column headings).
 */
@NullMarked
package nl.jeugdregie.screens;

import org.jspecify.annotations.NullMarked;
