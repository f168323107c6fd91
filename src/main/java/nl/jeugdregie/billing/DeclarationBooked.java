package nl.jeugdregie.billing;

import java.util.List;
import java.util.UUID;

/**
 * Published (as a Spring application event, inside the transaction) when a declaration booked at
 * least one line: the allocations whose consumption moved.
 */
public record DeclarationBooked(List<UUID> allocationIds) {

  public DeclarationBooked {
    allocationIds = List.copyOf(allocationIds);
  }
}
