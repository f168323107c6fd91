/**
 * The client route: referrals, allocation requests (VOT) and change requests (VOW), decisions kept
 * whole, allocations (iJw toewijzing) with their version history, start and stop of delivery, and
 * their iJw deadlines; and the process rules of that route: the provider's screening before a
 * request (R-IJS-4), the shared help plan of several providers (R-AAA-6) and the referrer's
 * involvement when care ends (R-IJS-8). The route puts the facts it recorded (the start of
 * delivery, budget use, the client's budgets at every provider) into each decision, so the engine's
 * rule kinds judge a VOT, a VOW, JW315/JW317 and the access team's change alike.
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
