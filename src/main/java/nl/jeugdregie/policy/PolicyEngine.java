package nl.jeugdregie.policy;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides a request under one pack version: the built-in checks every region shares, then the
 * pack's decision rules in file order, each adjusting what later rules see. The outcome is the
 * strongest effect (REJECT over INVESTIGATE over APPROVE); with APPROVE the decision carries the
 * grant.
 *
 * <p>Pure and allocation-light: it runs hundreds of thousands of times a second on one core (see
 * the JMH benchmark {@code DecisionBenchmark}).
 */
public final class PolicyEngine {

  /** Built-in rule: the paying municipality belongs to the region (domain.md §1; WJ759 code 5). */
  public static final String MUNICIPALITY_IN_REGION = "R-GEN-1";

  /** Built-in rule: the product is in the region's product book (domain.md §3.1; WJ759 code 3). */
  public static final String PRODUCT_IN_BOOK = "R-GEN-2";

  private static final String GEN_SOURCE =
      "domain.md §1 and §3.1 (woonplaatsbeginsel, contract); iJw WJ759";

  private PolicyEngine() {}

  public static Decision decide(PolicyPack pack, DecisionRequest request) {
    if (!pack.inForceOn(request.receivedOn())) {
      throw new PolicyNotFoundException(
          "pack "
              + pack.id()
              + " (valid from "
              + pack.validFrom()
              + ") is not in force on "
              + request.receivedOn());
    }
    Reason builtIn = builtInChecks(pack, request);
    if (builtIn != null) return new Decision(Outcome.REJECT, pack.ref(), null, List.of(builtIn));

    String code = request.productCode();
    Product product = code == null ? null : pack.products().get(code);
    Grant grant = Grant.asRequested(request);
    List<Reason> reasons = new ArrayList<>(4);
    Effect strongest = Effect.INFO;
    RequestCase c = new RequestCase(request, grant, product, pack);
    for (PackRule rule : pack.rules()) {
      if (!(rule.kind() instanceof DecisionRule decisionRule) || !rule.scope().matches(c)) continue;
      switch (decisionRule.judge(c)) {
        case Verdict.Pass pass -> {}
        case Verdict.Finding finding -> {
          reasons.add(new Reason(rule.id(), finding.effect(), rule.source(), finding.message()));
          Grant adjusted = finding.adjusted();
          if (adjusted != null) {
            grant = adjusted;
            c = new RequestCase(request, grant, product, pack);
          }
          if (finding.effect().compareTo(strongest) > 0) strongest = finding.effect();
        }
      }
    }
    Outcome outcome = strongest.outcome();
    return new Decision(outcome, pack.ref(), outcome == Outcome.APPROVE ? grant : null, reasons);
  }

  /**
   * What the pack's rules of one kind say about {@code request}, each judging the request as asked:
   * for a route that must hold one rule without letting the engine decide the whole (the access
   * team's own change is decided by the team, but never raises the level of an extension, R-AMF-4).
   */
  public static List<Reason> judgeOnly(
      PolicyPack pack, DecisionRequest request, Class<? extends DecisionRule> kind) {
    String code = request.productCode();
    Product product = code == null ? null : pack.products().get(code);
    RequestCase c = new RequestCase(request, Grant.asRequested(request), product, pack);
    List<Reason> reasons = new ArrayList<>(1);
    for (PackRule rule : pack.rules()) {
      if (!kind.isInstance(rule.kind()) || !rule.scope().matches(c)) continue;
      if (((DecisionRule) rule.kind()).judge(c) instanceof Verdict.Finding finding) {
        reasons.add(new Reason(rule.id(), finding.effect(), rule.source(), finding.message()));
      }
    }
    return reasons;
  }

  /** Whether a rule of this kind in the pack has {@code request} in its scope. */
  public static boolean applies(
      PolicyPack pack, DecisionRequest request, Class<? extends DecisionRule> kind) {
    String code = request.productCode();
    Product product = code == null ? null : pack.products().get(code);
    RequestCase c = new RequestCase(request, Grant.asRequested(request), product, pack);
    for (PackRule rule : pack.rules()) {
      if (kind.isInstance(rule.kind()) && rule.scope().matches(c)) return true;
    }
    return false;
  }

  private static @Nullable Reason builtInChecks(PolicyPack pack, DecisionRequest request) {
    if (!pack.municipalities().containsKey(request.municipality())) {
      return builtIn(
          MUNICIPALITY_IN_REGION,
          "municipality "
              + request.municipality()
              + " is not a member of region "
              + pack.id()
              + " (WJ759 5 'Andere gemeente')");
    }
    String code = request.productCode();
    if (code == null) {
      if (pack.aspecific().containsKey(request.category())) return null;
      return builtIn(
          PRODUCT_IN_BOOK,
          "region "
              + pack.id()
              + " allocates category "
              + request.category()
              + " only with a product code (WJ759 3 'Geen contract')");
    }
    Product product = pack.products().get(code);
    if (product == null) {
      return builtIn(
          PRODUCT_IN_BOOK,
          "product "
              + code
              + " is not in the product book of "
              + pack.id()
              + " (WJ759 3 'Geen contract')");
    }
    if (!product.category().equals(request.category())) {
      return builtIn(
          PRODUCT_IN_BOOK,
          "product "
              + code
              + " is in category "
              + product.category()
              + ", not "
              + request.category());
    }
    if (product.funding() == Product.Funding.TASK_BASED) {
      return builtIn(
          PRODUCT_IN_BOOK,
          "product "
              + code
              + " ("
              + product.name()
              + ") is paid task-based and needs no allocation");
    }
    return null;
  }

  private static Reason builtIn(String rule, String message) {
    return new Reason(rule, Effect.REJECT, GEN_SOURCE, message);
  }
}
