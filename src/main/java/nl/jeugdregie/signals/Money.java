package nl.jeugdregie.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Eurocents as the messages show them. */
final class Money {

  private Money() {}

  static String euros(long cents) {
    return "EUR " + BigDecimal.valueOf(cents, 2).toPlainString();
  }

  /** The share, rounded down to whole percents, so 74.99% shows as 74%, never as 75%. */
  static String percent(long part, long whole) {
    return BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 0, RoundingMode.DOWN)
        + "%";
  }
}
