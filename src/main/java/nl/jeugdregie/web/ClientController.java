package nl.jeugdregie.web;

import static nl.jeugdregie.policy.JsonInput.optionalText;
import static nl.jeugdregie.policy.JsonInput.text;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.allocation.Overview;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Timelines;
import nl.jeugdregie.allocation.Views.Timeline;
import nl.jeugdregie.clients.Address;
import nl.jeugdregie.clients.AuditEntry;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.clients.Gender;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A client's timeline, the BRP address the access team records for the iJw JW301, the personal-data
 * audit log (admin) and the region figures (policy, contract management, admin).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ClientController {

  private final Timelines timelines;
  private final Clients clients;
  private final Overview overview;

  ClientController(Timelines timelines, Clients clients, Overview overview) {
    this.timelines = timelines;
    this.clients = clients;
    this.overview = overview;
  }

  /** {@code key}: a BSN, or a pseudonym ({@code C-...}) as contract managers see it. */
  @GetMapping("/clients/{key}/timeline")
  Timeline timeline(Actor actor, @PathVariable String key) {
    return timelines.of(actor, key);
  }

  /** The BRP address as iJw CDT_Adres carries it; {@link Address} checks the parts. */
  @BodyRoot("address")
  record AddressBody(
      @Schema(example = "Oude Markt") @NotBlank(message = REQUIRED) @Size(max = 24) String street,
      @Schema(example = "12") @NotNull(message = REQUIRED) @Min(1) @Max(99_999) Integer houseNumber,
      @Schema(example = "A") @Nullable String houseLetter,
      @Schema(example = "2") @Size(max = 4) @Nullable String houseNumberAddition,
      @Schema(example = "7511 GB") @NotBlank(message = REQUIRED) String postcode,
      @Schema(example = "Enschede") @NotBlank(message = REQUIRED) @Size(max = 80) String city,
      @Schema(description = "COD046 sex code; absent keeps the one recorded", example = "2")
          @Nullable String gender) {}

  /**
   * The client's BRP address and sex (COD046), e.g. {@code {"street": "Oude Markt", "houseNumber":
   * 12, "houseLetter": "A", "houseNumberAddition": "2", "postcode": "7511 GB", "city": "Enschede",
   * "gender": "2"}}; houseLetter, houseNumberAddition and gender are optional (gender absent keeps
   * the one recorded). Access team of the client's municipality, or admin; 204.
   */
  @PutMapping(path = "/clients/{pseudonym}/address", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void address(Actor actor, @PathVariable String pseudonym, @Valid @RequestBody AddressBody body) {
    JsonNode json = JsonBodies.tree(body);
    Address address =
        new Address(
            text(json, "street", "address"),
            body.houseNumber(),
            optionalText(json, "houseLetter"),
            optionalText(json, "houseNumberAddition"),
            text(json, "postcode", "address"),
            text(json, "city", "address"));
    String gender = optionalText(json, "gender");
    clients.setAddress(
        actor,
        pseudonym,
        address,
        gender == null ? null : Gender.parse(gender),
        "PUT /api/v1/clients/" + pseudonym + "/address");
  }

  /** Who read or changed which client's personal data, newest first (admin only). */
  @GetMapping(
      path = "/audit",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  List<AuditEntry> audit(
      Actor actor,
      @RequestParam(required = false) @Nullable String client,
      @RequestParam(defaultValue = "100") int limit) {
    if (actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted("only an administrator reads the audit log");
    }
    if (client == null) return clients.auditLog(null, limit);
    Client found =
        clients
            .findByPseudonym(client)
            .orElseThrow(() -> RouteRefusedException.notFound("client", "no client " + client));
    return clients.auditLog(found.id(), limit);
  }

  /** Requests and allocations per region, without any client. */
  @GetMapping("/overview")
  Map<String, Object> overview(Actor actor) {
    return Map.of("regions", overview.figures(actor));
  }
}
