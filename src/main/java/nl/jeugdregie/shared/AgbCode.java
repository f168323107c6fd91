package nl.jeugdregie.shared;

/** A provider's AGB code (Algemeen Gegevens Beheer): eight digits, as iJw uses it. */
public record AgbCode(String value) {

  public AgbCode {
    if (!value.matches("\\d{8}")) {
      throw new IllegalArgumentException("an AGB code has 8 digits, got '" + value + "'");
    }
  }

  public static AgbCode of(String value) {
    return new AgbCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
