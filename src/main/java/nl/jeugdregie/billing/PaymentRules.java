package nl.jeugdregie.billing;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.kinds.PaymentBasis;
import nl.jeugdregie.policy.kinds.ScreeningBeforeRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a region's payment rules say about one declared debit line, besides the iJw checks of {@link
 * LineCheck}:
 *
 * <ul>
 *   <li>{@code PaymentBasis} TASK_BASED (IJsselland crisis function 46F01, 001 §4.2.3 and §4.4.3,
 *       R-IJS-7): the function is paid task-based per region, never per line: a PxQ line naming one
 *       of its products is refused with 9338 (iJw TR338: a line must belong to an allocated
 *       product, and task-based care is never allocated). The region settles it with {@link
 *       CrisisSettlement}.
 *   <li>{@code ScreeningBeforeRequest} with {@code paid: false} (IJsselland 001 §4.2.1.4, R-IJS-4):
 *       screening is not paid: a line under one of its {@code declaredAs} codes is refused with
 *       S329 (iJw TR381: the code is in no product list of the contract).
 * </ul>
 *
 * Credits are not judged here: iJw lets the municipality refuse a credit only for being no copy of
 * an approved debit (IV085), and such a debit was never approved.
 */
final class PaymentRules {

  private PaymentRules() {}

  /** {@code codes} with the payment rules' codes for {@code line} added. */
  static List<ReturnCode> check(List<ReturnCode> codes, PolicyPack pack, DeclaredLine line) {
    String product = line.productCode();
    if (line.isCredit() || product == null) return codes;
    List<ReturnCode> all = new ArrayList<>(codes);
    for (PackRule rule : pack.rules()) {
      switch (rule.kind()) {
        case PaymentBasis basis
            when basis.method() == PaymentBasis.Method.TASK_BASED
                && basis.products().contains(product) ->
            put(
                all,
                new ReturnCode(
                    "9338",
                    rule.id(),
                    product
                        + " is paid task-based per region ("
                        + citation(rule.source())
                        + "), never per declaration line: the region settles availability by"
                        + " solidarity and call-outs per municipality"));
        case ScreeningBeforeRequest screening
            when !screening.paid() && screening.declaredAs().contains(product) ->
            put(
                all,
                new ReturnCode(
                    "S329",
                    rule.id(),
                    "screening ("
                        + product
                        + ") is not paid ("
                        + citation(rule.source())
                        + "): the provider screens before the request at its own cost"));
        default -> {}
      }
    }
    return List.copyOf(all);
  }

  /**
   * Adds {@code code}; an iJw code the line has already (9338 for a line without allocation, S329
   * for a code in no product list) is replaced by the rule's more specific reason, so the retour
   * carries each code once.
   */
  private static void put(List<ReturnCode> codes, ReturnCode code) {
    codes.removeIf(c -> c.code().equals(code.code()));
    codes.add(code);
  }

  /** The seed section of a rule's source, without its quote ("001 §4.4.3"). */
  static String citation(@Nullable String source) {
    if (source == null) return "";
    int quote = source.indexOf(" '");
    return quote < 0 ? source : source.substring(0, quote);
  }
}
