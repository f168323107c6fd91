package nl.jeugdregie.clients;

import java.time.Instant;
import java.util.UUID;

/** One line of the personal-data audit log: who did what to whose data, when and why. */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String role,
    String action,
    UUID clientId,
    String clientPseudonym,
    String what,
    String why) {}
