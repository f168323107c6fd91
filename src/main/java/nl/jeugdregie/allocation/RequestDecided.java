package nl.jeugdregie.allocation;

import java.util.UUID;

/**
 * Published (as a Spring application event, inside the transaction) when the access team decides a
 * request that was in investigation.
 */
public record RequestDecided(UUID requestId) {}
