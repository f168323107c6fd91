package nl.jeugdregie.policy.kinds;

import java.time.LocalDate;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.DateRange;

/**
 * Care up to an age (IJsselland: foster and family-home care to 18, extendable to 21 and 23, group
 * living to 18, 001 §4.3.2.4, R-IJS-9; Amstelveen/Aalsmeer: no help to 18+, 004, R-AAA-5). A client
 * of that age at the period's start gets {@code effect}; a period running past the birthday ends
 * the day before it.
 */
public record AgeLimit(int age, Effect effect) implements DecisionRule {

  public static AgeLimit from(YamlFields p) {
    return new AgeLimit(p.integer("age"), Describe.refusal(p, "effect", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    LocalDate birthday = c.request().clientBirthDate().plusYears(age);
    DateRange period = c.grant().period();
    if (!period.start().isBefore(birthday)) {
      String message = "the client is " + age + " or older on " + period.start();
      return Verdict.refuse(effect, message);
    }
    if (period.contains(birthday)) {
      LocalDate lastDay = birthday.minusDays(1);
      return Verdict.adjust(
          c.grant().withPeriod(period.withEnd(lastDay)),
          "the client turns " + age + " on " + birthday + "; the period ends on " + lastDay);
    }
    return Verdict.PASS;
  }
}
