package nl.jeugdregie.screens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Provider;
import nl.jeugdregie.catalog.ProviderFilter;
import nl.jeugdregie.catalog.ProviderList;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.CodePatterns;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Beheer: the providers (aanbieders) by name and by what they are contracted for (region, category,
 * in force on a date), in pages of 25 that htmx swaps; and one provider with its contracts per
 * region and product, where an administrator adds a contract through the same service and checks as
 * {@code POST /api/v1/providers/{agb}/contracts} (a region with a policy pack, a product of that
 * region's product book and category, valid to not before valid from). A provider is an
 * organisation, so every signed-in role reads these pages; only an administrator adds.
 */
@Controller
class ProvidersScreen {

  private final ProviderList list;
  private final Providers providers;
  private final PolicyCatalog catalog;
  private final MessageSource messages;

  ProvidersScreen(
      ProviderList list, Providers providers, PolicyCatalog catalog, MessageSource messages) {
    this.list = list;
    this.providers = providers;
    this.catalog = catalog;
    this.messages = messages;
  }

  /** An empty field of a filter or form is absent, not an empty text. */
  @InitBinder
  void emptyIsAbsent(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping("/app/beheer/aanbieders")
  String providers(
      Actor actor,
      @Valid @ModelAttribute("providerFilter") ProviderFilter filter,
      BindingResult errors,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Locale locale,
      Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute("filter", filter);
    model.addAttribute("regions", catalog.ids());
    model.addAttribute("errors", FieldMessages.of(errors, messages, locale));
    // a wrong filter shows its errors and lists nothing rather than everything
    model.addAttribute(
        "providers",
        errors.hasErrors()
            ? new Page<ProviderList.ProviderRow>(List.of(), 0, CaseloadScreen.PAGE_SIZE, 0)
            : list.list(filter, PageRequest.of(Math.max(0, page), CaseloadScreen.PAGE_SIZE, null)));
    model.addAttribute("path", path(filter));
    return htmx != null ? "aanbieders :: tabel" : "aanbieders";
  }

  /** The list's address with its filter, for the pager's links. */
  private static String path(ProviderFilter filter) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/app/beheer/aanbieders");
    if (filter.name() != null) uri.queryParam("name", filter.name());
    if (filter.region() != null) uri.queryParam("region", filter.region());
    if (filter.category() != null) uri.queryParam("category", filter.category());
    if (filter.product() != null) uri.queryParam("product", filter.product());
    if (filter.contractedOn() != null) uri.queryParam("contractedOn", filter.contractedOn());
    return uri.encode().build().toUriString();
  }

  @GetMapping("/app/beheer/aanbieders/{agb}")
  String provider(Actor actor, @PathVariable String agb, Model model) {
    return detail(actor, find(agb), ContractForm.empty(), Map.of(), model);
  }

  /**
   * A contract as the form gives it: {@code productCode} empty for the whole category, {@code
   * validTo} empty for open-ended.
   */
  record ContractForm(
      @NotBlank String region,
      @NotBlank @Pattern(regexp = CodePatterns.CATEGORY) String category,
      @Nullable @Pattern(regexp = CodePatterns.PRODUCT) String productCode,
      @Nullable @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
      @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

    static ContractForm empty() {
      return new ContractForm("", "", null, null, null);
    }
  }

  @PostMapping("/app/beheer/aanbieders/{agb}/contracten")
  String addContract(
      Actor actor,
      @PathVariable String agb,
      @Valid @ModelAttribute("contractForm") ContractForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted("only an administrator adds contracts");
    }
    Provider provider = find(agb);
    if (!errors.hasErrors()) check(form, errors);
    if (errors.hasErrors()) {
      model.addAttribute("formError", true);
      return detail(actor, provider, form, FieldMessages.of(errors, messages, locale), model);
    }
    String code = form.productCode() == null ? null : form.productCode().toUpperCase(Locale.ROOT);
    LocalDate from = java.util.Objects.requireNonNull(form.validFrom(), "validated");
    providers.contract(
        new Contract(agb, form.region(), form.category(), code, from, form.validTo()));
    redirect.addFlashAttribute(
        "confirmation",
        messages.getMessage(
            "control.contract.added",
            new Object[] {form.region(), code == null ? form.category() : code},
            locale));
    return "redirect:/app/beheer/aanbieders/" + agb;
  }

  /**
   * The checks of the API's contract endpoint against the policy packs, each as an error on its
   * field: the region must have a pack, the product must be in that region's product book under the
   * category, and the contract must not end before it starts.
   */
  private void check(ContractForm form, BindingResult errors) {
    List<PolicyPack> versions = catalog.versions(form.region());
    if (versions.isEmpty()) {
      FieldMessages.reject(
          errors, "region", form.region(), "control.contract.unknownRegion", form.region());
      return;
    }
    if (form.productCode() != null) {
      String code = form.productCode().toUpperCase(Locale.ROOT);
      boolean inBook =
          versions.stream()
              .anyMatch(
                  p ->
                      p.products().containsKey(code)
                          && p.products().get(code).category().equals(form.category()));
      if (!inBook) {
        FieldMessages.reject(
            errors,
            "productCode",
            code,
            "control.contract.unknownProduct",
            code,
            form.category(),
            form.region());
      }
    }
    LocalDate from = java.util.Objects.requireNonNull(form.validFrom(), "validated");
    if (form.validTo() != null && form.validTo().isBefore(from)) {
      FieldMessages.reject(
          errors,
          "validTo",
          form.validTo(),
          "control.contract.endsBeforeStart",
          from.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    }
  }

  private String detail(
      Actor actor, Provider provider, ContractForm form, Map<String, String> errors, Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute("provider", provider);
    model.addAttribute("contracts", providers.contracts(provider.agb()));
    model.addAttribute("mayAdd", actor.role() == Role.ADMIN);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("regions", catalog.ids());
    return "aanbieder";
  }

  private Provider find(String agb) {
    return providers
        .find(agb)
        .orElseThrow(() -> RouteRefusedException.notFound("agb", "no provider " + agb));
  }
}
