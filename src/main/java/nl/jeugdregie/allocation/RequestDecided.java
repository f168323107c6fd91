package nl.jeugdregie.allocation;

import java.util.UUID;

/**
 * Published (as a Spring application event, inside the transaction) when a request is decided: by
 * the engine on receipt (approved, rejected or put in investigation) and when the access team
 * decides a request that was in investigation. Listeners acting after commit see the request's new
 * state.
 */
public record RequestDecided(UUID requestId) {}
