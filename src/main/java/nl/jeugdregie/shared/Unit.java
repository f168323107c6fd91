package nl.jeugdregie.shared;

/** The unit care is allocated and declared in: iJw code list WJ756 (Eenheid). */
public enum Unit {
  MINUTE("01"),
  HOUR("04"),
  /** etmaal: 24 hours of residential care. */
  DAY("14"),
  /** dagdeel: a part of a day of 4 hours. */
  DAYPART("16"),
  /** stuks (output). */
  OUTPUT("82"),
  EUROS("83"),
  /** stuks (inspanning). */
  EFFORT("84");

  private final String code;

  Unit(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Accepts the code ("01", "1") or the name ("MINUTE"). */
  public static Unit parse(String text) {
    return IjwCodes.parse(Unit.class, values(), text, Unit::code);
  }

  /** How many minutes one unit is, for units of time; 0 for units that are not time. */
  public long minutes() {
    return switch (this) {
      case MINUTE -> 1;
      case HOUR -> 60;
      case DAYPART -> 240;
      case DAY -> 1440;
      case OUTPUT, EUROS, EFFORT -> 0;
    };
  }
}
