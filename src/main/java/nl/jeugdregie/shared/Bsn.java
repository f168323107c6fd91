package nl.jeugdregie.shared;

/**
 * A citizen service number (burgerservicenummer): nine digits passing the 11-proef. Personal data:
 * {@link #toString()} masks it so it cannot leak into logs; {@link #value()} is for the few places
 * that must send it (iJw messages) and are audited.
 */
public record Bsn(String value) {

  public Bsn {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid BSN (9 digits, 11-proef)");
    }
  }

  public static Bsn of(String value) {
    return new Bsn(value);
  }

  /** The 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11, and not 0. */
  public static boolean isValid(String candidate) {
    if (candidate.length() != 9 || !candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) sum += (9 - i) * (candidate.charAt(i) - '0');
    sum -= candidate.charAt(8) - '0';
    return sum != 0 && sum % 11 == 0;
  }

  @Override
  public String toString() {
    return "*******" + value.substring(7);
  }
}
