package nl.jeugdregie.billing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;

/**
 * Which payment specification: a provider's AGB code and a month of care (yyyy-MM), both needed.
 */
public record PaymentSpecificationFilter(
    @Nullable @NotNull @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
        String provider,
    @Nullable
        @NotNull
        @Pattern(regexp = DeclarationFilter.MONTH, message = "must be a month (yyyy-MM)")
        String month) {

  public String agb() {
    return String.valueOf(provider);
  }

  public YearMonth yearMonth() {
    return YearMonth.parse(String.valueOf(month));
  }
}
