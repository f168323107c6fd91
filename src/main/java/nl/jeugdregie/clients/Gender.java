package nl.jeugdregie.clients;

import java.util.Locale;

/**
 * A client's sex as registered at or after birth: iJw code list COD046 (Geslacht), required in
 * every JW301. {@link #UNKNOWN} until the access team records it.
 */
public enum Gender {
  /** 0 Onbekend. */
  UNKNOWN("0"),
  /** 1 Mannelijk. */
  MALE("1"),
  /** 2 Vrouwelijk. */
  FEMALE("2");

  private final String code;

  Gender(String code) {
    this.code = code;
  }

  /** The COD046 code, e.g. "1". */
  public String code() {
    return code;
  }

  /** Accepts the code ("0", "1", "2") or the name (any case). */
  public static Gender parse(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    for (Gender gender : values()) {
      if (gender.code.equals(wanted) || gender.name().equals(wanted)) return gender;
    }
    throw new ClientRefusedException(
        ClientRefusedException.Kind.INVALID,
        "gender",
        "'" + text + "' is not a COD046 code: 0 UNKNOWN, 1 MALE or 2 FEMALE");
  }
}
