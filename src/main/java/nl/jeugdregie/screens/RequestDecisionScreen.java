package nl.jeugdregie.screens;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.allocation.RejectionReason;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.TeamDecision;
import nl.jeugdregie.allocation.Views.DecisionView;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Grant;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyEngine;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request as the access team sees it, and its decision on it: the client as the service shows
 * it to the role, the product, volume, period and referrer as the engine judged them, the engine's
 * outcome with every rule of the region's pack version that judged it (rule id, outcome, the seed
 * clause the pack entry cites), and the team's decisions. A request in investigation (R-TWE-2 and
 * the other INVESTIGATE rules) is approved here, possibly adjusted in volume or end date (iJw
 * IV094, never for a change request), or rejected with a WJ759 reason (8 names the municipality
 * responsible by law, TR377). The service ({@link Requests#decide}) checks scope, state and the
 * optimistic lock; what it refuses is shown on the form and nothing is stored.
 */
@Controller
class RequestDecisionScreen {

  private final Requests requests;
  private final PolicyCatalog catalog;
  private final MessageSource messages;

  RequestDecisionScreen(Requests requests, PolicyCatalog catalog, MessageSource messages) {
    this.requests = requests;
    this.catalog = catalog;
    this.messages = messages;
  }

  /** The approval form: the volume and end date as granted (prefilled as asked), a note. */
  record ApproveForm(
      @PositiveOrZero @Nullable Long volume,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate end,
      @Size(max = 1000) @Nullable String note,
      @Nullable Integer version) {}

  /** The rejection form: a WJ759 reason (1-9), for 8 the responsible municipality, a note. */
  record RejectForm(
      @NotBlank @Nullable String reason,
      @Pattern(regexp = "|[0-9]{4}") @Nullable String responsibleMunicipality,
      @Size(max = 1000) @Nullable String note,
      @Nullable Integer version) {}

  /** What was asked, as the engine judged it (the first decision's request). */
  record Asked(
      String kind,
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable Long amount,
      @Nullable String unit,
      @Nullable String frequency,
      @Nullable Integer sessions,
      @Nullable Long budgetCents,
      @Nullable Integer level,
      @Nullable String referrerType,
      @Nullable LocalDate letterDate,
      boolean priorContact,
      @Nullable String productName) {}

  /**
   * One rule as it judged this request: {@code outcome} PASSED, NOT_APPLICABLE (outside the rule's
   * scope), NOT_JUDGED (a built-in check refused first) or the finding's effect (INFO, ADJUST,
   * INVESTIGATE, REJECT) with the engine's message.
   */
  record RuleRow(
      String rule,
      @Nullable String kind,
      String outcome,
      @Nullable String message,
      @Nullable String source,
      @Nullable String document,
      boolean assumption) {}

  /** A decision after the engine's: the team's, with what it granted. */
  record TeamRow(DecisionView decision, @Nullable Long amount, @Nullable LocalDate end) {}

  @GetMapping("/app/aanvragen/{id}")
  String show(Actor actor, @PathVariable UUID id, Model model) {
    RequestView view = requests.get(actor, id);
    Asked asked = asked(view);
    if (!model.containsAttribute("toewijzing")) {
      model.addAttribute(
          "toewijzing", new ApproveForm(asked.amount(), asked.end(), null, view.version()));
    }
    if (!model.containsAttribute("afwijzing")) {
      model.addAttribute("afwijzing", new RejectForm(null, null, null, view.version()));
    }
    return page(actor, view, asked, model);
  }

  @PostMapping("/app/aanvragen/{id}/toewijzen")
  String approve(
      Actor actor,
      @PathVariable UUID id,
      @Valid @ModelAttribute("toewijzing") ApproveForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    RequestView view = requests.get(actor, id);
    Asked asked = asked(view);
    Volume volume = null;
    Long amount = form.volume();
    if (!errors.hasFieldErrors("volume") && amount != null && asked.amount() != null) {
      if (amount.longValue() != asked.amount().longValue()) {
        volume =
            new Volume(
                amount,
                Unit.parse(String.valueOf(asked.unit())),
                Frequency.parse(String.valueOf(asked.frequency())));
      }
    }
    DateRange period = null;
    LocalDate end = form.end();
    LocalDate start = asked.start();
    if (!errors.hasFieldErrors("end") && end != null && start != null) {
      if (end.isBefore(start)) {
        errors.rejectValue("end", "BeforeStart");
      } else if (!end.equals(asked.end())) {
        period = DateRange.of(start, end);
      }
    }
    if (errors.hasErrors()) {
      response.setStatus(400);
      model.addAttribute("afwijzing", new RejectForm(null, null, null, view.version()));
      return page(actor, view, asked, model);
    }
    TeamDecision.Adjustments adjustments =
        volume == null && period == null
            ? null
            : new TeamDecision.Adjustments(period, volume, null, null);
    try {
      requests.decide(
          actor,
          id,
          new TeamDecision(true, null, adjustments, blankToNull(form.note()), form.version()));
    } catch (RouteRefusedException | InvalidRequestException e) {
      return refused(actor, id, e, model, response, "afwijzing");
    }
    String confirmation =
        adjustments == null
            ? text("decide.confirm.approved")
            : text(
                "decide.confirm.approvedAdjusted",
                String.valueOf(volume == null ? asked.amount() : Long.valueOf(volume.amount())),
                unitName(asked.unit()),
                period == null ? format(asked.end()) : format(period.end()));
    redirect.addFlashAttribute("bevestiging", confirmation);
    return "redirect:/app/aanvragen/" + id;
  }

  @PostMapping("/app/aanvragen/{id}/afwijzen")
  String reject(
      Actor actor,
      @PathVariable UUID id,
      @Valid @ModelAttribute("afwijzing") RejectForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    RequestView view = requests.get(actor, id);
    RejectionReason reason = null;
    if (!errors.hasFieldErrors("reason") && form.reason() != null) {
      try {
        reason = RejectionReason.parse(form.reason());
      } catch (IllegalArgumentException e) {
        errors.rejectValue("reason", "Unknown");
      }
    }
    String responsible = blankToNull(form.responsibleMunicipality());
    if (reason == RejectionReason.PLACE_OF_RESIDENCE
        && responsible == null
        && !errors.hasFieldErrors("responsibleMunicipality")) {
      errors.rejectValue("responsibleMunicipality", "Required");
    }
    if (errors.hasErrors() || reason == null) {
      response.setStatus(400);
      Asked asked = asked(view);
      model.addAttribute(
          "toewijzing", new ApproveForm(asked.amount(), asked.end(), null, view.version()));
      return page(actor, view, asked, model);
    }
    try {
      requests.decide(
          actor,
          id,
          new TeamDecision(
              false,
              reason,
              null,
              blankToNull(form.note()),
              form.version(),
              reason == RejectionReason.PLACE_OF_RESIDENCE ? responsible : null));
    } catch (RouteRefusedException | InvalidRequestException e) {
      return refused(actor, id, e, model, response, "toewijzing");
    }
    redirect.addFlashAttribute(
        "bevestiging",
        text("decide.confirm.rejected", reason.code(), text("decide.reason." + reason.code())));
    return "redirect:/app/aanvragen/" + id;
  }

  /** The service refused: the page again with a Dutch sentence and the service's detail. */
  private String refused(
      Actor actor,
      UUID id,
      RuntimeException e,
      Model model,
      HttpServletResponse response,
      String otherForm) {
    RouteRefusedException.Kind refusal =
        e instanceof RouteRefusedException r ? r.kind() : RouteRefusedException.Kind.UNPROCESSABLE;
    String kind = refusal.name();
    response.setStatus(ScreenErrors.status(refusal));
    model.addAttribute("weigering", text("decide.refused." + kind));
    model.addAttribute("weigeringDetail", e.getMessage());
    RequestView view = requests.get(actor, id);
    Asked asked = asked(view);
    if (otherForm.equals("afwijzing")) {
      model.addAttribute("afwijzing", new RejectForm(null, null, null, view.version()));
    } else {
      model.addAttribute(
          "toewijzing", new ApproveForm(asked.amount(), asked.end(), null, view.version()));
    }
    return page(actor, view, asked, model);
  }

  private String page(Actor actor, RequestView view, Asked asked, Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute("request", view);
    model.addAttribute("asked", asked);
    DecisionView engine = view.decisions().isEmpty() ? null : view.decisions().getFirst();
    model.addAttribute("engine", engine);
    model.addAttribute("rules", engine == null ? List.of() : rules(engine));
    List<TeamRow> team = new ArrayList<>();
    for (DecisionView d :
        view.decisions().subList(Math.min(1, view.decisions().size()), view.decisions().size())) {
      JsonNode allocation = d.output().get("allocation");
      Long amount = null;
      LocalDate end = null;
      if (allocation != null && allocation.isObject()) {
        JsonNode v = allocation.get("volume");
        if (v != null && v.has("amount")) amount = v.get("amount").asLong();
        JsonNode p = allocation.get("period");
        if (p != null && p.hasNonNull("end")) end = LocalDate.parse(p.get("end").asString());
      }
      team.add(new TeamRow(d, amount, end));
    }
    model.addAttribute("team", team);
    model.addAttribute(
        "mayDecide",
        view.state() == RequestState.IN_INVESTIGATION
            && (actor.role() == Role.ACCESS_TEAM || actor.role() == Role.ADMIN));
    model.addAttribute("reasons", RejectionReason.values());
    return "aanvraag";
  }

  /** The request as the engine judged it, read from the first decision. */
  private Asked asked(RequestView view) {
    if (view.decisions().isEmpty()) {
      return new Asked(
          view.type().name(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          false,
          null);
    }
    JsonNode r = view.decisions().getFirst().judgedRequest();
    JsonNode period = r.path("period");
    JsonNode volume = r.path("volume");
    JsonNode referrer = r.path("referrer");
    JsonNode budget = r.path("budget");
    String productName = null;
    String code = view.product() == null ? null : view.product().code();
    PolicyPack pack = pack(view.decisions().getFirst());
    if (pack != null && code != null) {
      Product product = pack.products().get(code);
      if (product != null) productName = product.name();
    }
    return new Asked(
        r.path("kind").asString(view.type().name()),
        date(period, "start"),
        date(period, "end"),
        volume.hasNonNull("amount") ? volume.get("amount").asLong() : null,
        volume.hasNonNull("unit") ? volume.get("unit").asString() : null,
        volume.hasNonNull("frequency") ? volume.get("frequency").asString() : null,
        r.hasNonNull("sessions") ? r.get("sessions").asInt() : null,
        budget.hasNonNull("amountCents") ? budget.get("amountCents").asLong() : null,
        budget.hasNonNull("level") ? budget.get("level").asInt() : null,
        referrer.hasNonNull("type") ? referrer.get("type").asString() : null,
        date(referrer, "letterDate"),
        r.path("priorContact").asBoolean(false),
        productName);
  }

  /**
   * Every rule that took part in the engine's decision: the built-in checks, then each decision
   * rule of the pack version it was judged by, in the pack's order, with the finding the engine
   * stored for it (matched by rule id and cited source) or PASSED when it had nothing to say. Rules
   * whose scope ({@code when}) leaves this request out are NOT_APPLICABLE; after a built-in refusal
   * the pack's rules were not judged.
   */
  private List<RuleRow> rules(DecisionView engine) {
    List<JsonNode> findings = new ArrayList<>();
    JsonNode reasons = engine.output().path("reasons");
    for (JsonNode reason : reasons) findings.add(reason);
    List<RuleRow> rows = new ArrayList<>();
    PolicyPack pack = pack(engine);
    boolean builtInRefused = false;
    for (String builtIn :
        List.of(
            Requests.NO_STACKING,
            Requests.PROVIDER_CONTRACTED,
            PolicyEngine.MUNICIPALITY_IN_REGION,
            PolicyEngine.PRODUCT_IN_BOOK)) {
      JsonNode finding = take(findings, builtIn, null);
      if (finding != null) {
        builtInRefused = true;
        rows.add(row(finding, null, pack, false));
      }
    }
    for (String builtIn :
        List.of(
            Requests.NO_STACKING,
            Requests.PROVIDER_CONTRACTED,
            PolicyEngine.MUNICIPALITY_IN_REGION,
            PolicyEngine.PRODUCT_IN_BOOK)) {
      if (rows.stream().anyMatch(r -> r.rule().equals(builtIn))) continue;
      rows.add(
          new RuleRow(
              builtIn,
              null,
              builtInRefused ? "NOT_JUDGED" : "PASSED",
              null,
              text("decide.builtin." + builtIn),
              null,
              false));
    }
    RequestCase c = pack == null ? null : requestCase(engine.judgedRequest(), pack);
    if (pack != null) {
      for (PackRule rule : pack.rules()) {
        if (!(rule.kind() instanceof DecisionRule)) continue;
        String document = document(pack, rule.source());
        if (builtInRefused) {
          rows.add(
              new RuleRow(
                  rule.id(),
                  rule.kindName(),
                  "NOT_JUDGED",
                  null,
                  rule.source(),
                  document,
                  rule.assumption()));
          continue;
        }
        JsonNode finding = take(findings, rule.id(), rule.source());
        if (finding != null) {
          rows.add(
              new RuleRow(
                  rule.id(),
                  rule.kindName(),
                  finding.path("effect").asString(),
                  finding.path("message").asString(),
                  rule.source(),
                  document,
                  rule.assumption()));
        } else if (c != null && !rule.scope().matches(c)) {
          rows.add(
              new RuleRow(
                  rule.id(),
                  rule.kindName(),
                  "NOT_APPLICABLE",
                  null,
                  rule.source(),
                  document,
                  rule.assumption()));
        } else {
          rows.add(
              new RuleRow(
                  rule.id(),
                  rule.kindName(),
                  "PASSED",
                  null,
                  rule.source(),
                  document,
                  rule.assumption()));
        }
      }
    }
    // a finding no entry of the pack version explains (should not happen): shown as stored
    for (JsonNode finding : findings) rows.add(row(finding, null, pack, false));
    return rows;
  }

  private RuleRow row(
      JsonNode finding, @Nullable String kind, @Nullable PolicyPack pack, boolean assumption) {
    String source = finding.path("source").asString();
    return new RuleRow(
        finding.path("rule").asString(),
        kind,
        finding.path("effect").asString(),
        finding.path("message").asString(),
        source,
        pack == null ? null : document(pack, source),
        assumption);
  }

  private static @Nullable JsonNode take(
      List<JsonNode> findings, String rule, @Nullable String source) {
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      if (f.path("rule").asString().equals(rule)
          && (source == null || f.path("source").asString().equals(source))) {
        return findings.remove(i);
      }
    }
    return null;
  }

  /** The seed document a clause comes from: the pack's {@code sources} entry it starts with. */
  private static @Nullable String document(PolicyPack pack, @Nullable String source) {
    if (source == null) return null;
    for (Map.Entry<String, String> s : pack.sources().entrySet()) {
      if (source.startsWith(s.getKey() + " ") || source.equals(s.getKey())) return s.getValue();
    }
    return null;
  }

  /** The pack version the engine judged by. */
  private @Nullable PolicyPack pack(DecisionView engine) {
    for (PolicyPack pack : catalog.versions(engine.policy().id())) {
      if (pack.validFrom().equals(engine.policy().validFrom())) return pack;
    }
    return null;
  }

  /**
   * The judged request as the rules' scope reads it. A role that does not see personal data gets it
   * without the birth date, which no scope reads: the date received stands in for it.
   */
  private static @Nullable RequestCase requestCase(JsonNode judged, PolicyPack pack) {
    try {
      ObjectNode copy = (ObjectNode) judged.deepCopy();
      if (!copy.path("client").hasNonNull("birthDate")) {
        copy.putObject("client").put("birthDate", copy.path("receivedOn").asString());
      }
      DecisionRequest request = DecisionJson.parseRequest(copy);
      String code = request.productCode();
      Product product = code == null ? null : pack.products().get(code);
      Grant grant =
          new Grant(
              request.period(),
              request.volume(),
              request.sessions(),
              request.budget().amountCents(),
              request.budget().level());
      return new RequestCase(request, grant, product, pack);
    } catch (InvalidRequestException | ClassCastException e) {
      return null;
    }
  }

  private static @Nullable LocalDate date(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : LocalDate.parse(value.asString());
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private String unitName(@Nullable String unit) {
    return unit == null ? "" : text("decide.unit." + unit);
  }

  private static String format(@Nullable LocalDate date) {
    return date == null
        ? "-"
        : date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT));
  }

  private String text(String key, Object... args) {
    return String.valueOf(messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
  }
}
