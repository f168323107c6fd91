package nl.jeugdregie.policy.kinds;

import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;

/** A cap on the number of sessions (Twente vaktherapie: at most 24, 002 bijlage 1, R-TWE-3). */
public record MaximumSessions(int max, Effect effect) implements DecisionRule {

  public static MaximumSessions from(YamlFields p) {
    return new MaximumSessions(p.integer("max"), Describe.cap(p));
  }

  @Override
  public Verdict judge(RequestCase c) {
    Integer sessions = c.grant().sessions();
    if (sessions == null || sessions <= max) return Verdict.PASS;
    return Verdict.of(
        effect, sessions + " sessions asked; at most " + max, c.grant().withSessions(max));
  }
}
