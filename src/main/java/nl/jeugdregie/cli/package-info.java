/**
 * The command line (picocli), in the same jar as the server: {@code serve} (the default), {@code
 * decide} (the decision contract), {@code policy list|check}, {@code import declarations} (bulk, on
 * the server's database). A thin adapter: commands parse arguments, call module services, print
 * results on stdout and errors on stderr, and exit 0 (done), 1 (findings or an unexpected failure)
 * or 2 (unusable input).
 */
@NullMarked
package nl.jeugdregie.cli;

import org.jspecify.annotations.NullMarked;
