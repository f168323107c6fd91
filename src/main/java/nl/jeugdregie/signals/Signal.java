package nl.jeugdregie.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One signal as stored and shown: the rule that raised it on which subject (an allocation or a
 * request id), the scope it falls in, the role it is for ({@code TOEGANG} or {@code AANBIEDER}),
 * its state, the last day to act and a message without personal data.
 */
public record Signal(
    UUID id,
    SignalKind kind,
    String rule,
    UUID subject,
    String municipality,
    String region,
    String providerAgb,
    String role,
    SignalState state,
    @Nullable LocalDate due,
    String message,
    Instant raisedAt,
    Instant updatedAt,
    @Nullable String closedBy) {}
