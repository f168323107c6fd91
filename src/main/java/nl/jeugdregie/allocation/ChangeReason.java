package nl.jeugdregie.allocation;

/**
 * Why an allocation changed: iJw code list JZ002 (RedenWijziging in JW301), compared with the last
 * sent version of that allocation number and never on a first version (iJw IV099). Code 01
 * (administratieve correctie, vervallen) is forbidden since iJw 3.1 (CS336) and is not a value
 * here; 14 replaces it. 13 means deleted: end date = start date, treat as never sent (CS335).
 */
public enum ChangeReason {
  /** 02 Cliënt overleden: end date = date of death. */
  CLIENT_DIED("02"),
  /** 03 Contractwijziging. */
  CONTRACT_CHANGE("03"),
  /** 04 Herbeoordeling: verlenging toewijzing (stretching the end date, OP380). */
  EXTENSION("04"),
  /** 05 Herbeoordeling: verkorting toewijzing. */
  SHORTENING("05"),
  /** 06 Uitstroom naar ander domein (Wmo, Zvw, Wlz). */
  OUTFLOW_TO_OTHER_DOMAIN("06"),
  /** 07 Verhuizing naar een andere gemeente. */
  RELOCATION("07"),
  /** 08 Wijziging leveringsvorm (e.g. zorg in natura to pgb). */
  DELIVERY_FORM_CHANGE("08"),
  /** 09 Overstap naar andere aanbieder. */
  SWITCH_OF_PROVIDER("09"),
  /** 10 Overgang naar nieuwe bekostigingssystematiek. */
  NEW_FUNDING_SYSTEM("10"),
  /** 11 Gemeentelijke herindeling. */
  MUNICIPAL_MERGER("11"),
  /** 12 Geïnitieerd door de aanbieder: the change honours a change request (VOW). */
  INITIATED_BY_PROVIDER("12"),
  /** 13 Verwijderd: end date = start date, treat as never sent (CS335). */
  DELETED("13"),
  /** 14 Administratieve correctie. */
  ADMINISTRATIVE_CORRECTION("14");

  private final String code;

  ChangeReason(String code) {
    this.code = code;
  }

  /** The two-digit JZ002 code, e.g. "04". */
  public String code() {
    return code;
  }

  /**
   * Accepts the code ("04", "4") or the name ("EXTENSION", any case); refuses 01, forbidden since
   * iJw 3.1 (CS336).
   */
  public static ChangeReason parse(String text) {
    if (Codes.sameCode("01", text.trim())) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is JZ002 01 (administratieve correctie, vervallen), forbidden since iJw 3.1"
              + " (CS336): use 14 ADMINISTRATIVE_CORRECTION");
    }
    return Codes.parse(ChangeReason.class, values(), text, ChangeReason::code);
  }
}
