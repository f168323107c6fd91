package nl.jeugdregie.allocation;

/**
 * Why delivery stopped: iJw code list JZ588 (RedenBeeindiging in JW307). Only {@link #TEMPORARY}
 * (20) is a temporary stop; every other reason ends delivery definitively (iJw TR413, OP377).
 */
public enum StopReason {
  /** 02 Overlijden. */
  DEATH("02"),
  /** 20 Levering is tijdelijk beëindigd. */
  TEMPORARY("20"),
  /** 31 Levering is volgens plan beëindigd. */
  ENDED_AS_PLANNED("31"),
  /** 32 Voortijdig afgesloten: eenzijdig door de cliënt. */
  ENDED_EARLY_BY_CLIENT("32"),
  /** 33 Voortijdig afgesloten: eenzijdig door de aanbieder. */
  ENDED_EARLY_BY_PROVIDER("33"),
  /** 34 Voortijdig afgesloten: in overeenstemming. */
  ENDED_EARLY_BY_AGREEMENT("34"),
  /** 35 Voortijdig afgesloten: wegens externe omstandigheden. */
  ENDED_EARLY_EXTERNAL("35"),
  /** 36 Geïnitieerd door de gemeente. */
  INITIATED_BY_MUNICIPALITY("36"),
  /** 37 In verband met wijzigingsverzoek. */
  DUE_TO_CHANGE_REQUEST("37"),
  /** 38 Overstap naar andere aanbieder. */
  SWITCH_OF_PROVIDER("38"),
  /** 39 Uitstroom naar ander domein. */
  OUTFLOW_TO_OTHER_DOMAIN("39");

  private final String code;

  StopReason(String code) {
    this.code = code;
  }

  /** The two-digit JZ588 code, e.g. "20". */
  public String code() {
    return code;
  }

  /**
   * Whether this is a temporary stop (code 20), after which only a new start or a definitive stop
   * may follow.
   */
  public boolean isTemporary() {
    return this == TEMPORARY;
  }

  /** Accepts the code ("20", "02", "2") or the name ("TEMPORARY", "ended-as-planned", any case). */
  public static StopReason parse(String text) {
    return Codes.parse(StopReason.class, values(), text, StopReason::code);
  }
}
