package nl.jeugdregie.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in euro as whole eurocents. Never fractional: where iJw prescribes rounding (amount =
 * volume x tariff) it is done once, HALF_UP, by {@link #ofRounded(BigDecimal)}.
 */
public record Money(long cents) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  public static Money cents(long cents) {
    return new Money(cents);
  }

  public static Money euros(long euros) {
    return new Money(Math.multiplyExact(euros, 100));
  }

  /** Rounds an amount in cents HALF_UP to whole cents. */
  public static Money ofRounded(BigDecimal cents) {
    return new Money(cents.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(cents, other.cents));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(cents, other.cents));
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(cents, factor));
  }

  public boolean isNegative() {
    return cents < 0;
  }

  public Money min(Money other) {
    return cents <= other.cents ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  /** Dutch notation, e.g. {@code € 1.500,00}; built by hand because it is on the decision path. */
  @Override
  public String toString() {
    // cents / 100 and cents % 100 before taking the absolute value: Math.abs(Long.MIN_VALUE) < 0
    String euros = Long.toString(Math.abs(cents / 100));
    StringBuilder text = new StringBuilder(euros.length() + 8);
    if (cents < 0) text.append('-');
    text.append("€ ");
    for (int i = 0; i < euros.length(); i++) {
      if (i > 0 && (euros.length() - i) % 3 == 0) text.append('.');
      text.append(euros.charAt(i));
    }
    long rest = Math.abs(cents % 100);
    return text.append(',').append(rest < 10 ? "0" : "").append(rest).toString();
  }
}
