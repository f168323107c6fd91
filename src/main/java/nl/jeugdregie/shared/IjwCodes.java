package nl.jeugdregie.shared;

import java.util.function.Function;

/**
 * Parsing of iJw code-list values given as code (with or without leading zeros) or as enum name.
 */
final class IjwCodes {

  private IjwCodes() {}

  static <E extends Enum<E>> E parse(
      Class<E> type, E[] values, String text, Function<E, String> code) {
    String wanted = ReferrerType.normalise(text);
    for (E value : values) {
      if (value.name().equals(wanted) || sameCode(code.apply(value), wanted)) return value;
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a " + type.getSimpleName() + " code or name");
  }

  private static boolean sameCode(String code, String text) {
    if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
    return stripZeros(code).equals(stripZeros(text));
  }

  private static String stripZeros(String digits) {
    String stripped = digits.replaceFirst("^0+(?=.)", "");
    return stripped;
  }
}
