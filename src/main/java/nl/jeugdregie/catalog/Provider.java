package nl.jeugdregie.catalog;

/** A care provider (aanbieder) by its AGB code. */
public record Provider(String agb, String name) {}
