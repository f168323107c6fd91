package nl.jeugdregie.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;

/**
 * Parts that several request bodies share, in the JSON shape the domain parsers read. Only the
 * shape is checked here; code lists and date windows are the parsers' (ADR 0010).
 */
final class BodyParts {

  private BodyParts() {}

  static final String REQUIRED = "is required";
  static final String AGB = CodePatterns.AGB;
  static final String AGB_MESSAGE = CodePatterns.AGB_MESSAGE;
  static final String BSN = CodePatterns.BSN;
  static final String BSN_MESSAGE = CodePatterns.BSN_MESSAGE;
  static final String MUNICIPALITY = CodePatterns.MUNICIPALITY;
  static final String MUNICIPALITY_MESSAGE = CodePatterns.MUNICIPALITY_MESSAGE;

  @Schema(description = "A period of care; no end is an open end.")
  record PeriodBody(
      @Schema(example = "2025-03-10") @NotNull(message = REQUIRED) LocalDate start,
      @Schema(example = "2025-12-31") @Nullable LocalDate end) {}

  @Schema(description = "An amount of care per frequency.")
  record VolumeBody(
      @Schema(example = "3000") @PositiveOrZero @Nullable Long amount,
      @Schema(
              description =
                  "WJ756 unit code (01 minute, 04 hour, 14 etmaal, 16 dagdeel, ...) or name",
              example = "01")
          @Nullable String unit,
      @Schema(
              description = "WMO757 frequency code (1 day, 2 week, 4 month, 6 total) or name",
              example = "6")
          @Nullable String frequency) {}

  @Schema(description = "A JZ020 category and, unless the care is aspecific, a product code.")
  record ProductBody(
      @Schema(example = "45")
          @NotNull(message = REQUIRED)
          @Pattern(regexp = CodePatterns.CATEGORY, message = CodePatterns.CATEGORY_MESSAGE)
          String category,
      @Schema(example = "45B01")
          @Pattern(regexp = "[0-9A-Za-z]{5}", message = "must be a 5-character product code")
          @Nullable String code) {}
}
