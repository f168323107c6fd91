package nl.jeugdregie.web;

import static nl.jeugdregie.policy.JsonInput.date;
import static nl.jeugdregie.policy.JsonInput.known;
import static nl.jeugdregie.policy.JsonInput.optionalDate;

import java.util.Set;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.MunicipalChange;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

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
  @PostMapping(path = "/start", consumes = MediaType.APPLICATION_JSON_VALUE)
  AllocationView start(
      Actor actor,
      @PathVariable String municipality,
      @PathVariable int number,
      @RequestBody String body) {
    JsonNode json = JsonBodies.read(body, "start");
    known(json, "start", Set.of("date", "version"));
    return allocations.start(
        actor, municipality, number, date(json, "date", "start"), version(json, "start"));
  }

  /**
   * {@code {"date": "2025-09-30", "reason": "31", "referrerConsultedOn": "2025-09-15", "version":
   * 1}}; reason JZ588 (20 = temporary); referrerConsultedOn where the region asks the referrer
   * consulted before care ends (IJsselland R-IJS-8).
   */
  @PostMapping(path = "/stop", consumes = MediaType.APPLICATION_JSON_VALUE)
  AllocationView stop(
      Actor actor,
      @PathVariable String municipality,
      @PathVariable int number,
      @RequestBody String body) {
    JsonNode json = JsonBodies.read(body, "stop");
    known(json, "stop", Set.of("date", "reason", "referrerConsultedOn", "version"));
    JsonNode reason = json.get("reason");
    if (reason == null || reason.isNull()) {
      throw new InvalidRequestException(
          "stop.reason", "is required: a JZ588 code (20 = temporary)");
    }
    StopReason stopReason;
    try {
      stopReason = StopReason.parse(reason.asString());
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
        version(json, "stop"));
  }

  /**
   * The municipality's own change (JZ002 reason): {@code {"reason": "05", "end": "2025-08-31"}},
   * {@code {"reason": "14", "from": "2025-07-01", "volume": {...}}}, {@code {"reason": "13"}}
   * (delete); {@code providerConsent} for lowering or shortening into the past.
   */
  @PostMapping(path = "/change", consumes = MediaType.APPLICATION_JSON_VALUE)
  Allocations.ChangeResult change(
      Actor actor,
      @PathVariable String municipality,
      @PathVariable int number,
      @RequestBody String body) {
    return allocations.change(
        actor, municipality, number, MunicipalChange.parse(JsonBodies.read(body, "change")));
  }

  private static @Nullable Integer version(JsonNode json, String path) {
    JsonNode version = json.get("version");
    if (version == null || version.isNull()) return null;
    if (!version.canConvertToInt() || !version.isIntegralNumber()) {
      throw new InvalidRequestException(path + ".version", "must be a whole number");
    }
    return version.asInt();
  }
}
