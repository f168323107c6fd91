/**
 * The client route: referrals, allocation requests (VOT) and change requests (VOW), decisions kept
 * whole, allocations (iJw toewijzing) with their version history, start and stop of delivery, and
 * their iJw deadlines.
 *
 * <p>The iJw rules of that route are pure Java here, without Spring, database or clock: {@link
 * nl.jeugdregie.allocation.Delivery} (start and stop), {@link
 * nl.jeugdregie.allocation.DeliveryLink} and {@link nl.jeugdregie.allocation.DeliveryCorrections}
 * (a start or stop line's allocation and key), {@link nl.jeugdregie.allocation.AllocationChange}
 * (change in place or end and allocate anew), {@link nl.jeugdregie.allocation.Deadlines}, and the
 * code lists JZ588, JZ002 and WJ759. Today's date is always a parameter.
 */
@NullMarked
package nl.jeugdregie.allocation;

import org.jspecify.annotations.NullMarked;
