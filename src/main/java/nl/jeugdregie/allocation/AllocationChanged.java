package nl.jeugdregie.allocation;

import java.util.UUID;

/**
 * Published (as a Spring application event, inside the transaction) whenever an allocation gets a
 * version (made, changed, ended, deleted) or a start or stop of delivery; listeners that act after
 * commit see the change.
 */
public record AllocationChanged(UUID allocationId) {}
