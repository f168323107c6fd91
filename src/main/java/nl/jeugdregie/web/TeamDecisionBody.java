package nl.jeugdregie.web;

import static nl.jeugdregie.web.BodyParts.MUNICIPALITY;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY_MESSAGE;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.jeugdregie.web.BodyParts.PeriodBody;
import nl.jeugdregie.web.BodyParts.VolumeBody;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/requests/{id}/decision}: the access team's decision, read by {@link
 * nl.jeugdregie.allocation.TeamDecision#parse} (which reasons go with which outcome, WJ759).
 */
@BodyRoot("decision")
@Schema(description = "The access team's decision on a request in investigation.")
record TeamDecisionBody(
    @Schema(description = "APPROVE or REJECT", example = "APPROVE") @NotNull(message = REQUIRED)
        String outcome,
    @Schema(description = "WJ759 rejection reason 1-9, with REJECT only", example = "3")
        @Nullable String reason,
    @Schema(description = "What an APPROVE changes; absent parts stay as requested") @Valid
        @Nullable AdjustmentsBody adjustments,
    @Size(max = 1000) @Nullable String note,
    @Schema(description = "The request's current version (optimistic lock)")
        @Nullable Integer version,
    @Schema(description = "CBS code, with a rejection for 8 (woonplaatsbeginsel) only")
        @Pattern(regexp = MUNICIPALITY, message = MUNICIPALITY_MESSAGE)
        @Nullable String responsibleMunicipality) {

  record AdjustmentsBody(
      @Valid @Nullable PeriodBody period,
      @Valid @Nullable VolumeBody volume,
      @PositiveOrZero @Nullable Long budgetCents,
      @Nullable Integer level) {}
}
