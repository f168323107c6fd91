package nl.jeugdregie.web;

import static nl.jeugdregie.web.BodyParts.AGB;
import static nl.jeugdregie.web.BodyParts.AGB_MESSAGE;
import static nl.jeugdregie.web.BodyParts.BSN;
import static nl.jeugdregie.web.BodyParts.BSN_MESSAGE;
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
import nl.jeugdregie.web.DecisionRequestBody.BudgetBody;
import nl.jeugdregie.web.DecisionRequestBody.ChangeReasonBody;
import nl.jeugdregie.web.DecisionRequestBody.ClientBody;
import nl.jeugdregie.web.DecisionRequestBody.CurrentBody;
import nl.jeugdregie.web.DecisionRequestBody.InterventionBody;
import nl.jeugdregie.web.DecisionRequestBody.ParallelBudgetBody;
import nl.jeugdregie.web.DecisionRequestBody.PlanBody;
import nl.jeugdregie.web.DecisionRequestBody.ReferrerBody;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/requests}: an allocation request (VOT), the decision contract's request
 * ({@link DecisionRequestBody}, the same fields) plus who it is for and from, read by {@link
 * nl.jeugdregie.allocation.RequestSubmission#parse}, which checks the 11-proef and the date window.
 */
@BodyRoot("request")
@Schema(
    description =
        "An allocation request (VOT): the decision contract's request plus client and provider.")
record AllocationRequestBody(
    @Schema(description = "The client's BSN (11-proef)", example = "111222333")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = BSN, message = BSN_MESSAGE)
        String clientBsn,
    @Schema(description = "iJw LDT_Naam") @Size(max = 200) @Nullable String clientName,
    @Schema(example = "12345678")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = AGB, message = AGB_MESSAGE)
        String providerAgb,
    @Schema(description = "Unique per provider (iJw ReferentieAanbieder)", example = "V-2025-001")
        @NotBlank(message = REQUIRED)
        @Size(max = 36)
        String providerReference,
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
        @Nullable List<@Valid @NotNull(message = REQUIRED) ParallelBudgetBody> parallelBudgets) {}
