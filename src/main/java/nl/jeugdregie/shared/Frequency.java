package nl.jeugdregie.shared;

/** How often a volume applies: iJw code list WMO757 (Frequentie), as used by iJw 3.2. */
public enum Frequency {
  PER_DAY("1"),
  PER_WEEK("2"),
  PER_MONTH("4"),
  /** Totaal binnen geldigheidsduur toewijzing. */
  TOTAL("6");

  private final String code;

  Frequency(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Accepts the code ("2") or the name ("PER_WEEK"). */
  public static Frequency parse(String text) {
    return IjwCodes.parse(Frequency.class, values(), text, Frequency::code);
  }
}
