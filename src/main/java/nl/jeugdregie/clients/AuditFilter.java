package nl.jeugdregie.clients;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which lines of the audit log to show (issue 12, the admin's audit screen): who (the user name,
 * any part), the action (READ, CREATE, UPDATE, SEARCH), the subject (a client's pseudonym, exact)
 * and the period (from and to, inclusive days in Dutch time). Every criterion is optional.
 */
public record AuditFilter(
    @Nullable @Size(min = 2, max = 200, message = "must be 2 to 200 characters") String actor,
    @Nullable
        @Pattern(
            regexp = "READ|CREATE|UPDATE|SEARCH",
            message = "must be READ, CREATE, UPDATE or SEARCH")
        String action,
    @Nullable @Pattern(regexp = CodePatterns.PSEUDONYM, message = CodePatterns.PSEUDONYM_MESSAGE)
        String client,
    @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null);
  }
}
