package nl.jeugdregie.policy.kinds;

import java.util.List;
import java.util.Set;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;
import org.jspecify.annotations.Nullable;

/**
 * How care is paid: price x quantity per month, following the professional's function group
 * (IJsselland 001 §4.4, R-IJS-10; Amstelveen/Aalsmeer 004, R-AAA-1), or task-based for the crisis
 * function (001 §4.4.3, R-IJS-7).
 */
public record PaymentBasis(
    Method method, PaymentPeriod period, boolean byFunctionGroup, Set<String> products)
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

  public static PaymentBasis from(YamlFields p) {
    Method method = p.enumValue("method", Method.class);
    PaymentPeriod period =
        p.has("period") ? p.enumValue("period", PaymentPeriod.class) : PaymentPeriod.MONTH;
    return new PaymentBasis(
        method,
        period,
        p.bool("byFunctionGroup", false),
        Set.copyOf(p.optionalList("products", "a product code", s -> s)));
  }

  @Override
  public @Nullable String problemWith(PolicyPack pack) {
    List<String> unknown =
        products.stream().filter(code -> !pack.products().containsKey(code)).sorted().toList();
    return unknown.isEmpty() ? null : "products " + unknown + " are not in the pack's product book";
  }
}
