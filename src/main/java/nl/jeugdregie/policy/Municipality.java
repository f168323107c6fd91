package nl.jeugdregie.policy;

/** A member municipality of the region, by CBS code. */
public record Municipality(String code, String name) {}
