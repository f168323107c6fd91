package nl.jeugdregie.allocation;

import java.util.Locale;
import java.util.function.Function;

/**
 * Parsing of iJw code-list values given as code (with or without leading zeros) or as English name,
 * in any case, with '-' or ' ' for '_'.
 */
final class Codes {

  private Codes() {}

  static <E extends Enum<E>> E parse(
      Class<E> type, E[] values, String text, Function<E, String> code) {
    String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E value : values) {
      if (value.name().equals(wanted) || sameCode(code.apply(value), wanted)) return value;
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a " + type.getSimpleName() + " code or name");
  }

  static boolean sameCode(String code, String text) {
    if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
    return stripZeros(code).equals(stripZeros(text));
  }

  private static String stripZeros(String digits) {
    return digits.replaceFirst("^0+(?=.)", "");
  }
}
