package nl.jeugdregie.policy;

/**
 * A rule kind that takes part in deciding requests. Implementations are small, pure and immutable:
 * the same case gives the same verdict.
 */
public interface DecisionRule extends RuleKind {
  Verdict judge(RequestCase c);
}
