package nl.jeugdregie.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import nl.jeugdregie.shared.DateWindow;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reading the API's JSON bodies field by field, the way the decision contract does: every error is
 * an {@link InvalidRequestException} naming the field's path ({@code declaration.clients[0].bsn}),
 * and unknown fields are refused, because a misspelt fact must not silently change an outcome.
 */
public final class JsonInput {

  private JsonInput() {}

  /** {@code node} is an object with no fields but {@code fields}. */
  public static void known(@Nullable JsonNode node, String path, Set<String> fields) {
    if (node == null || !node.isObject()) {
      throw new InvalidRequestException(path, "must be a JSON object");
    }
    for (String name : node.propertyNames()) {
      if (!fields.contains(name)) {
        throw new InvalidRequestException(path + "." + name, "is not a known field");
      }
    }
  }

  /** A required, non-blank text, trimmed. */
  public static String text(JsonNode node, String field, String path) {
    String text = optionalText(node, field);
    if (text == null) throw new InvalidRequestException(path + "." + field, "is required");
    return text;
  }

  /** A text, trimmed; null when absent, null or blank. */
  public static @Nullable String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asString().isBlank()
        ? null
        : value.asString().trim();
  }

  /** A required date (yyyy-mm-dd). */
  public static LocalDate date(JsonNode node, String field, String path) {
    LocalDate date = optionalDate(node, field, path);
    if (date == null) throw new InvalidRequestException(path + "." + field, "is required");
    return date;
  }

  /**
   * A date (yyyy-mm-dd); null when absent or null. Every date the API reads this way is a care date
   * (a period, a start or stop, a receipt) and must lie in {@link DateWindow}.
   */
  public static @Nullable LocalDate optionalDate(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return null;
    LocalDate date;
    try {
      date = LocalDate.parse(value.asString());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          path + "." + field, "must be a date (yyyy-mm-dd), got '" + shortened(value) + "'");
    }
    String outside = DateWindow.careDate(date);
    if (outside != null) throw new InvalidRequestException(path + "." + field, outside);
    return date;
  }

  /** A value as quoted back in an error: never more than 40 characters of it. */
  private static String shortened(JsonNode value) {
    String text = value.asString();
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  /** A whole number that fits an int; null when absent or null. {@code path} names the value. */
  public static @Nullable Integer optionalInt(@Nullable JsonNode value, String path) {
    if (value == null || value.isNull()) return null;
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new InvalidRequestException(path, "must be a whole number");
    }
    return value.asInt();
  }
}
