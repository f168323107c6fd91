package nl.jeugdregie.web;

import static nl.jeugdregie.policy.JsonInput.known;
import static nl.jeugdregie.policy.JsonInput.optionalDate;
import static nl.jeugdregie.policy.JsonInput.optionalText;
import static nl.jeugdregie.policy.JsonInput.text;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Provider;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
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
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ProviderView> register(Actor actor, @RequestBody String body) {
    adminOnly(actor);
    JsonNode json = JsonBodies.read(body, "provider");
    known(json, "provider", Set.of("agb", "name"));
    String agb = text(json, "agb", "provider");
    if (!agb.matches("\\d{8}")) {
      throw new InvalidRequestException("provider.agb", "must be an 8-digit AGB code");
    }
    String name = text(json, "name", "provider");
    if (name.length() > 200) {
      throw new InvalidRequestException("provider.name", "must be at most 200 characters");
    }
    Provider provider = providers.register(agb, name);
    return ResponseEntity.created(URI.create("/api/v1/providers/" + agb))
        .body(new ProviderView(provider.agb(), provider.name(), providers.contracts(agb)));
  }

  /**
   * {@code {"region": "twente", "category": "45", "productCode": "45B01", "validFrom":
   * "2025-01-01", "validTo": null}}; without productCode the contract covers the whole category.
   */
  @PostMapping(path = "/{agb}/contracts", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ProviderView> contract(
      Actor actor, @PathVariable String agb, @RequestBody String body) {
    adminOnly(actor);
    Provider provider = find(agb);
    JsonNode json = JsonBodies.read(body, "contract");
    known(json, "contract", Set.of("region", "category", "productCode", "validFrom", "validTo"));
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
