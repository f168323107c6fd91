package nl.jeugdregie.shared;

/** A municipality's CBS code (gemeentecode): four digits, e.g. 0153 for Enschede. */
public record MunicipalityCode(String value) {

  public MunicipalityCode {
    if (!value.matches("\\d{4}")) {
      throw new IllegalArgumentException(
          "a CBS municipality code has 4 digits, got '" + value + "'");
    }
  }

  public static MunicipalityCode of(String value) {
    return new MunicipalityCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
