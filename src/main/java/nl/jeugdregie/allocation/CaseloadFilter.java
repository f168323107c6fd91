package nl.jeugdregie.allocation;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the access team's caseload (issue 11), all optional: municipality, provider (AGB),
 * product (category and/or code), and {@code on}, the day the days waiting and left are counted to
 * (today when not given; a fixed day makes a printed caseload reproducible).
 */
public record CaseloadFilter(
    @Nullable
        @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
        String municipality,
    @Nullable @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
        String provider,
    @Nullable @Pattern(regexp = CodePatterns.CATEGORY, message = CodePatterns.CATEGORY_MESSAGE)
        String category,
    @Nullable @Pattern(regexp = CodePatterns.PRODUCT, message = CodePatterns.PRODUCT_MESSAGE)
        String product,
    @Nullable LocalDate on) {

  /** No filter, counted to today. */
  public static CaseloadFilter none() {
    return new CaseloadFilter(null, null, null, null, null);
  }
}
