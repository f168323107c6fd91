package nl.jeugdregie.allocation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the request list (issue 11), all optional and combined with "and": the request's
 * state, municipality (CBS code), provider (AGB code), product (iJw category and/or product code)
 * and the day it was received, from and to inclusive.
 */
public record RequestFilter(
    @Nullable RequestState state,
    @Nullable
        @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
        String municipality,
    @Nullable @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
        String provider,
    @Nullable @Pattern(regexp = CodePatterns.CATEGORY, message = CodePatterns.CATEGORY_MESSAGE)
        String category,
    @Nullable @Pattern(regexp = CodePatterns.PRODUCT, message = CodePatterns.PRODUCT_MESSAGE)
        String product,
    @Nullable LocalDate receivedFrom,
    @Nullable LocalDate receivedTo) {

  /** No filter: every request in scope. */
  public static RequestFilter none() {
    return new RequestFilter(null, null, null, null, null, null, null);
  }

  @AssertTrue(message = "must not be before receivedFrom")
  public boolean isReceivedTo() {
    return receivedFrom == null || receivedTo == null || !receivedTo.isBefore(receivedFrom);
  }
}
