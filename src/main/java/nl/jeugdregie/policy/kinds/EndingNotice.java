package nl.jeugdregie.policy.kinds;

import java.util.Set;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.ReferrerType;

/**
 * Who is involved when care ends: the referrers in {@code consultBeforehand} always beforehand; for
 * others a notice afterwards suffices when youth and provider agree and the end reason (JZ588) is
 * one of {@code noticeAfterwardsReasons} (IJsselland: 'beëindigd volgens plan', 001 §4.3.1.3,
 * R-IJS-8).
 */
public record EndingNotice(
    Set<ReferrerType> consultBeforehand, Set<Integer> noticeAfterwardsReasons) implements RuleKind {

  /** JZ588 Reden beëindiging, iJw 3.2 code list. */
  private static final Set<Integer> JZ588 = Set.of(2, 20, 31, 32, 33, 34, 35, 36, 37, 38, 39);

  public static EndingNotice from(YamlFields p) {
    return new EndingNotice(
        Set.copyOf(p.referrers("consultBeforehand")),
        Set.copyOf(
            p.list(
                "noticeAfterwardsReasons",
                "a JZ588 end reason code (e.g. 31)",
                s -> {
                  int code = Integer.parseInt(s);
                  if (!JZ588.contains(code)) throw new IllegalArgumentException(s);
                  return code;
                })));
  }
}
