package nl.jeugdregie.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an actor may see of a client: always the pseudonym; BSN, name and birth date only for roles
 * that need them (and then the read is audited).
 */
public record ClientView(
    String pseudonym,
    @Nullable String bsn,
    @Nullable String name,
    @Nullable LocalDate birthDate,
    String municipality) {}
