package nl.jeugdregie.policy;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A control norm (beheersing): a target band for a metric, optionally per sub-segment or product,
 * from a year on, against a baseline. Decides nothing; the dashboards score against it.
 */
public record Norm(
    String id,
    Metric metric,
    String source,
    Set<String> subSegments,
    Set<String> products,
    @Nullable BigDecimal min,
    @Nullable BigDecimal max,
    @Nullable Integer baselineYear,
    @Nullable BigDecimal baselineValue,
    @Nullable Integer by,
    boolean assumption,
    @Nullable String note,
    int line) {

  public Norm {
    subSegments = Set.copyOf(subSegments);
    products = Set.copyOf(products);
  }
}
