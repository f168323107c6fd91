package nl.jeugdregie.allocation;

import static nl.jeugdregie.policy.JsonInput.known;
import static nl.jeugdregie.policy.JsonInput.optionalDate;
import static nl.jeugdregie.policy.JsonInput.optionalInt;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The access team's decision on a request in investigation: APPROVE, possibly adjusted (iJw IV094
 * lets the municipality deviate in dates, volume and budget for a VOT, never for a VOW), or REJECT
 * with an iJw rejection reason (WJ759). A rejection for 8 (woonplaatsbeginsel) names the
 * municipality responsible by law ({@code responsibleMunicipality}, CBS code), which the JW319 must
 * carry (iJw TR377); no other decision has one (TR409). {@code version}, when given, must be the
 * request's current version (optimistic lock).
 */
public record TeamDecision(
    boolean approve,
    @Nullable RejectionReason reason,
    @Nullable Adjustments adjustments,
    @Nullable String note,
    @Nullable Integer version,
    @Nullable String responsibleMunicipality) {

  public TeamDecision {
    boolean placeOfResidence = reason == RejectionReason.PLACE_OF_RESIDENCE;
    if (placeOfResidence && responsibleMunicipality == null) {
      throw new InvalidRequestException(
          "decision.responsibleMunicipality",
          "a rejection for 8 (woonplaatsbeginsel) names the municipality responsible by law"
              + " (iJw TR377)");
    }
    if (!placeOfResidence && responsibleMunicipality != null) {
      throw new InvalidRequestException(
          "decision.responsibleMunicipality",
          "is only given with a rejection for 8 (woonplaatsbeginsel) (iJw TR409)");
    }
    if (responsibleMunicipality != null && !responsibleMunicipality.matches("[0-9]{4}")) {
      throw new InvalidRequestException(
          "decision.responsibleMunicipality", "must be a 4-digit CBS municipality code");
    }
  }

  /** A decision without a responsible municipality (every one but a rejection for 8). */
  public TeamDecision(
      boolean approve,
      @Nullable RejectionReason reason,
      @Nullable Adjustments adjustments,
      @Nullable String note,
      @Nullable Integer version) {
    this(approve, reason, adjustments, note, version, null);
  }

  /** What the team changes on approval; null parts stay as requested. */
  public record Adjustments(
      @Nullable DateRange period,
      @Nullable Volume volume,
      @Nullable Long budgetCents,
      @Nullable Integer level) {}

  /**
   * A team's note is at most 1000 characters. assumption: iJw sets no length for Commentaar and the
   * seeds none for the note; 1000 holds a paragraph, and keeps a mistaken paste out.
   */
  static final int MAX_NOTE = 1000;

  public static TeamDecision parse(JsonNode body) {
    if (!body.isObject()) throw new InvalidRequestException("decision", "must be a JSON object");
    known(
        body,
        "decision",
        Set.of("outcome", "reason", "adjustments", "note", "version", "responsibleMunicipality"));
    String outcome = string(body, "outcome", "decision.outcome");
    if (outcome == null) throw new InvalidRequestException("decision.outcome", "is required");
    String note = string(body, "note", "decision.note");
    if (note != null && note.length() > MAX_NOTE) {
      throw new InvalidRequestException(
          "decision.note", "must be at most " + MAX_NOTE + " characters");
    }
    Integer version =
        body.has("version") ? optionalInt(body.get("version"), "decision.version") : null;
    switch (outcome) {
      case "APPROVE" -> {
        if (body.has("reason") || body.has("responsibleMunicipality")) {
          throw new InvalidRequestException(
              body.has("reason") ? "decision.reason" : "decision.responsibleMunicipality",
              "only a REJECT has a reason");
        }
        JsonNode adj = body.get("adjustments");
        return new TeamDecision(
            true, null, adj == null || adj.isNull() ? null : adjustments(adj), note, version);
      }
      case "REJECT" -> {
        if (body.has("adjustments")) {
          throw new InvalidRequestException("decision.adjustments", "only an APPROVE is adjusted");
        }
        String reason = string(body, "reason", "decision.reason");
        if (reason == null) {
          throw new InvalidRequestException(
              "decision.reason", "a REJECT needs an iJw rejection reason (WJ759 1-9)");
        }
        RejectionReason parsed;
        try {
          parsed = RejectionReason.parse(reason);
        } catch (IllegalArgumentException e) {
          throw new InvalidRequestException("decision.reason", String.valueOf(e.getMessage()));
        }
        return new TeamDecision(
            false,
            parsed,
            null,
            note,
            version,
            string(body, "responsibleMunicipality", "decision.responsibleMunicipality"));
      }
      default ->
          throw new InvalidRequestException(
              "decision.outcome", "must be APPROVE or REJECT, got '" + outcome + "'");
    }
  }

  private static Adjustments adjustments(JsonNode adj) {
    String path = "decision.adjustments";
    if (!adj.isObject()) throw new InvalidRequestException(path, "must be an object");
    known(adj, path, Set.of("period", "volume", "budgetCents", "level"));
    DateRange period = null;
    JsonNode p = adj.get("period");
    if (p != null && !p.isNull()) {
      known(p, path + ".period", Set.of("start", "end"));
      LocalDate start = optionalDate(p, "start", path + ".period");
      if (start == null) throw new InvalidRequestException(path + ".period.start", "is required");
      LocalDate end = optionalDate(p, "end", path + ".period");
      if (end != null && end.isBefore(start)) {
        throw new InvalidRequestException(path + ".period.end", "is before period.start");
      }
      period = DateRange.of(start, end);
    }
    Volume volume = null;
    JsonNode v = adj.get("volume");
    if (v != null && !v.isNull()) {
      known(v, path + ".volume", Set.of("amount", "unit", "frequency"));
      Integer amount = optionalInt(v.get("amount"), path + ".volume.amount");
      String unit = string(v, "unit", path + ".volume.unit");
      String frequency = string(v, "frequency", path + ".volume.frequency");
      if (amount == null || unit == null || frequency == null || amount < 0) {
        throw new InvalidRequestException(
            path + ".volume", "needs amount (0 or more), unit and frequency");
      }
      try {
        volume = new Volume(amount, Unit.parse(unit), Frequency.parse(frequency));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(path + ".volume", String.valueOf(e.getMessage()));
      }
    }
    Integer budget =
        adj.has("budgetCents") ? optionalInt(adj.get("budgetCents"), path + ".budgetCents") : null;
    if (budget != null && budget < 0) {
      throw new InvalidRequestException(path + ".budgetCents", "must not be negative");
    }
    Integer level = adj.has("level") ? optionalInt(adj.get("level"), path + ".level") : null;
    return new Adjustments(period, volume, budget == null ? null : budget.longValue(), level);
  }

  private static @Nullable String string(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return null;
    if (value.isString()) return value.asString();
    if (value.isIntegralNumber()) return value.asString();
    throw new InvalidRequestException(path, "must be a string");
  }
}
