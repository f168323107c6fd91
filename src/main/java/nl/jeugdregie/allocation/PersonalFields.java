package nl.jeugdregie.allocation;

import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps personal data out of the allocation schema. A decision-contract request carries the
 * client's birth date ({@code client.birthDate}); requests, decisions and allocation bases are
 * stored without it and get it back from the clients module when a request is judged again, or
 * shown to a role that may see it.
 */
final class PersonalFields {

  private PersonalFields() {}

  /** A copy without the client's birth date, for storage. */
  static JsonNode stripped(JsonNode request) {
    if (!(request instanceof ObjectNode object) || !object.has("client")) return request;
    ObjectNode copy = object.deepCopy();
    copy.remove("client");
    return copy;
  }

  /** A copy with the client's birth date put back, so it is a complete decision request again. */
  static ObjectNode withBirthDate(JsonNode stored, LocalDate birthDate) {
    ObjectNode copy = (ObjectNode) stored.deepCopy();
    copy.putObject("client").put("birthDate", birthDate.toString());
    return copy;
  }
}
