package nl.jeugdregie.policy.kinds;

import java.util.List;
import java.util.Set;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.ReferrerType;

/**
 * The provider screens before the request; screening is not paid; it may decline for three reasons,
 * and the youth may choose another provider (IJsselland, 001 §4.2.1.4, R-IJS-4).
 *
 * <p>Executed by the client route: the provider records a screening (accepted, or declined with one
 * of {@code declineReasons}); an initial request of a provider on a referral by anyone outside
 * {@code withoutScreening} without an accepted screening goes to the access team (INVESTIGATE).
 * Billing refuses lines under the product codes in {@code declaredAs} when {@code paid} is false.
 *
 * @param withoutScreening referrers whose route has prior consultation instead ("Als de verwijzing
 *     verloopt via de toegang of GI dan vindt vaak vooraf overleg plaats"); empty = every referrer
 * @param declaredAs product codes a provider could declare screening under (the seed names none)
 */
public record ScreeningBeforeRequest(
    boolean paid,
    List<DeclineReason> declineReasons,
    Set<ReferrerType> withoutScreening,
    Set<String> declaredAs)
    implements RuleKind {

  /**
   * Why a provider declines after screening (001 §4.2.1.4), or the youth chooses another provider.
   */
  public enum DeclineReason {
    TOO_HEAVY,
    TOO_LIGHT,
    WEIGHTY_REASONS,
    CLIENT_CHOICE
  }

  public ScreeningBeforeRequest {
    declineReasons = List.copyOf(declineReasons);
    withoutScreening = Set.copyOf(withoutScreening);
    declaredAs = Set.copyOf(declaredAs);
  }

  /** Whether {@code reason} (a name such as TOO_HEAVY) is one of this pack's decline reasons. */
  public boolean allowsDecline(String reason) {
    return declineReasons.stream().anyMatch(r -> r.name().equals(reason));
  }

  public static ScreeningBeforeRequest from(YamlFields p) {
    return new ScreeningBeforeRequest(
        p.value(
            "paid",
            "true or false",
            s ->
                switch (s) {
                  case "true" -> true;
                  case "false" -> false;
                  default -> throw new IllegalArgumentException(s);
                }),
        p.list(
            "declineReasons", "one of " + List.of(DeclineReason.values()), DeclineReason::valueOf),
        Set.copyOf(p.optionalReferrers("withoutScreening")),
        Set.copyOf(p.optionalList("declaredAs", "a product code", s -> s)));
  }
}
