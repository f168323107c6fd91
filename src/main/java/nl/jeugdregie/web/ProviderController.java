package nl.jeugdregie.web;

import static nl.jeugdregie.policy.JsonInput.optionalDate;
import static nl.jeugdregie.policy.JsonInput.optionalText;
import static nl.jeugdregie.policy.JsonInput.text;
import static nl.jeugdregie.web.BodyParts.AGB;
import static nl.jeugdregie.web.BodyParts.AGB_MESSAGE;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Provider;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.CodePatterns;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Providers (AGB) and their contracts per region and product: registered by an administrator,
 * readable by every signed-in role (a contract holds no personal data, and access teams need to
 * know who is contracted).
 */
@RestController
@RequestMapping(path = "/api/v1/providers", produces = MediaType.APPLICATION_JSON_VALUE)
class ProviderController {

  private final Providers providers;
  private final PolicyCatalog catalog;

  ProviderController(Providers providers, PolicyCatalog catalog) {
    this.providers = providers;
    this.catalog = catalog;
  }

  record ProviderView(String agb, String name, List<Contract> contracts) {}

  /** {@code {"agb": "12345678", "name": "..."}}; registering a known AGB renames it. */
  @BodyRoot("provider")
  record ProviderBody(
      @Schema(example = "12345678")
          @NotNull(message = REQUIRED)
          @Pattern(regexp = AGB, message = AGB_MESSAGE)
          String agb,
      @Schema(example = "Zorg Twente") @NotBlank(message = REQUIRED) @Size(max = 200)
          String name) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ProviderView> register(Actor actor, @Valid @RequestBody ProviderBody body) {
    adminOnly(actor);
    String agb = body.agb();
    Provider provider = providers.register(agb, body.name().strip());
    return ResponseEntity.created(URI.create("/api/v1/providers/" + agb))
        .body(new ProviderView(provider.agb(), provider.name(), providers.contracts(agb)));
  }

  /**
   * {@code {"region": "twente", "category": "45", "productCode": "45B01", "validFrom":
   * "2025-01-01", "validTo": null}}; without productCode the contract covers the whole category.
   */
  @BodyRoot("contract")
  record ContractBody(
      @Schema(description = "A policy pack id", example = "twente") @NotBlank(message = REQUIRED)
          String region,
      @Schema(example = "45")
          @NotNull(message = REQUIRED)
          @Pattern(regexp = CodePatterns.CATEGORY, message = CodePatterns.CATEGORY_MESSAGE)
          String category,
      @Schema(description = "Absent: the whole category", example = "45B01")
          @Nullable String productCode,
      @Schema(example = "2025-01-01") @NotNull(message = REQUIRED) LocalDate validFrom,
      @Nullable LocalDate validTo) {}

  @PostMapping(path = "/{agb}/contracts", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ProviderView> contract(
      Actor actor, @PathVariable String agb, @Valid @RequestBody ContractBody body) {
    adminOnly(actor);
    Provider provider = find(agb);
    JsonNode json = JsonBodies.tree(body);
    String region = text(json, "region", "contract");
    List<PolicyPack> versions = catalog.versions(region);
    if (versions.isEmpty()) {
      throw new InvalidRequestException(
          "contract.region", "no policy pack '" + region + "' (known: " + catalog.ids() + ")");
    }
    String category = text(json, "category", "contract");
    if (!category.matches("\\d{2}")) {
      throw new InvalidRequestException("contract.category", "must be a 2-digit JZ020 category");
    }
    String given = optionalText(json, "productCode");
    String code = given == null ? null : given.toUpperCase(java.util.Locale.ROOT);
    if (code != null
        && versions.stream()
            .noneMatch(
                p ->
                    p.products().containsKey(code)
                        && p.products().get(code).category().equals(category))) {
      throw new InvalidRequestException(
          "contract.productCode",
          "product "
              + code
              + " of category "
              + category
              + " is not in the product book of "
              + region);
    }
    LocalDate from = optionalDate(json, "validFrom", "contract");
    if (from == null) throw new InvalidRequestException("contract.validFrom", "is required");
    LocalDate to = optionalDate(json, "validTo", "contract");
    if (to != null && to.isBefore(from)) {
      throw new InvalidRequestException("contract.validTo", "is before validFrom " + from);
    }
    providers.contract(new Contract(agb, region, category, code, from, to));
    return ResponseEntity.created(URI.create("/api/v1/providers/" + agb))
        .body(new ProviderView(agb, provider.name(), providers.contracts(agb)));
  }

  @GetMapping("/{agb}")
  ProviderView get(Actor actor, @PathVariable String agb) {
    Provider provider = find(agb);
    return new ProviderView(provider.agb(), provider.name(), providers.contracts(agb));
  }

  private Provider find(String agb) {
    return providers
        .find(agb)
        .orElseThrow(() -> RouteRefusedException.notFound("agb", "no provider " + agb));
  }

  private static void adminOnly(Actor actor) {
    if (actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted("only an administrator registers providers");
    }
  }
}
