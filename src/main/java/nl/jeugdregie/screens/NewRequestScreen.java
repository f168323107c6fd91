package nl.jeugdregie.screens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provider's new allocation request (VOT, iJw JW315) at {@code /app/aanvragen/nieuw}: the
 * fields of the API's request body (municipality, client and, optionally, the client's name that
 * the municipality's JW301 needs; referrer and letter date, product, period, volume, own
 * reference), checked by Bean Validation with each error beside its field, then judged by the
 * region's pack on receipt. The answer page ({@code /app/aanvragen/{id}}) shows the engine's
 * immediate decision - approved, in investigation or rejected - with the rules that decided and
 * where they come from (e.g. Twente's 6,000 minutes, R-TWE-2; a referral's year, R-TWE-1), and the
 * allocation it led to.
 */
@Controller
class NewRequestScreen {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Requests requests;
  private final PolicyCatalog catalog;
  private final Clock clock;

  NewRequestScreen(Requests requests, PolicyCatalog catalog, Clock clock) {
    this.requests = requests;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The request as the form sends it; the provider is the one signed in. */
  record NewRequestForm(
      @NotBlank @Pattern(regexp = "([0-9]{4})?") @Nullable String municipality,
      @NotBlank @Pattern(regexp = "([0-9]{9})?") @Nullable String clientBsn,
      @Size(max = 200) @Nullable String clientName,
      @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate clientBirthDate,
      @NotNull @Nullable ReferrerType referrerType,
      @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate letterDate,
      @NotBlank @Pattern(regexp = "([0-9]{2})?") @Nullable String category,
      @Pattern(regexp = "([0-9A-Za-z]{5})?") @Nullable String productCode,
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodStart,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodEnd,
      @PositiveOrZero @Max(10_000_000) @Nullable Long volumeAmount,
      @Nullable Unit volumeUnit,
      @Nullable Frequency volumeFrequency,
      @NotBlank @Size(max = 36) @Nullable String reference) {

    static NewRequestForm empty() {
      return new NewRequestForm(
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
          null,
          Unit.MINUTE,
          Frequency.TOTAL,
          null);
    }
  }

  /** Where the route names a field of the request, the form's field for it. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("request.municipality", "municipality"),
          Map.entry("request.clientBsn", "clientBsn"),
          Map.entry("request.clientName", "clientName"),
          Map.entry("request.client.birthDate", "clientBirthDate"),
          Map.entry("request.referrer.type", "referrerType"),
          Map.entry("request.referrer.letterDate", "letterDate"),
          Map.entry("request.product.category", "category"),
          Map.entry("request.product.code", "productCode"),
          Map.entry("request.period.start", "periodStart"),
          Map.entry("request.period.end", "periodEnd"),
          Map.entry("request.volume.amount", "volumeAmount"),
          Map.entry("request.volume.unit", "volumeUnit"),
          Map.entry("request.volume.frequency", "volumeFrequency"),
          Map.entry("request.providerReference", "reference"));

  @GetMapping("/app/aanvragen/nieuw")
  String form(Actor actor, Model model) {
    providerOnly(actor);
    model.addAttribute("newRequest", NewRequestForm.empty());
    return page(actor, model);
  }

  @PostMapping("/app/aanvragen/nieuw")
  String submit(
      Actor actor,
      @Valid @ModelAttribute("newRequest") NewRequestForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    providerOnly(actor);
    if (form.clientBsn() != null
        && form.clientBsn().matches("[0-9]{9}")
        && !Bsn.isValid(form.clientBsn())) {
      errors.rejectValue("clientBsn", "Bsn");
    }
    if (!errors.hasErrors()) {
      try {
        RequestView view = requests.submit(actor, RequestSubmission.parse(body(actor, form)));
        redirect.addFlashAttribute("confirmation", "request.received");
        return "redirect:/app/aanvragen/" + view.id();
      } catch (RouteRefusedException | InvalidRequestException e) {
        RefusalOnForm.reject(errors, "request.refused", e, FIELDS);
      }
    }
    return page(actor, model);
  }

  /** The request as the API's body reads it (RequestSubmission.parse), from the signed-in AGB. */
  private ObjectNode body(Actor actor, NewRequestForm form) {
    ObjectNode body = JSON.createObjectNode();
    body.put("kind", "INITIAL");
    body.put("receivedOn", LocalDate.now(clock).toString());
    body.put("municipality", form.municipality());
    body.putObject("client").put("birthDate", String.valueOf(form.clientBirthDate()));
    ObjectNode referrer = body.putObject("referrer");
    referrer.put("type", form.referrerType() == null ? null : form.referrerType().code());
    if (form.letterDate() != null) referrer.put("letterDate", form.letterDate().toString());
    ObjectNode product = body.putObject("product").put("category", form.category());
    if (form.productCode() != null && !form.productCode().isBlank()) {
      product.put("code", form.productCode().strip());
    }
    ObjectNode period = body.putObject("period").put("start", String.valueOf(form.periodStart()));
    if (form.periodEnd() != null) period.put("end", form.periodEnd().toString());
    if (form.volumeAmount() != null) {
      body.putObject("volume")
          .put("amount", form.volumeAmount())
          .put("unit", form.volumeUnit() == null ? null : form.volumeUnit().code())
          .put("frequency", form.volumeFrequency() == null ? null : form.volumeFrequency().code());
    }
    body.put("clientBsn", form.clientBsn());
    if (form.clientName() != null && !form.clientName().isBlank()) {
      body.put("clientName", form.clientName().strip());
    }
    body.put("providerAgb", actor.agb());
    body.put("providerReference", String.valueOf(form.reference()).strip());
    return body;
  }

  private String page(Actor actor, Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute("municipalities", municipalities());
    model.addAttribute("referrerTypes", ReferrerType.values());
    model.addAttribute("units", Unit.values());
    model.addAttribute("frequencies", Frequency.values());
    return "nieuwe-aanvraag";
  }

  /** Only a provider sends an allocation request of its own (iJw JW315). */
  private static void providerOnly(Actor actor) {
    if (actor.role() != Role.PROVIDER) {
      throw RouteRefusedException.notPermitted("only a provider sends its allocation requests");
    }
  }

  /** The municipalities of every region's pack, by code, with their names. */
  private Map<String, String> municipalities() {
    Map<String, String> all = new TreeMap<>();
    for (PolicyPack pack : catalog.all()) {
      pack.municipalities().forEach((code, m) -> all.put(code, m.name()));
    }
    return all;
  }
}
