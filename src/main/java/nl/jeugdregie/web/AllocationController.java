package nl.jeugdregie.web;

import static nl.jeugdregie.policy.JsonInput.date;
import static nl.jeugdregie.policy.JsonInput.optionalDate;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.EndReport;
import nl.jeugdregie.allocation.MunicipalChange;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.web.BodyParts.VolumeBody;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Allocations by their iJw identity (municipality + ToewijzingNummer), with version history, and
 * the provider's start and stop of delivery.
 */
@RestController
@RequestMapping(
    path = "/api/v1/allocations/{municipality}/{number}",
    produces = MediaType.APPLICATION_JSON_VALUE)
class AllocationController {

  private final Allocations allocations;

  AllocationController(Allocations allocations) {
    this.allocations = allocations;
  }

  @GetMapping
  AllocationView get(Actor actor, @PathVariable String municipality, @PathVariable int number) {
    return allocations.get(actor, municipality, number);
  }

  /** {@code {"date": "2025-04-01", "version": 0}}; version optional (optimistic lock). */
  @BodyRoot("start")
  record StartBody(
      @Schema(example = "2025-04-01") @NotNull(message = REQUIRED) LocalDate date,
      @Schema(description = "The allocation's current version (optimistic lock)")
          @Nullable Integer version) {}

  @PostMapping(path = "/start", consumes = MediaType.APPLICATION_JSON_VALUE)
  AllocationView start(
      Actor actor,
      @PathVariable String municipality,
      @PathVariable int number,
      @Valid @RequestBody StartBody body) {
    JsonNode json = JsonBodies.tree(body);
    return allocations.start(
        actor, municipality, number, date(json, "date", "start"), body.version());
  }

  /**
   * {@code {"date": "2025-09-30", "reason": "31", "referrerConsultedOn": "2025-09-15",
   * "goalsReached": "PARTLY", "goalsInTime": true, "version": 1}}; reason JZ588 (20 = temporary);
   * referrerConsultedOn where the region asks the referrer consulted before care ends (IJsselland
   * R-IJS-8); the end-of-care report (goalsReached, goalsInTime) optional and only with a
   * definitive stop (R-NLI-1, R-IJS-11).
   */
  @BodyRoot("stop")
  record StopBody(
      @Schema(example = "2025-09-30") @NotNull(message = REQUIRED) LocalDate date,
      @Schema(description = "JZ588 reason code (20 = temporary)", example = "31")
          @NotNull(message = "is required: a JZ588 code (20 = temporary)")
          String reason,
      @Nullable LocalDate referrerConsultedOn,
      @Schema(
              description =
                  "End-of-care report: were the plan's goals reached (only with a definitive stop)",
              allowableValues = {"YES", "PARTLY", "NO"},
              example = "PARTLY")
          @Pattern(regexp = "YES|PARTLY|NO", message = "must be YES, PARTLY or NO")
          @Nullable String goalsReached,
      @Schema(
              description =
                  "End-of-care report: within the term set for the goals (needs goalsReached)")
          @Nullable Boolean goalsInTime,
      @Schema(description = "The allocation's current version (optimistic lock)")
          @Nullable Integer version) {

    /** The end-of-care report, or null when none was given. */
    @Nullable EndReport report() {
      if (goalsReached == null) {
        if (goalsInTime != null) {
          throw new InvalidRequestException(
              "stop.goalsInTime",
              "goes with goalsReached (YES, PARTLY or NO): give both or neither");
        }
        return null;
      }
      return new EndReport(EndReport.Goals.parse(goalsReached), goalsInTime);
    }
  }

  @PostMapping(path = "/stop", consumes = MediaType.APPLICATION_JSON_VALUE)
  AllocationView stop(
      Actor actor,
      @PathVariable String municipality,
      @PathVariable int number,
      @Valid @RequestBody StopBody body) {
    JsonNode json = JsonBodies.tree(body);
    StopReason stopReason;
    try {
      stopReason = StopReason.parse(body.reason());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("stop.reason", String.valueOf(e.getMessage()));
    }
    return allocations.stop(
        actor,
        municipality,
        number,
        date(json, "date", "stop"),
        stopReason,
        optionalDate(json, "referrerConsultedOn", "stop"),
        body.report(),
        body.version());
  }

  /**
   * The municipality's own change (JZ002 reason): {@code {"reason": "05", "end": "2025-08-31"}},
   * {@code {"reason": "14", "from": "2025-07-01", "volume": {...}}}, {@code {"reason": "13"}}
   * (delete); {@code providerConsent} for lowering or shortening into the past.
   */
  @BodyRoot("change")
  record MunicipalChangeBody(
      @Schema(description = "JZ002 reason code (02-14)", example = "05")
          @NotNull(message = "is required: a JZ002 code (02-14)")
          String reason,
      @Schema(description = "The day a volume change takes effect") @Nullable LocalDate from,
      @Schema(
              type = "string",
              format = "date",
              nullable = true,
              description = "The new end; null opens the end, absent keeps it")
          @JsonDeserialize(using = ExplicitNull.class)
          @Nullable Optional<LocalDate> end,
      @Valid @Nullable VolumeBody volume,
      @PositiveOrZero @Nullable Long budgetCents,
      @Nullable Boolean providerConsent,
      @Min(1) @Max(99) @Nullable Integer level,
      @Nullable Integer version) {}

  @PostMapping(path = "/change", consumes = MediaType.APPLICATION_JSON_VALUE)
  Allocations.ChangeResult change(
      Actor actor,
      @PathVariable String municipality,
      @PathVariable int number,
      @Valid @RequestBody MunicipalChangeBody body) {
    return allocations.change(
        actor, municipality, number, MunicipalChange.parse(JsonBodies.tree(body)));
  }
}
