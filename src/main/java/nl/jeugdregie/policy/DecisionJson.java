package nl.jeugdregie.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The decision contract's JSON (docs/decision-contract.md): requests in, decisions out. Every input
 * error names the field; unknown fields are refused, because a misspelt fact must not silently
 * change a decision.
 */
public final class DecisionJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private DecisionJson() {}

  public static DecisionRequest parseRequest(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidRequestException("request", "not valid JSON: " + e.getOriginalMessage());
    }
    return parseRequest(root);
  }

  public static DecisionRequest parseRequest(JsonNode root) {
    Fields r = new Fields("request", root);
    RequestKind kind = r.required("kind", "INITIAL, EXTENSION or CHANGE", RequestKind::valueOf);
    LocalDate receivedOn = r.required("receivedOn", "a date (yyyy-mm-dd)", LocalDate::parse);
    String municipality =
        r.required("municipality", "a 4-digit CBS code", s -> matching(s, "\\d{4}"));
    Fields client = r.object("client", true);
    LocalDate birthDate = client.required("birthDate", "a date (yyyy-mm-dd)", LocalDate::parse);
    client.finish(Set.of("birthDate"));
    if (birthDate.isAfter(receivedOn)) {
      throw new InvalidRequestException(
          "request.client.birthDate", "is after receivedOn " + receivedOn);
    }

    Fields ref = r.object("referrer", true);
    DecisionRequest.Referrer referrer =
        new DecisionRequest.Referrer(
            ref.required("type", "a COD327 referrer code (01-06, 08) or name", ReferrerType::parse),
            ref.optional("letterDate", "a date (yyyy-mm-dd)", LocalDate::parse),
            ref.bool("usedBefore"),
            ref.bool("extraCheck"),
            ref.bool("assessedExtension"));
    ref.finish(Set.of("type", "letterDate", "usedBefore", "extraCheck", "assessedExtension"));

    Fields product = r.object("product", true);
    String category =
        product.required("category", "a 2-digit JZ020 category", s -> matching(s, "\\d{2}"));
    String code =
        product.optional("code", "a 5-character product code", s -> matching(s, "[0-9A-Za-z]{5}"));
    product.finish(Set.of("category", "code"));

    DateRange period = r.range("period", true);
    if (period == null) throw new IllegalStateException("required period missing");

    Fields vol = r.object("volume", false);
    Volume volume = null;
    if (vol.present()) {
      Long amount = vol.optionalLong("amount");
      if (amount != null) {
        volume =
            new Volume(
                amount,
                vol.required(
                    "unit", "a WJ756 unit code (01, 04, 14, 16, 82, 83, 84) or name", Unit::parse),
                vol.required(
                    "frequency", "a frequency code (1, 2, 4, 6) or name", Frequency::parse));
      }
      vol.finish(Set.of("amount", "unit", "frequency"));
    }

    Fields bud = r.object("budget", false);
    DecisionRequest.Budget budget = DecisionRequest.Budget.NONE;
    if (bud.present()) {
      budget =
          new DecisionRequest.Budget(
              bud.optional(
                  "scheme", "one of " + List.of(BudgetScheme.values()), BudgetScheme::valueOf),
              bud.optionalInt("level"),
              bud.optional("kind", "HERSTEL or DUURZAAM", BudgetKind::valueOf),
              bud.optionalLong("amountCents"));
      bud.finish(Set.of("scheme", "level", "kind", "amountCents"));
    }

    Fields change = r.object("change", false);
    Integer changeReason = null;
    if (change.present()) {
      changeReason = change.optionalInt("reason");
      change.finish(Set.of("reason"));
    }

    Fields cur = r.object("current", false);
    DecisionRequest.Current current = DecisionRequest.Current.NONE;
    if (cur.present()) {
      current =
          new DecisionRequest.Current(
              cur.optionalInt("level"),
              cur.range("period", false),
              cur.optionalLong("budgetCents"),
              cur.optionalLong("usedCents"));
      cur.finish(Set.of("level", "period", "budgetCents", "usedCents"));
    }

    Fields intervention = r.object("intervention", false);
    Evidence evidence = null;
    if (intervention.present()) {
      evidence =
          intervention.optional(
              "evidence", "one of " + List.of(Evidence.values()), Evidence::valueOf);
      intervention.finish(Set.of("evidence"));
    }

    Fields planFields = r.object("plan", false);
    DecisionRequest.Plan plan = null;
    if (planFields.present()) {
      plan =
          new DecisionRequest.Plan(
              planFields.required(
                  "reference", "a plan reference (1-80 characters)", DecisionJson::shortText),
              planFields.optional("director", "a name (1-80 characters)", DecisionJson::shortText),
              planFields.optional("evaluatedOn", "a date (yyyy-mm-dd)", LocalDate::parse));
      planFields.finish(Set.of("reference", "director", "evaluatedOn"));
    }

    List<DecisionRequest.ParallelBudget> parallel = new java.util.ArrayList<>();
    JsonNode budgets = root.get("parallelBudgets");
    if (budgets != null && !budgets.isNull()) {
      if (!budgets.isArray() || budgets.size() > 100) {
        throw new InvalidRequestException(
            "request.parallelBudgets", "must be a list (at most 100)");
      }
      for (int i = 0; i < budgets.size(); i++) {
        Fields b = new Fields("request.parallelBudgets[" + i + "]", budgets.get(i));
        if (!b.present()) {
          throw new InvalidRequestException(
              "request.parallelBudgets[" + i + "]", "must be an object");
        }
        DateRange range = b.range("period", true);
        if (range == null) throw new IllegalStateException("required period missing");
        parallel.add(
            new DecisionRequest.ParallelBudget(
                b.required("provider", "an 8-digit AGB code", s -> matching(s, "\\d{8}")),
                b.required(
                    "scheme", "one of " + List.of(BudgetScheme.values()), BudgetScheme::valueOf),
                range));
        b.finish(Set.of("provider", "scheme", "period"));
      }
    }

    DecisionRequest request =
        new DecisionRequest(
            kind,
            receivedOn,
            municipality,
            birthDate,
            referrer,
            r.bool("priorContact"),
            category,
            code == null ? null : code.toUpperCase(java.util.Locale.ROOT),
            period,
            volume,
            r.optionalInt("sessions"),
            budget,
            r.optional("careStartedOn", "a date (yyyy-mm-dd)", LocalDate::parse),
            r.bool("complex"),
            changeReason,
            current,
            evidence,
            plan,
            parallel);
    r.finish(
        Set.of(
            "kind",
            "receivedOn",
            "municipality",
            "client",
            "referrer",
            "priorContact",
            "product",
            "period",
            "volume",
            "sessions",
            "budget",
            "careStartedOn",
            "complex",
            "change",
            "current",
            "intervention",
            "plan",
            "parallelBudgets"));
    return request;
  }

  /** The decision as JSON, pretty-printed. */
  public static String write(Decision decision) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(decision));
  }

  public static ObjectNode toJson(Decision decision) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("outcome", decision.outcome().name());
    ObjectNode policy = root.putObject("policy");
    policy.put("id", decision.policy().id());
    policy.put("validFrom", decision.policy().validFrom().toString());
    Grant grant = decision.allocation();
    if (grant != null) {
      ObjectNode allocation = root.putObject("allocation");
      putRange(allocation.putObject("period"), grant.period());
      Volume volume = grant.volume();
      if (volume != null) {
        ObjectNode v = allocation.putObject("volume");
        v.put("amount", volume.amount());
        v.put("unit", volume.unit().code());
        v.put("frequency", volume.frequency().code());
      }
      if (grant.sessions() != null) allocation.put("sessions", grant.sessions());
      if (grant.budgetCents() != null) allocation.put("budgetCents", grant.budgetCents());
      if (grant.level() != null) allocation.put("level", grant.level());
    }
    ArrayNode reasons = root.putArray("reasons");
    for (Reason reason : decision.reasons()) {
      ObjectNode r = reasons.addObject();
      r.put("rule", reason.rule());
      r.put("effect", reason.effect().name());
      r.put("source", reason.source());
      r.put("message", reason.message());
    }
    return root;
  }

  /**
   * The request as decision-contract JSON; {@link #parseRequest(JsonNode)} reads it back to an
   * equal request, so a stored request can be explained and replayed under another pack.
   */
  public static ObjectNode toJson(DecisionRequest request) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("kind", request.kind().name());
    root.put("receivedOn", request.receivedOn().toString());
    root.put("municipality", request.municipality());
    root.putObject("client").put("birthDate", request.clientBirthDate().toString());
    DecisionRequest.Referrer referrer = request.referrer();
    ObjectNode ref = root.putObject("referrer");
    ref.put("type", referrer.type().code());
    if (referrer.letterDate() != null) ref.put("letterDate", String.valueOf(referrer.letterDate()));
    if (referrer.usedBefore()) ref.put("usedBefore", true);
    if (referrer.extraCheck()) ref.put("extraCheck", true);
    if (referrer.assessedExtension()) ref.put("assessedExtension", true);
    if (request.priorContact()) root.put("priorContact", true);
    ObjectNode product = root.putObject("product");
    product.put("category", request.category());
    if (request.productCode() != null) product.put("code", request.productCode());
    putRange(root.putObject("period"), request.period());
    Volume volume = request.volume();
    if (volume != null) {
      ObjectNode v = root.putObject("volume");
      v.put("amount", volume.amount());
      v.put("unit", volume.unit().code());
      v.put("frequency", volume.frequency().code());
    }
    if (request.sessions() != null) root.put("sessions", request.sessions());
    DecisionRequest.Budget budget = request.budget();
    if (!budget.equals(DecisionRequest.Budget.NONE)) {
      ObjectNode b = root.putObject("budget");
      if (budget.scheme() != null) b.put("scheme", String.valueOf(budget.scheme()));
      if (budget.level() != null) b.put("level", budget.level());
      if (budget.kind() != null) b.put("kind", String.valueOf(budget.kind()));
      if (budget.amountCents() != null) b.put("amountCents", budget.amountCents());
    }
    if (request.careStartedOn() != null) {
      root.put("careStartedOn", String.valueOf(request.careStartedOn()));
    }
    if (request.complex()) root.put("complex", true);
    if (request.changeReason() != null) {
      root.putObject("change").put("reason", request.changeReason());
    }
    DecisionRequest.Current current = request.current();
    if (!current.equals(DecisionRequest.Current.NONE)) {
      ObjectNode c = root.putObject("current");
      if (current.level() != null) c.put("level", current.level());
      DateRange period = current.period();
      if (period != null) putRange(c.putObject("period"), period);
      if (current.budgetCents() != null) c.put("budgetCents", current.budgetCents());
      if (current.usedCents() != null) c.put("usedCents", current.usedCents());
    }
    if (request.evidence() != null) {
      root.putObject("intervention").put("evidence", String.valueOf(request.evidence()));
    }
    DecisionRequest.Plan plan = request.plan();
    if (plan != null) {
      ObjectNode p = root.putObject("plan");
      p.put("reference", plan.reference());
      if (plan.director() != null) p.put("director", plan.director());
      if (plan.evaluatedOn() != null) p.put("evaluatedOn", String.valueOf(plan.evaluatedOn()));
    }
    if (!request.parallelBudgets().isEmpty()) {
      ArrayNode list = root.putArray("parallelBudgets");
      for (DecisionRequest.ParallelBudget b : request.parallelBudgets()) {
        ObjectNode item = list.addObject();
        item.put("provider", b.provider());
        item.put("scheme", b.scheme().name());
        putRange(item.putObject("period"), b.period());
      }
    }
    return root;
  }

  private static String shortText(String s) {
    String text = s.strip();
    if (text.isEmpty() || text.length() > 80) throw new IllegalArgumentException(s);
    return text;
  }

  private static void putRange(ObjectNode node, DateRange range) {
    node.put("start", range.start().toString());
    LocalDate end = range.end();
    if (end != null) node.put("end", end.toString());
  }

  private static String matching(String s, String regex) {
    if (!s.matches(regex)) throw new IllegalArgumentException(s);
    return s;
  }

  /** One JSON object of the request, read field by field with its path for error messages. */
  private static final class Fields {
    private final String path;
    private final @Nullable JsonNode node;

    Fields(String path, @Nullable JsonNode node) {
      this.path = path;
      this.node = node == null || node.isNull() || node.isMissingNode() ? null : node;
      if (this.node != null && !this.node.isObject()) {
        throw new InvalidRequestException(path, "must be a JSON object");
      }
    }

    boolean present() {
      return node != null;
    }

    Fields object(String name, boolean required) {
      JsonNode child = node == null ? null : node.get(name);
      Fields fields = new Fields(path + "." + name, child);
      if (required && !fields.present())
        throw new InvalidRequestException(path + "." + name, "is required");
      return fields;
    }

    private @Nullable JsonNode value(String name) {
      JsonNode value = node == null ? null : node.get(name);
      return value == null || value.isNull() ? null : value;
    }

    <T> T required(String name, String expected, Function<String, T> parser) {
      T value = optional(name, expected, parser);
      if (value == null)
        throw new InvalidRequestException(path + "." + name, "is required (" + expected + ")");
      return value;
    }

    <T> @Nullable T optional(String name, String expected, Function<String, T> parser) {
      JsonNode value = value(name);
      if (value == null) return null;
      if (!value.isString() && !value.isIntegralNumber()) {
        throw new InvalidRequestException(
            path + "." + name, "must be " + expected + ", got " + value);
      }
      String text = value.asString();
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new InvalidRequestException(
            path + "." + name, "must be " + expected + ", got '" + text + "'");
      }
    }

    @Nullable Long optionalLong(String name) {
      JsonNode value = value(name);
      if (value == null) return null;
      if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
        throw new InvalidRequestException(
            path + "." + name, "must be a whole number, not negative, got " + value);
      }
      return value.longValue();
    }

    @Nullable Integer optionalInt(String name) {
      Long value = optionalLong(name);
      if (value == null) return null;
      if (value > Integer.MAX_VALUE)
        throw new InvalidRequestException(path + "." + name, "is too large: " + value);
      return value.intValue();
    }

    boolean bool(String name) {
      JsonNode value = value(name);
      if (value == null) return false;
      if (!value.isBoolean())
        throw new InvalidRequestException(path + "." + name, "must be true or false, got " + value);
      return value.booleanValue();
    }

    @Nullable DateRange range(String name, boolean required) {
      Fields range = object(name, required);
      if (!range.present()) return null;
      LocalDate start = range.required("start", "a date (yyyy-mm-dd)", LocalDate::parse);
      LocalDate end = range.optional("end", "a date (yyyy-mm-dd)", LocalDate::parse);
      range.finish(Set.of("start", "end"));
      if (end != null && end.isBefore(start)) {
        throw new InvalidRequestException(
            path + "." + name + ".end", "must not be before " + name + ".start (" + start + ")");
      }
      return new DateRange(start, end);
    }

    void finish(Collection<String> known) {
      if (node == null) return;
      for (String name : node.propertyNames()) {
        if (!known.contains(name)) {
          throw new InvalidRequestException(
              path + "." + name, "is not a field of the decision contract");
        }
      }
    }
  }
}
