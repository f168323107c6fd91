package nl.jeugdregie.screens;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.clients.AuditEntry;
import nl.jeugdregie.clients.AuditFilter;
import nl.jeugdregie.clients.ClientRefusedException;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Beheer, administrators only: the audit log of personal data (who read, created, changed or found
 * which client's data, when and why), newest first, filtered by who, action, subject (the client's
 * pseudonym) and period, in pages of 25 that htmx swaps. The same service as {@code GET
 * /api/v1/audit}; the service refuses every other role (403 page).
 */
@Controller
class AuditScreen {

  static final List<String> ACTIONS = List.of("READ", "SEARCH", "CREATE", "UPDATE");

  private final Clients clients;
  private final MessageSource messages;

  AuditScreen(Clients clients, MessageSource messages) {
    this.clients = clients;
    this.messages = messages;
  }

  @InitBinder
  void emptyIsAbsent(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping("/app/beheer/audit")
  String audit(
      Actor actor,
      @Valid @ModelAttribute("auditFilter") AuditFilter filter,
      BindingResult errors,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Locale locale,
      Model model) {
    if (actor.role() != Role.ADMIN) {
      // the service refuses too; said before reading a filter
      throw new ClientRefusedException(
          ClientRefusedException.Kind.NOT_PERMITTED,
          "audit",
          "only an administrator reads the audit log");
    }
    model.addAttribute("actor", actor);
    model.addAttribute("filter", filter);
    model.addAttribute("actions", ACTIONS);
    model.addAttribute("zone", java.time.ZoneId.of("Europe/Amsterdam"));
    model.addAttribute("errors", FieldMessages.of(errors, messages, locale));
    model.addAttribute(
        "entries",
        errors.hasErrors()
            ? new Page<AuditEntry>(List.of(), 0, CaseloadScreen.PAGE_SIZE, 0)
            : clients.auditLog(
                actor, filter, PageRequest.of(Math.max(0, page), CaseloadScreen.PAGE_SIZE, null)));
    model.addAttribute("path", path(filter));
    return htmx != null ? "auditlog :: tabel" : "auditlog";
  }

  private static String path(AuditFilter filter) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/app/beheer/audit");
    if (filter.actor() != null) uri.queryParam("actor", filter.actor());
    if (filter.action() != null) uri.queryParam("action", filter.action());
    if (filter.client() != null) uri.queryParam("client", filter.client());
    if (filter.from() != null) uri.queryParam("from", filter.from());
    if (filter.to() != null) uri.queryParam("to", filter.to());
    return uri.encode().build().toUriString();
  }
}
