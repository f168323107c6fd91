package nl.jeugdregie.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decision contract over HTTP (docs/decision-contract.md) and the list of packs. */
@RestController
@RequestMapping("/api/v1")
class DecisionController {

  private final PolicyCatalog catalog;

  DecisionController(PolicyCatalog catalog) {
    this.catalog = catalog;
  }

  @PostMapping(
      path = "/decisions",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  String decide(@RequestParam String policy, @Valid @RequestBody DecisionRequestBody request) {
    return DecisionJson.write(
        catalog.decide(policy, DecisionJson.parseRequest(JsonBodies.tree(request))));
  }

  @GetMapping(path = "/policies", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> policies() {
    return catalog.all().stream().map(DecisionController::summary).toList();
  }

  private static Map<String, Object> summary(PolicyPack pack) {
    return Map.of(
        "id", pack.id(),
        "name", pack.name(),
        "validFrom", pack.validFrom().toString(),
        "validTo", pack.validTo() == null ? "" : String.valueOf(pack.validTo()),
        "municipalities", pack.municipalities().size(),
        "products", pack.products().size(),
        "rules", pack.rules().size(),
        "norms", pack.norms().size());
  }
}
