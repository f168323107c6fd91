package nl.jeugdregie.web;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A date where {@code null} says something that leaving it out does not: a municipal change's
 * {@code "end": null} opens the end, no {@code end} keeps it. Read as {@code null} (absent), {@code
 * Optional.empty()} (sent as null) or the date; {@link JsonBodies#tree} writes the first two back
 * as absent and {@code null}.
 */
final class ExplicitNull extends StdDeserializer<Optional<LocalDate>> {

  ExplicitNull() {
    super(Optional.class);
  }

  @Override
  public Optional<LocalDate> deserialize(JsonParser parser, DeserializationContext context) {
    return Optional.of(context.readValue(parser, LocalDate.class));
  }

  @Override
  public Object getNullValue(DeserializationContext context) {
    return Optional.empty();
  }

  @Override
  public @Nullable Object getAbsentValue(DeserializationContext context) {
    return null;
  }
}
