package nl.jeugdregie.shared;

/**
 * A text search as a SQL {@code LIKE}/{@code ILIKE} pattern (with {@code escape '\'}): the text may
 * occur anywhere, and a {@code %} or {@code _} the user typed matches only itself, not any text.
 */
public final class Like {

  private Like() {}

  public static String containing(String text) {
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
