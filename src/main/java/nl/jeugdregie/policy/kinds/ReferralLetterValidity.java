package nl.jeugdregie.policy.kinds;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.ReferrerType;

/**
 * Care on a referral letter must start within its validity, counted from the letter's date (Twente:
 * medical referrers, 1 year, 002 p.1 and bijlage 1, R-TWE-1). The last valid day is letter date +
 * validity - 1 day; care starting later needs a new referral.
 */
public record ReferralLetterValidity(Set<ReferrerType> referrers, Period validFor, Effect effect)
    implements DecisionRule {

  public static ReferralLetterValidity from(YamlFields p) {
    return new ReferralLetterValidity(
        Set.copyOf(p.referrers("referrers")),
        p.period("validFor"),
        Describe.refusal(p, "effect", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    var referrer = c.request().referrer();
    if (!referrers.contains(referrer.type())) return Verdict.PASS;
    LocalDate letter = referrer.letterDate();
    if (letter == null) {
      return verdict(
          "a referral by " + Describe.referrer(referrer.type()) + " needs the letter's date");
    }
    LocalDate lastDay = DateRange.lastDay(letter, validFor);
    LocalDate start = c.request().careStart();
    if (!start.isAfter(lastDay)) return Verdict.PASS;
    return verdict(
        "care starts on "
            + start
            + ", but the referral letter of "
            + letter
            + " was valid until "
            + lastDay
            + "; a new referral is needed");
  }

  private Verdict verdict(String message) {
    return Verdict.refuse(effect, message);
  }
}
