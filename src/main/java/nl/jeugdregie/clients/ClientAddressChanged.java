package nl.jeugdregie.clients;

import java.util.UUID;

/**
 * Published (as a Spring application event, inside the transaction) when a client's address or sex
 * is set: messages that could not be made without them (an iJw JW301) can be made after commit.
 */
public record ClientAddressChanged(UUID clientId) {}
