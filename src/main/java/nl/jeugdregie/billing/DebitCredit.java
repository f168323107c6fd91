package nl.jeugdregie.billing;

import java.util.Locale;

/** DebetCredit of an amount (iJw): a debit declares, a credit reverses an approved debit. */
public enum DebitCredit {
  DEBIT("D"),
  CREDIT("C");

  private final String code;

  DebitCredit(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Accepts the code ("D", "C") or the name ("DEBIT"), in any case. */
  public static DebitCredit parse(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    for (DebitCredit value : values()) {
      if (value.code.equals(wanted) || value.name().equals(wanted)) return value;
    }
    throw new IllegalArgumentException("'" + text + "' is not a DebetCredit code or name");
  }
}
