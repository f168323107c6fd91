package nl.jeugdregie.shared;

import java.util.Locale;

/** Who referred the youth: iJw code list COD327 (Code verwijzer). Code 07 does not exist. */
public enum ReferrerType {
  MUNICIPALITY("01"),
  GP("02"),
  YOUTH_DOCTOR("03"),
  CERTIFIED_INSTITUTION("04"),
  MEDICAL_SPECIALIST("05"),
  NONE("06"),
  JUDGE("08");

  private final String code;

  ReferrerType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Accepts the code ("02", "2") or the name ("GP", case-insensitive). */
  public static ReferrerType parse(String text) {
    return IjwCodes.parse(ReferrerType.class, values(), text, ReferrerType::code);
  }

  static String normalise(String text) {
    return text.trim().toUpperCase(Locale.ROOT);
  }
}
