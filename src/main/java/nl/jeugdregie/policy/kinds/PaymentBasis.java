package nl.jeugdregie.policy.kinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;
import org.jspecify.annotations.Nullable;

/**
 * How care is paid: price x quantity per month, following the professional's function group
 * (IJsselland 001 §4.4, R-IJS-10; Amstelveen/Aalsmeer 004, R-AAA-1), or task-based for the crisis
 * function (001 §4.4.3, R-IJS-7).
 *
 * <p>Task-based: no PxQ declaration line may name one of {@code products} (billing refuses it), and
 * the region settles the function per {@code period}: {@code availabilityCents} shared by
 * solidarity over the municipalities in proportion to {@code solidarityKey} (e.g. inhabitants),
 * plus {@code callOutCents} per recorded call-out in a municipality (profijtbeginsel).
 */
public record PaymentBasis(
    Method method,
    PaymentPeriod period,
    boolean byFunctionGroup,
    Set<String> products,
    @Nullable Long availabilityCents,
    @Nullable Long callOutCents,
    Map<String, Long> solidarityKey)
    implements RuleKind {

  /** PxQ (inspanningsgericht) or task-based (taakgericht). */
  public enum Method {
    PXQ,
    TASK_BASED
  }

  /** How often declarations are paid. */
  public enum PaymentPeriod {
    MONTH
  }

  public PaymentBasis {
    products = Set.copyOf(products);
    solidarityKey = Map.copyOf(solidarityKey);
  }

  public static PaymentBasis from(YamlFields p) {
    Method method = p.enumValue("method", Method.class);
    PaymentPeriod period =
        p.has("period") ? p.enumValue("period", PaymentPeriod.class) : PaymentPeriod.MONTH;
    Map<String, Long> key = new LinkedHashMap<>();
    // CBS codes are four digits; the map reads them as numbers, so the leading zeros come back here
    p.optionalNumberMap("solidarityKey").forEach((code, weight) -> key.put(cbs(code), weight));
    return new PaymentBasis(
        method,
        period,
        p.bool("byFunctionGroup", false),
        Set.copyOf(p.optionalList("products", "a product code", s -> s)),
        p.optionalCents("availabilityCents"),
        p.optionalCents("callOutCents"),
        key);
  }

  private static String cbs(int code) {
    return String.format(java.util.Locale.ROOT, "%04d", code);
  }

  @Override
  public @Nullable String problemWith(PolicyPack pack) {
    List<String> unknown =
        products.stream().filter(code -> !pack.products().containsKey(code)).sorted().toList();
    if (!unknown.isEmpty()) return "products " + unknown + " are not in the pack's product book";
    List<String> strangers =
        solidarityKey.keySet().stream()
            .filter(code -> !pack.municipalities().containsKey(code))
            .sorted()
            .toList();
    if (!strangers.isEmpty()) {
      return "solidarityKey names municipalities " + strangers + " that are not in the pack";
    }
    if (availabilityCents != null
        && !pack.municipalities().keySet().equals(solidarityKey.keySet())) {
      return "availabilityCents is shared by solidarity: solidarityKey must weigh every"
          + " municipality of the pack";
    }
    if (solidarityKey.values().stream().anyMatch(w -> w <= 0)) {
      return "solidarityKey weights must be positive";
    }
    return null;
  }
}
