package nl.jeugdregie.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Typed request bodies are read as strictly as the hand parsing they replace (issue 11, ADR 0010):
 * a key given twice, an unknown field, a null for a primitive and anything after the body are
 * refused, and no value changes type on the way in ({@code "5"} is no number, {@code 5.5} no whole
 * number, {@code 1} no boolean, {@code [2025, 3, 1]} no date). A code may still be sent as a number
 * ({@code "referrer": {"type": 2}}), as the decision contract allows. Only reading changes;
 * responses are written as before.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

  @Bean
  JsonMapperBuilderCustomizer strictRequestBodies() {
    return builder ->
        builder
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(
                LogicalType.Integer,
                c ->
                    c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Boolean,
                c ->
                    c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Textual,
                c ->
                    c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .addModule(new SimpleModule("dates-as-text").addDeserializer(LocalDate.class, DATE));
  }

  /** A date is a yyyy-mm-dd string only: not Jackson's {@code [2025, 3, 1]} nor a day number. */
  private static final ValueDeserializer<LocalDate> DATE =
      new StdScalarDeserializer<>(LocalDate.class) {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
          if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
          }
          String text = parser.getString();
          try {
            return LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            return (LocalDate)
                context.handleWeirdStringValue(LocalDate.class, text, "not a date (yyyy-mm-dd)");
          }
        }
      };
}
