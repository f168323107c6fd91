package nl.jeugdregie.policy;

import org.jspecify.annotations.Nullable;

/**
 * What a decision rule sees: the request, the grant as adjusted by the rules before it, the product
 * from the pack's product book (null for an aspecific, category-only request) and the pack.
 */
public record RequestCase(
    DecisionRequest request, Grant grant, @Nullable Product product, PolicyPack pack) {

  /** The request's product category: its product's, or the category it names. */
  public String category() {
    return product != null ? product.category() : request.category();
  }
}
