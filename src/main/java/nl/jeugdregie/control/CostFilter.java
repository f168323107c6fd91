package nl.jeugdregie.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;

/**
 * The query of the costs series, all optional: the region (a pack id; default every region in
 * scope), the grain ({@code month}, {@code quarter} or {@code year}; default year), the months of
 * care from and to inclusive (default from 1 January two years back to today), one provider, one
 * municipality.
 */
public record CostFilter(
    @Nullable
        @Pattern(
            regexp = "[a-z][a-z0-9-]{0,39}",
            message = "must be a region id such as ijsselland")
        String region,
    @Nullable @Pattern(regexp = "month|quarter|year", message = "must be month, quarter or year")
        String period,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
        String provider,
    @Nullable
        @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
        String municipality) {

  @AssertTrue(message = "must not be before from")
  public boolean isTo() {
    return from == null || to == null || !to.isBefore(from);
  }
}
