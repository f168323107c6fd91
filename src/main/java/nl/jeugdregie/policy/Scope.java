package nl.jeugdregie.policy;

import java.util.Set;
import nl.jeugdregie.shared.ReferrerType;

/** Which requests a rule applies to (a pack rule's {@code when}); an empty set matches anything. */
public record Scope(
    Set<String> products,
    Set<String> categories,
    Set<RequestKind> kinds,
    Set<ReferrerType> referrers,
    Set<BudgetScheme> schemes) {

  public static final Scope ANY = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public Scope {
    products = Set.copyOf(products);
    categories = Set.copyOf(categories);
    kinds = Set.copyOf(kinds);
    referrers = Set.copyOf(referrers);
    schemes = Set.copyOf(schemes);
  }

  public boolean matches(RequestCase c) {
    DecisionRequest request = c.request();
    String code = request.productCode();
    BudgetScheme scheme = request.budget().scheme();
    return (products.isEmpty() || (code != null && products.contains(code)))
        && (categories.isEmpty() || categories.contains(c.category()))
        && (kinds.isEmpty() || kinds.contains(request.kind()))
        && (referrers.isEmpty() || referrers.contains(request.referrer().type()))
        && (schemes.isEmpty() || (scheme != null && schemes.contains(scheme)));
  }
}
