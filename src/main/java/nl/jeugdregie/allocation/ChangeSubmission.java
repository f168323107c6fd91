package nl.jeugdregie.allocation;

import static nl.jeugdregie.policy.JsonInput.date;
import static nl.jeugdregie.policy.JsonInput.known;
import static nl.jeugdregie.policy.JsonInput.optionalDate;
import static nl.jeugdregie.policy.JsonInput.optionalInt;
import static nl.jeugdregie.policy.JsonInput.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A change request (VOW, iJw JW317): the complete desired situation of one client at one provider
 * (ijw.md §2.4). Allocations that stay are listed in {@code unchanged}, those to change in {@code
 * change} with their desired start and new end, volume or budget, and new products in {@code
 * added}. It is approved or rejected as a whole (iJw OP348).
 *
 * <p>{@code wholeTerms} says how a change's left-out parts read. Without it (the JSON API's way) a
 * part left out stays as it is. With it, each change states its terms whole, as a JW317's
 * TeWijzigenProduct does: no end date is an open end, no volume or budget is none (iJw CD075, CD076
 * and TR411 judge the TeWijzigenProduct as it stands). Only a budget kept beside a volume, the
 * region's money cap that iJw cannot carry (see {@link AllocationTerms}), stays when a change
 * states the volume.
 *
 * <p>Two facts only the JSON API carries, because a JW317 has no element for them (the VOW names no
 * referrer and has no free text): {@code referrerAssessedExtension}, the referrer assessed the
 * extension this request asks (Amersfoort 000 punt 3, R-AMF-3; a JW317 that lengthens an allocation
 * is judged as unassessed), and {@code plan}, the provider's plan after the evaluation with the
 * referrer (Amstelveen/Aalsmeer 004, R-AAA-2: {@code reference}, {@code evaluatedOn}).
 */
public record ChangeSubmission(
    Bsn clientBsn,
    String providerAgb,
    String providerReference,
    String municipality,
    LocalDate receivedOn,
    int reason,
    @Nullable Integer adjustmentReason,
    boolean priorContact,
    boolean wholeTerms,
    boolean referrerAssessedExtension,
    @Nullable Plan plan,
    List<Integer> unchanged,
    List<Change> change,
    List<Addition> added,
    JsonNode body) {

  public ChangeSubmission {
    unchanged = List.copyOf(unchanged);
    change = List.copyOf(change);
    added = List.copyOf(added);
  }

  /** The provider's plan after the evaluation with the referrer (R-AAA-2). */
  public record Plan(String reference, LocalDate evaluatedOn) {}

  /** A current allocation to change (TeWijzigenProduct); null parts stay as they are. */
  public record Change(
      int number,
      LocalDate desiredStart,
      @Nullable LocalDate end,
      @Nullable Volume volume,
      @Nullable Long budgetCents,
      int index) {}

  /** A new product (NieuwProduct). */
  public record Addition(
      String category,
      @Nullable String productCode,
      LocalDate desiredStart,
      @Nullable LocalDate end,
      @Nullable Volume volume,
      @Nullable Long budgetCents,
      int index) {}

  private static final Set<String> FIELDS =
      Set.of(
          "clientBsn",
          "providerAgb",
          "providerReference",
          "municipality",
          "receivedOn",
          "reason",
          "adjustmentReason",
          "priorContact",
          "wholeTerms",
          "referrerAssessedExtension",
          "plan",
          "unchanged",
          "change",
          "new");

  public static ChangeSubmission parse(JsonNode body) {
    String root = "changeRequest";
    if (!body.isObject()) throw new InvalidRequestException(root, "must be a JSON object");
    known(body, root, FIELDS);
    String bsn = text(body, "clientBsn", root);
    if (!Bsn.isValid(bsn)) {
      throw new InvalidRequestException(
          root + ".clientBsn", "must be 9 digits that pass the 11-proef");
    }
    String agb = text(body, "providerAgb", root);
    if (!agb.matches("\\d{8}")) {
      throw new InvalidRequestException(root + ".providerAgb", "must be an 8-digit AGB code");
    }
    String reference = text(body, "providerReference", root);
    if (reference.length() > 36) {
      throw new InvalidRequestException(root + ".providerReference", "must be 1 to 36 characters");
    }
    String municipality = text(body, "municipality", root);
    if (!municipality.matches("\\d{4}")) {
      throw new InvalidRequestException(root + ".municipality", "must be a 4-digit CBS code");
    }
    LocalDate received = date(body, "receivedOn", root);
    Integer reason = optionalInt(body.get("reason"), root + ".reason");
    if (reason == null || (reason != 1 && reason != 2)) {
      throw new InvalidRequestException(
          root + ".reason",
          "must be 1 (client's situation changed) or 2 (care plan changed) (iJw WJ758)");
    }
    Integer adjustment = optionalInt(body.get("adjustmentReason"), root + ".adjustmentReason");
    JsonNode prior = body.get("priorContact");
    if (prior != null && !prior.isBoolean()) {
      throw new InvalidRequestException(root + ".priorContact", "must be true or false");
    }
    JsonNode whole = body.get("wholeTerms");
    if (whole != null && !whole.isBoolean()) {
      throw new InvalidRequestException(root + ".wholeTerms", "must be true or false");
    }
    JsonNode assessed = body.get("referrerAssessedExtension");
    if (assessed != null && !assessed.isNull() && !assessed.isBoolean()) {
      throw new InvalidRequestException(
          root + ".referrerAssessedExtension", "must be true or false");
    }
    Plan plan = null;
    JsonNode planNode = body.get("plan");
    if (planNode != null && !planNode.isNull()) {
      String path = root + ".plan";
      if (!planNode.isObject()) {
        throw new InvalidRequestException(path, "must be {reference, evaluatedOn}");
      }
      known(planNode, path, Set.of("reference", "evaluatedOn"));
      String planReference = text(planNode, "reference", path).strip();
      if (planReference.isEmpty() || planReference.length() > 80) {
        throw new InvalidRequestException(path + ".reference", "must be 1 to 80 characters");
      }
      plan = new Plan(planReference, date(planNode, "evaluatedOn", path));
    }
    List<Integer> unchanged = new ArrayList<>();
    JsonNode list = array(body, "unchanged", root);
    for (int i = 0; i < list.size(); i++) {
      String path = root + ".unchanged[" + i + "]";
      JsonNode item = list.get(i);
      known(item, path, Set.of("number"));
      Integer number = optionalInt(item.get("number"), path + ".number");
      if (number == null) throw new InvalidRequestException(path + ".number", "is required");
      unchanged.add(number);
    }
    List<Change> changes = new ArrayList<>();
    list = array(body, "change", root);
    for (int i = 0; i < list.size(); i++) {
      String path = root + ".change[" + i + "]";
      JsonNode item = list.get(i);
      known(item, path, Set.of("number", "desiredStart", "end", "volume", "budgetCents"));
      Integer number = optionalInt(item.get("number"), path + ".number");
      if (number == null) throw new InvalidRequestException(path + ".number", "is required");
      changes.add(
          new Change(
              number,
              date(item, "desiredStart", path),
              optionalDate(item, "end", path),
              volume(item, path),
              budget(item, path),
              i));
    }
    List<Addition> added = new ArrayList<>();
    list = array(body, "new", root);
    for (int i = 0; i < list.size(); i++) {
      String path = root + ".new[" + i + "]";
      JsonNode item = list.get(i);
      known(item, path, Set.of("product", "desiredStart", "end", "volume", "budgetCents"));
      JsonNode product = item.get("product");
      if (product == null || !product.isObject()) {
        throw new InvalidRequestException(path + ".product", "is required: {category, code}");
      }
      known(product, path + ".product", Set.of("category", "code"));
      String category = text(product, "category", path + ".product");
      if (!category.matches("\\d{2}")) {
        throw new InvalidRequestException(path + ".product.category", "must be 2 digits (JZ020)");
      }
      JsonNode code = product.get("code");
      String productCode = code == null || code.isNull() ? null : code.asString();
      if (productCode != null && !productCode.matches("[0-9A-Za-z]{5}")) {
        throw new InvalidRequestException(path + ".product.code", "must be 5 characters");
      }
      added.add(
          new Addition(
              category,
              productCode == null ? null : productCode.toUpperCase(java.util.Locale.ROOT),
              date(item, "desiredStart", path),
              optionalDate(item, "end", path),
              volume(item, path),
              budget(item, path),
              i));
    }
    return new ChangeSubmission(
        Bsn.of(bsn),
        agb,
        reference,
        municipality,
        received,
        reason,
        adjustment,
        prior != null && prior.asBoolean(),
        whole != null && whole.asBoolean(),
        assessed != null && assessed.asBoolean(),
        plan,
        unchanged,
        changes,
        added,
        body.deepCopy());
  }

  private static @Nullable Volume volume(JsonNode item, String path) {
    JsonNode v = item.get("volume");
    if (v == null || v.isNull()) return null;
    known(v, path + ".volume", Set.of("amount", "unit", "frequency"));
    Integer amount = optionalInt(v.get("amount"), path + ".volume.amount");
    JsonNode unit = v.get("unit");
    JsonNode frequency = v.get("frequency");
    if (amount == null || amount < 0 || unit == null || frequency == null) {
      throw new InvalidRequestException(
          path + ".volume", "needs amount (0 or more), unit and frequency");
    }
    try {
      return new Volume(amount, Unit.parse(unit.asString()), Frequency.parse(frequency.asString()));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(path + ".volume", String.valueOf(e.getMessage()));
    }
  }

  private static @Nullable Long budget(JsonNode item, String path) {
    JsonNode b = item.get("budgetCents");
    if (b == null || b.isNull()) return null;
    if (!b.isIntegralNumber() || b.asLong() < 0) {
      throw new InvalidRequestException(
          path + ".budgetCents", "must be whole eurocents, 0 or more");
    }
    return b.asLong();
  }

  private static JsonNode array(JsonNode body, String field, String root) {
    JsonNode list = body.get(field);
    if (list == null || list.isNull())
      return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    if (!list.isArray()) throw new InvalidRequestException(root + "." + field, "must be a list");
    return list;
  }
}
