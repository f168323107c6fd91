/**
 * Control (beheersing, issue 13, ADR 0012): the figures the seeds steer on, computed from what the
 * route records and compared against each pack's norms. It decides nothing and changes no route
 * data: it reads the allocation, billing and signals schemas read-only and owns only the {@code
 * control} schema (its facts, the municipalities' budgets and the providers' availability).
 *
 * <p>Every metric's class comment names its seed clause and, where one exists, the CBS
 * Beleidsinformatie Jeugd definition it follows; docs/control.md lists them.
 */
@NullMarked
package nl.jeugdregie.control;

import org.jspecify.annotations.NullMarked;
