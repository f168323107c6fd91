package nl.jeugdregie.web;

import static nl.jeugdregie.web.BodyParts.AGB;
import static nl.jeugdregie.web.BodyParts.AGB_MESSAGE;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY_MESSAGE;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.web.BodyParts.PeriodBody;
import nl.jeugdregie.web.BodyParts.ProductBody;
import nl.jeugdregie.web.BodyParts.VolumeBody;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/decisions}: the decision contract's request (docs/decision-contract.md), read
 * by {@link nl.jeugdregie.policy.DecisionJson#parseRequest}. The client route's request ({@link
 * AllocationRequestBody}) is this plus who it is for and from.
 */
@BodyRoot("request")
@Schema(description = "A request as the decision contract reads it (docs/decision-contract.md).")
record DecisionRequestBody(
    @Schema(description = "INITIAL, EXTENSION or CHANGE", example = "INITIAL")
        @NotNull(message = REQUIRED)
        String kind,
    @Schema(example = "2025-03-03") @NotNull(message = REQUIRED) LocalDate receivedOn,
    @Schema(description = "CBS code of the paying municipality", example = "0153")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = MUNICIPALITY, message = MUNICIPALITY_MESSAGE)
        String municipality,
    @NotNull(message = REQUIRED) @Valid ClientBody client,
    @NotNull(message = REQUIRED) @Valid ReferrerBody referrer,
    @Nullable Boolean priorContact,
    @NotNull(message = REQUIRED) @Valid ProductBody product,
    @NotNull(message = REQUIRED) @Valid PeriodBody period,
    @Valid @Nullable VolumeBody volume,
    @PositiveOrZero @Nullable Integer sessions,
    @Valid @Nullable BudgetBody budget,
    @Nullable LocalDate careStartedOn,
    @Nullable Boolean complex,
    @Valid @Nullable ChangeReasonBody change,
    @Valid @Nullable CurrentBody current,
    @Valid @Nullable InterventionBody intervention,
    @Valid @Nullable PlanBody plan,
    @Size(max = 100)
        @Nullable List<@Valid @NotNull(message = REQUIRED) ParallelBudgetBody> parallelBudgets) {

  record ClientBody(
      @Schema(example = "2014-05-01") @NotNull(message = REQUIRED) LocalDate birthDate) {}

  record ReferrerBody(
      @Schema(
              description = "COD327 referrer code (01-06, 08, also as a number) or name (GP ...)",
              example = "02")
          @NotNull(message = REQUIRED)
          String type,
      @Nullable LocalDate letterDate,
      @Nullable Boolean usedBefore,
      @Nullable Boolean extraCheck,
      @Nullable Boolean assessedExtension) {}

  record BudgetBody(
      @Schema(description = "KEUZEBUDGET, OFFERTE, INTERVENTION_LEVEL, SIGNAALBUDGET, MAATWERK")
          @Nullable String scheme,
      @PositiveOrZero @Nullable Integer level,
      @Schema(description = "HERSTEL or DUURZAAM") @Nullable String kind,
      @PositiveOrZero @Nullable Long amountCents) {}

  record ChangeReasonBody(
      @Schema(description = "IJsselland adjustment reason 1-4") @PositiveOrZero
          @Nullable Integer reason) {}

  record CurrentBody(
      @PositiveOrZero @Nullable Integer level,
      @Valid @Nullable PeriodBody period,
      @PositiveOrZero @Nullable Long budgetCents,
      @PositiveOrZero @Nullable Long usedCents) {}

  record InterventionBody(
      @Schema(description = "PROVEN, UNPROVEN, INEFFECTIVE or OUTSIDE_JEUGDWET")
          @Nullable String evidence) {}

  record PlanBody(
      @NotBlank(message = REQUIRED) @Size(max = 80) String reference,
      @Size(min = 1, max = 80) @Nullable String director,
      @Nullable LocalDate evaluatedOn) {}

  record ParallelBudgetBody(
      @NotNull(message = REQUIRED) @Pattern(regexp = AGB, message = AGB_MESSAGE) String provider,
      @NotNull(message = REQUIRED) String scheme,
      @NotNull(message = REQUIRED) @Valid PeriodBody period) {}
}
