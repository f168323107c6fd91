package nl.jeugdregie.policy.kinds;

import java.util.List;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;

/**
 * The provider screens before the request; screening is not paid; it may decline for three reasons,
 * and the youth may choose another provider (IJsselland, 001 §4.2.1.4, R-IJS-4).
 */
public record ScreeningBeforeRequest(boolean paid, List<DeclineReason> declineReasons)
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
            "declineReasons", "one of " + List.of(DeclineReason.values()), DeclineReason::valueOf));
  }
}
