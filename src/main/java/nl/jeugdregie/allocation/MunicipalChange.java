package nl.jeugdregie.allocation;

import static nl.jeugdregie.policy.JsonInput.known;
import static nl.jeugdregie.policy.JsonInput.optionalDate;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A change the municipality makes to an allocation on its own initiative (iJw §2.2, §5.3): extend
 * or shorten the end (04, 05), withdraw it, change the budget or volume, delete a wrongly sent one
 * (13), with a JZ002 reason. Null parts stay as they are; {@code from} is the day a volume change
 * takes effect (default: the allocation's start). Lowering or shortening into the past needs the
 * provider's consent (iJw OP186, OP298, OP299), stated as {@code providerConsent}. {@code level}
 * sets the intervention level; a change that lengthens the allocation is an extension and never
 * raises it, nor the budget above the current level's (Amersfoort 000 punt 4, R-AMF-4).
 */
public record MunicipalChange(
    ChangeReason reason,
    @Nullable LocalDate from,
    boolean endGiven,
    @Nullable LocalDate end,
    @Nullable Volume volume,
    @Nullable Long budgetCents,
    boolean providerConsent,
    @Nullable Integer level,
    @Nullable Integer version) {

  private static final Set<String> FIELDS =
      Set.of(
          "reason", "from", "end", "volume", "budgetCents", "providerConsent", "level", "version");

  public static MunicipalChange parse(JsonNode body) {
    String root = "change";
    known(body, root, FIELDS);
    JsonNode reasonNode = body.get("reason");
    if (reasonNode == null || reasonNode.isNull()) {
      throw new InvalidRequestException(root + ".reason", "is required: a JZ002 code (02-14)");
    }
    ChangeReason reason;
    try {
      reason = ChangeReason.parse(reasonNode.asString());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(root + ".reason", String.valueOf(e.getMessage()));
    }
    Volume volume = null;
    JsonNode v = body.get("volume");
    if (v != null && !v.isNull()) {
      JsonNode amount = v.get("amount");
      JsonNode unit = v.get("unit");
      JsonNode frequency = v.get("frequency");
      if (amount == null
          || !amount.isIntegralNumber()
          || amount.asLong() < 0
          || unit == null
          || frequency == null) {
        throw new InvalidRequestException(
            root + ".volume", "needs amount (0 or more), unit and frequency");
      }
      try {
        volume =
            new Volume(
                amount.asLong(),
                Unit.parse(unit.asString()),
                Frequency.parse(frequency.asString()));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(root + ".volume", String.valueOf(e.getMessage()));
      }
    }
    JsonNode budget = body.get("budgetCents");
    Long budgetCents = null;
    if (budget != null && !budget.isNull()) {
      if (!budget.isIntegralNumber() || budget.asLong() < 0) {
        throw new InvalidRequestException(
            root + ".budgetCents", "must be whole eurocents, 0 or more");
      }
      budgetCents = budget.asLong();
    }
    JsonNode consent = body.get("providerConsent");
    if (consent != null && !consent.isNull() && !consent.isBoolean()) {
      throw new InvalidRequestException(root + ".providerConsent", "must be true or false");
    }
    JsonNode level = body.get("level");
    if (level != null
        && !level.isNull()
        && (!level.isIntegralNumber() || level.asLong() < 1 || level.asLong() > 99)) {
      throw new InvalidRequestException(root + ".level", "must be a whole number from 1 to 99");
    }
    JsonNode version = body.get("version");
    if (version != null && !version.isNull() && !version.isIntegralNumber()) {
      throw new InvalidRequestException(root + ".version", "must be a whole number");
    }
    return new MunicipalChange(
        reason,
        optionalDate(body, "from", root),
        body.has("end"),
        optionalDate(body, "end", root),
        volume,
        budgetCents,
        consent != null && consent.asBoolean(),
        level == null || level.isNull() ? null : level.asInt(),
        version == null || version.isNull() ? null : version.asInt());
  }
}
