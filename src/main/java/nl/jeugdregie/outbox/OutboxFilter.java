package nl.jeugdregie.outbox;

import jakarta.validation.constraints.Pattern;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;

/**
 * The outbox list's query (issue 11): {@code state} WAITING, SENT, ANSWERED or HELD; {@code type}
 * JW301 or JW319; {@code provider} the receiving AGB code; {@code municipality} the sending CBS
 * code; {@code overdue=true} only SENT messages without their retour after 3 working days (iJw
 * OP090). Each optional, all combined, always within the caller's scope.
 */
public record OutboxFilter(
    @Nullable
        @Pattern(
            regexp = "WAITING|SENT|ANSWERED|HELD",
            message = "must be WAITING, SENT," + " ANSWERED or HELD")
        String state,
    @Nullable @Pattern(regexp = "JW301|JW319", message = "must be JW301 or JW319") String type,
    @Nullable @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
        String provider,
    @Nullable
        @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
        String municipality,
    @Nullable Boolean overdue) {

  public static OutboxFilter none() {
    return new OutboxFilter(null, null, null, null, null);
  }
}
