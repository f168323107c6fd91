package nl.jeugdregie.policy;

/** One finding of a decision: which rule, what it did, where the rule comes from, and why. */
public record Reason(String rule, Effect effect, String source, String message) {}
