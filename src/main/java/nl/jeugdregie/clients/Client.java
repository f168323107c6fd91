package nl.jeugdregie.clients;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.shared.Bsn;
import org.jspecify.annotations.Nullable;

/**
 * A client as stored. Handed out only inside the client route's services; what leaves them is a
 * {@link ClientView} chosen by role. {@code address} is the BRP address, null until recorded.
 */
public record Client(
    UUID id,
    String pseudonym,
    Bsn bsn,
    @Nullable String name,
    LocalDate birthDate,
    String municipality,
    @Nullable Address address,
    Gender gender) {}
