package nl.jeugdregie.allocation;

import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Bsn;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An allocation request as a provider (or access team) submits it: the decision contract's request
 * plus who it is for ({@code clientBsn}, optional {@code clientName}) and from ({@code
 * providerAgb}, {@code providerReference}, unique per provider, iJw TR347). {@code decisionBody} is
 * the request without the personal data, as it is stored.
 */
public record RequestSubmission(
    Bsn clientBsn,
    @Nullable String clientName,
    String providerAgb,
    String providerReference,
    DecisionRequest request,
    ObjectNode decisionBody) {

  /** Reads a submission; every error names its field ({@code request.clientBsn: ...}). */
  public static RequestSubmission parse(JsonNode body) {
    if (!(body instanceof ObjectNode object)) {
      throw new InvalidRequestException("request", "must be a JSON object");
    }
    ObjectNode rest = object.deepCopy();
    String bsn = text(rest, "clientBsn", true);
    if (!Bsn.isValid(bsn)) {
      throw new InvalidRequestException(
          "request.clientBsn", "must be 9 digits that pass the 11-proef");
    }
    String name = text(rest, "clientName", false);
    String agb = text(rest, "providerAgb", true);
    if (!agb.matches("\\d{8}")) {
      throw new InvalidRequestException("request.providerAgb", "must be an 8-digit AGB code");
    }
    String reference = text(rest, "providerReference", true);
    if (reference.isEmpty() || reference.length() > 36) {
      throw new InvalidRequestException(
          "request.providerReference", "must be 1 to 36 characters (iJw ReferentieAanbieder)");
    }
    DecisionRequest request = DecisionJson.parseRequest(rest);
    return new RequestSubmission(
        Bsn.of(bsn), name.isEmpty() ? null : name, agb, reference, request, rest);
  }

  private static String text(ObjectNode node, String field, boolean required) {
    JsonNode value = node.remove(field);
    if (value == null || value.isNull()) {
      if (required) throw new InvalidRequestException("request." + field, "is required");
      return "";
    }
    if (!value.isString()) {
      throw new InvalidRequestException("request." + field, "must be a string");
    }
    return value.asString().trim();
  }
}
