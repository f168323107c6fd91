package nl.jeugdregie.allocation;

import java.time.LocalDate;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.DateWindow;
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
    if (name.length() > MAX_NAME) {
      throw new InvalidRequestException(
          "request.clientName", "must be at most " + MAX_NAME + " characters (iJw LDT_Naam)");
    }
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
    withinWindow(request);
    return new RequestSubmission(
        Bsn.of(bsn), name.isEmpty() ? null : name, agb, reference, request, rest);
  }

  /** iJw LDT_Naam: a name is at most 200 characters (the column's CHECK too). */
  static final int MAX_NAME = 200;

  /** Every date of a request that is stored lies in the {@link DateWindow}. */
  private static void withinWindow(DecisionRequest request) {
    care("request.receivedOn", request.receivedOn());
    care("request.period.start", request.period().start());
    care("request.period.end", request.period().end());
    care("request.referrer.letterDate", request.referrer().letterDate());
    care("request.careStartedOn", request.careStartedOn());
    DateRange current = request.current().period();
    if (current != null) {
      care("request.current.period.start", current.start());
      care("request.current.period.end", current.end());
    }
    String birth = DateWindow.birthDate(request.clientBirthDate());
    if (birth != null) throw new InvalidRequestException("request.client.birthDate", birth);
  }

  private static void care(String field, @Nullable LocalDate date) {
    String outside = date == null ? null : DateWindow.careDate(date);
    if (outside != null) throw new InvalidRequestException(field, outside);
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
