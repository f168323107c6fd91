package nl.jeugdregie.allocation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the allocation list (issue 11), all optional and combined with "and": the client
 * by pseudonym (never by BSN: a BSN in a URL ends up in access logs and browser histories), the
 * municipality, provider (AGB), product (category and/or code), delivery state, and the last day of
 * the current version's period, from and to inclusive (an open-ended allocation never matches).
 */
public record AllocationFilter(
    @Nullable @Pattern(regexp = CodePatterns.PSEUDONYM, message = CodePatterns.PSEUDONYM_MESSAGE)
        String client,
    @Nullable
        @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
        String municipality,
    @Nullable @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
        String provider,
    @Nullable @Pattern(regexp = CodePatterns.CATEGORY, message = CodePatterns.CATEGORY_MESSAGE)
        String category,
    @Nullable @Pattern(regexp = CodePatterns.PRODUCT, message = CodePatterns.PRODUCT_MESSAGE)
        String product,
    @Nullable DeliveryState state,
    @Nullable LocalDate endingFrom,
    @Nullable LocalDate endingTo) {

  /** No filter: every allocation in scope. */
  public static AllocationFilter none() {
    return new AllocationFilter(null, null, null, null, null, null, null, null);
  }

  @AssertTrue(message = "must not be before endingFrom")
  public boolean isEndingTo() {
    return endingFrom == null || endingTo == null || !endingTo.isBefore(endingFrom);
  }
}
