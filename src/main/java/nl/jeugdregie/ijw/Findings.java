package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rule findings of one message, each placed where it applies: on a bound object (a
 * berichtklasse such as a Client or an AangevraagdProduct) and optionally one of its elements by
 * name.
 */
final class Findings {

  /** WJ001 0001: "bericht is afgekeurd om technische redenen", the answer of every content rule. */
  static final String TECHNICAL = "0001";

  private final Locations locations;
  private final List<RuleFinding> all = new ArrayList<>();
  private final List<Object> classes = new ArrayList<>();

  Findings(Locations locations) {
    this.locations = locations;
  }

  /** A content rule (return code 0001) broken at {@code at}'s element {@code element}. */
  void content(String rule, Object at, @Nullable String element, String message) {
    add(rule, TECHNICAL, at, element, message);
  }

  /** A rule broken at {@code at}'s element {@code element} (null: the class itself). */
  void add(String rule, String returnCode, Object at, @Nullable String element, String message) {
    String xpath = locations.xpath(at) + (element == null ? "" : "/" + element);
    all.add(new RuleFinding(rule, returnCode, message, xpath, locations.line(at)));
    classes.add(at);
  }

  List<RuleFinding> all() {
    return List.copyOf(all);
  }

  /** The object each finding was placed on, in the order of {@link #all()}. */
  List<Object> classes() {
    return List.copyOf(classes);
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  Locations locations() {
    return locations;
  }
}
