package nl.jeugdregie.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One version of one region's procurement model, as loaded and validated from its YAML file. Valid
 * from {@code validFrom} to {@code validTo} (inclusive; open when null).
 */
public record PolicyPack(
    String id,
    String name,
    LocalDate validFrom,
    @Nullable LocalDate validTo,
    Map<String, String> sources,
    Map<String, Municipality> municipalities,
    Map<String, Product> products,
    Map<String, AspecificCategory> aspecific,
    Map<BudgetScheme, BudgetDefinition> budgets,
    List<PackRule> rules,
    List<Norm> norms,
    String origin) {

  public PolicyPack {
    sources = Map.copyOf(sources);
    municipalities = Map.copyOf(municipalities);
    products = Map.copyOf(products);
    aspecific = Map.copyOf(aspecific);
    budgets = Map.copyOf(budgets);
    rules = List.copyOf(rules);
    norms = List.copyOf(norms);
  }

  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public Decision.PolicyRef ref() {
    return new Decision.PolicyRef(id, validFrom);
  }

  /** The rules of one kind, e.g. the usage-signal thresholds the signals module needs. */
  public <K extends RuleKind> List<K> rulesOfKind(Class<K> kind) {
    return rules.stream().map(PackRule::kind).filter(kind::isInstance).map(kind::cast).toList();
  }
}
