/**
 * The web application (issue 12, ADR 0011): server-rendered pages in Dutch for each role, on the
 * same services as the API and within the same scope. The pages read through the modules' public
 * services only; the sign-in and the session are the web module's security configuration.
 */
@NullMarked
package nl.jeugdregie.screens;

import org.jspecify.annotations.NullMarked;
