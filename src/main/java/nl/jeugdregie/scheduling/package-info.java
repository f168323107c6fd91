/**
 * Scheduling: the scheduled jobs of the other modules (the daily signal sweep, the GGk retry) run
 * on one instance at a time when several serve one database (docs/operations.md). Each job holds a
 * row of {@code scheduling.shedlock} (ShedLock) while it runs; an instance that finds the row held
 * skips that run. The jobs themselves only carry ShedLock's {@code @SchedulerLock}, so no module
 * depends on this one; it owns only its own schema.
 */
@NullMarked
package nl.jeugdregie.scheduling;

import org.jspecify.annotations.NullMarked;
