package nl.jeugdregie.billing;

import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;

/**
 * The query of the declaration list (issue 11): {@code month} the declaration month (yyyy-MM),
 * {@code provider} an AGB code, {@code municipality} a CBS code, {@code state} the declaration's
 * verdict ({@link DeclarationState}); each optional, all of them combined. Each is a checked text
 * rather than a typed value, so wrong values are answered all at once (400): a value that cannot be
 * converted would stop the binding at the first.
 */
public record DeclarationFilter(
    @Nullable @Pattern(regexp = MONTH, message = "must be a month (yyyy-MM)") String month,
    @Nullable @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
        String provider,
    @Nullable
        @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
        String municipality,
    @Nullable
        @Pattern(
            regexp = "APPROVED|PARTLY_APPROVED|REJECTED",
            message = "must be APPROVED, PARTLY_APPROVED or REJECTED")
        String state) {

  /** yyyy-MM, January to December. */
  public static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";

  public static DeclarationFilter none() {
    return new DeclarationFilter(null, null, null, null);
  }

  @Nullable YearMonth yearMonth() {
    return month == null ? null : YearMonth.parse(month);
  }
}
