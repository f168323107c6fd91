package nl.jeugdregie.catalog;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which providers to list (issue 11): by name (any part, any case), and by what they are contracted
 * for: a region, a product category or product code, in force on a date. Every criterion is
 * optional; together they must all hold for one contract.
 */
public record ProviderFilter(
    @Nullable @Size(min = 2, max = 200, message = "must be 2 to 200 characters") String name,
    @Nullable @Size(min = 1, max = 64, message = "must be 1 to 64 characters") String region,
    @Nullable @Pattern(regexp = CodePatterns.CATEGORY, message = CodePatterns.CATEGORY_MESSAGE)
        String category,
    @Nullable @Pattern(regexp = CodePatterns.PRODUCT, message = CodePatterns.PRODUCT_MESSAGE)
        String product,
    @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractedOn) {

  /** Whether any criterion is about the contracts rather than the provider itself. */
  boolean aboutContracts() {
    return region != null || category != null || product != null || contractedOn != null;
  }
}
