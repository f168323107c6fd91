package nl.jeugdregie.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A typed, validated request body back as the JSON tree its domain parser reads (ADR 0010): the
 * parser stays the one authority for domain rules on every route (HTTP, CLI, demo, iJw import).
 * Nulls are left out, so a field the client did not send stays absent; a field that must tell "sent
 * as null" from "not sent" carries that in its value ({@link ExplicitNull}).
 */
final class JsonBodies {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private JsonBodies() {}

  static ObjectNode tree(Object body) {
    return MAPPER.valueToTree(body);
  }
}
