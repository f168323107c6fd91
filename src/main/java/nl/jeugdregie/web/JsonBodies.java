package nl.jeugdregie.web;

import nl.jeugdregie.policy.InvalidRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies read strictly: duplicate keys are refused (a second value must not silently win)
 * and a syntax error names the body as the field.
 */
final class JsonBodies {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonBodies() {}

  static JsonNode read(String body, String field) {
    try {
      return MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new InvalidRequestException(field, "not valid JSON: " + e.getOriginalMessage());
    }
  }
}
