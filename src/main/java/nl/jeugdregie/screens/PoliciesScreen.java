package nl.jeugdregie.screens;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.policy.Norm;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Beheer, read only: the policy packs per region and their versions (valid from, to), as {@code GET
 * /api/v1/policies} lists them, and per version its rules (the rule id of docs/domain.md, e.g.
 * R-TWE-1, its kind, the clause of the seed document it was taken from with that document's
 * citation, and whether a number in it is our assumption) and its control norms (metric, band,
 * source). The packs hold no personal data; every signed-in role may read them, as the API's pack
 * list is open.
 */
@Controller
class PoliciesScreen {

  private final PolicyCatalog catalog;

  PoliciesScreen(PolicyCatalog catalog) {
    this.catalog = catalog;
  }

  /** One region's pack versions, oldest first. */
  record Region(String id, String name, List<Version> versions) {}

  /** One version of a pack, with the rules and norms it holds. */
  record Version(
      String key,
      String name,
      LocalDate validFrom,
      @Nullable LocalDate validTo,
      int municipalities,
      int products,
      List<Rule> rules,
      List<NormRow> norms) {}

  /**
   * A rule as the pack states it: {@code source} the clause it cites ("002 p.1 '...'"), {@code
   * citation} the seed document that clause is in, from the pack's sources.
   */
  record Rule(
      String id,
      String kind,
      String source,
      @Nullable String citation,
      boolean assumption,
      @Nullable String note) {}

  record NormRow(
      String id,
      String metric,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      @Nullable Integer by,
      String source,
      @Nullable String citation,
      boolean assumption) {}

  /** {@code regio} opens that region's versions on the page. */
  @GetMapping("/app/beheer/beleid")
  String policies(
      Actor actor, @RequestParam(required = false) @Nullable String regio, Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute(
        "regions",
        catalog.ids().stream()
            .map(id -> region(id, catalog.versions(id)))
            .filter(r -> !r.versions().isEmpty())
            .toList());
    model.addAttribute("open", regio);
    return "beleid";
  }

  private static Region region(String id, List<PolicyPack> packs) {
    List<Version> versions = packs.stream().map(PoliciesScreen::version).toList();
    String name = packs.isEmpty() ? id : packs.getLast().name();
    return new Region(id, name, versions);
  }

  private static Version version(PolicyPack pack) {
    return new Version(
        pack.id() + "@" + pack.validFrom(),
        pack.name(),
        pack.validFrom(),
        pack.validTo(),
        pack.municipalities().size(),
        pack.products().size(),
        pack.rules().stream().map(r -> rule(r, pack.sources())).toList(),
        pack.norms().stream().map(n -> norm(n, pack.sources())).toList());
  }

  private static Rule rule(PackRule rule, Map<String, String> sources) {
    return new Rule(
        rule.id(),
        rule.kindName(),
        rule.source(),
        citation(rule.source(), sources),
        rule.assumption(),
        rule.note());
  }

  private static NormRow norm(Norm norm, Map<String, String> sources) {
    return new NormRow(
        norm.id(),
        norm.metric().name(),
        norm.min(),
        norm.max(),
        norm.by(),
        norm.source(),
        citation(norm.source(), sources),
        norm.assumption());
  }

  /** The seed document a source starts with ("002 p.1 ..." is in document 002), or null. */
  private static @Nullable String citation(String source, Map<String, String> sources) {
    return sources.entrySet().stream()
        .filter(s -> source.startsWith(s.getKey()))
        .map(s -> s.getKey() + ": " + s.getValue())
        .findFirst()
        .orElse(null);
  }
}
