package nl.jeugdregie.policy.kinds;

import java.util.List;
import java.util.Set;
import nl.jeugdregie.policy.BudgetKind;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;

/**
 * Each referral route has its budget options (IJsselland 001 §4.2.1: access team keuzebudget or
 * offerte, R-IJS-1; GP keuzebudget herstel up to level 4, anything else through the access team,
 * R-IJS-2; GI always offerte, R-IJS-3). A request outside its route gets {@code otherwise}.
 */
public record ReferrerBudgetRoute(
    Set<ReferrerType> referrers,
    Set<BudgetScheme> schemes,
    Set<BudgetKind> kinds,
    @Nullable Integer maxLevel,
    Effect otherwise)
    implements DecisionRule {

  public static ReferrerBudgetRoute from(YamlFields p) {
    return new ReferrerBudgetRoute(
        Set.copyOf(p.referrers("referrers")),
        Set.copyOf(p.list("schemes", "a budget scheme", BudgetScheme::valueOf)),
        Set.copyOf(p.optionalList("kinds", "HERSTEL or DUURZAAM", BudgetKind::valueOf)),
        p.optionalInteger("maxLevel"),
        Describe.refusal(p, "otherwise", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    ReferrerType type = c.request().referrer().type();
    if (!referrers.contains(type)) return Verdict.PASS;
    BudgetScheme scheme = c.request().budget().scheme();
    BudgetKind kind = c.request().budget().kind();
    Integer level = c.grant().level();
    String route = "a referral by " + Describe.referrer(type);
    String problem = null;
    if (scheme == null || !schemes.contains(scheme)) {
      problem = route + " allows budget schemes " + sorted(schemes) + ", not " + scheme;
    } else if (!kinds.isEmpty() && (kind == null || !kinds.contains(kind))) {
      problem = route + " allows budget kinds " + sorted(kinds) + ", not " + kind;
    } else if (maxLevel != null && level != null && level > maxLevel) {
      problem = route + " allows levels up to " + maxLevel + ", not " + level;
    }
    if (problem == null) return Verdict.PASS;
    String message =
        otherwise == Effect.INVESTIGATE ? problem + "; the access team decides" : problem;
    return Verdict.refuse(otherwise, message);
  }

  private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
    return values.stream().sorted().toList();
  }
}
