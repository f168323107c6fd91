package nl.jeugdregie.clients;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The access team's client search (issue 11): by BSN (exact), name (any part, any case), birth date
 * (exact) and pseudonym (exact), combined; at least one is needed. Its {@code toString} names the
 * criteria given, never their values, so a BSN cannot reach a log through it.
 */
public record ClientFilter(
    @Nullable @Pattern(regexp = CodePatterns.BSN, message = CodePatterns.BSN_MESSAGE) String bsn,
    @Nullable @Size(min = 2, max = 200, message = "must be 2 to 200 characters") String name,
    @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
    @Nullable @Pattern(regexp = CodePatterns.PSEUDONYM, message = CodePatterns.PSEUDONYM_MESSAGE)
        String pseudonym) {

  /** The criteria given, by name: for the audit log's why and for messages. */
  public List<String> criteria() {
    List<String> given = new ArrayList<>();
    if (bsn != null) given.add("bsn");
    if (name != null) given.add("name");
    if (birthDate != null) given.add("birthDate");
    if (pseudonym != null) given.add("pseudonym");
    return given;
  }

  @Override
  public String toString() {
    return "ClientFilter" + criteria();
  }
}
