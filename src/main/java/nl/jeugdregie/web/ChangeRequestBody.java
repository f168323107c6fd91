package nl.jeugdregie.web;

import static nl.jeugdregie.web.BodyParts.AGB;
import static nl.jeugdregie.web.BodyParts.AGB_MESSAGE;
import static nl.jeugdregie.web.BodyParts.BSN;
import static nl.jeugdregie.web.BodyParts.BSN_MESSAGE;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY_MESSAGE;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.web.BodyParts.ProductBody;
import nl.jeugdregie.web.BodyParts.VolumeBody;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/change-requests}: a change request (VOW, iJw JW317), the complete desired
 * situation of one client at one provider, read by {@link
 * nl.jeugdregie.allocation.ChangeSubmission#parse}.
 */
@BodyRoot("changeRequest")
@Schema(description = "A change request (VOW): allocations unchanged, to change, and new products.")
record ChangeRequestBody(
    @Schema(example = "111222333")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = BSN, message = BSN_MESSAGE)
        String clientBsn,
    @Schema(example = "12345678")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = AGB, message = AGB_MESSAGE)
        String providerAgb,
    @NotBlank(message = REQUIRED) @Size(max = 36) String providerReference,
    @Schema(example = "0153")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = MUNICIPALITY, message = MUNICIPALITY_MESSAGE)
        String municipality,
    @NotNull(message = REQUIRED) LocalDate receivedOn,
    @Schema(description = "WJ758: 1 client's situation changed, 2 care plan changed", example = "1")
        @NotNull(message = REQUIRED)
        Integer reason,
    @Nullable Integer adjustmentReason,
    @Nullable Boolean priorContact,
    @Schema(description = "Each change states its terms whole, as a JW317 does")
        @Nullable Boolean wholeTerms,
    @Nullable Boolean referrerAssessedExtension,
    @Valid @Nullable ChangePlanBody plan,
    @Nullable List<@Valid @NotNull(message = REQUIRED) UnchangedBody> unchanged,
    @Nullable List<@Valid @NotNull(message = REQUIRED) ChangedBody> change,
    @JsonProperty("new") @Nullable List<@Valid @NotNull(message = REQUIRED) AddedBody> added) {

  /** The provider's plan after the evaluation with the referrer (R-AAA-2). */
  record ChangePlanBody(
      @NotBlank(message = REQUIRED) @Size(max = 80) String reference,
      @NotNull(message = REQUIRED) LocalDate evaluatedOn) {}

  /** An allocation that stays as it is. */
  record UnchangedBody(@NotNull(message = REQUIRED) Integer number) {}

  /** An allocation to change (TeWijzigenProduct); absent parts stay as they are. */
  record ChangedBody(
      @NotNull(message = REQUIRED) Integer number,
      @NotNull(message = REQUIRED) LocalDate desiredStart,
      @Nullable LocalDate end,
      @Valid @Nullable VolumeBody volume,
      @PositiveOrZero @Nullable Long budgetCents) {}

  /** A new product (NieuwProduct). */
  record AddedBody(
      @NotNull(message = REQUIRED) @Valid ProductBody product,
      @NotNull(message = REQUIRED) LocalDate desiredStart,
      @Nullable LocalDate end,
      @Valid @Nullable VolumeBody volume,
      @PositiveOrZero @Nullable Long budgetCents) {}
}
