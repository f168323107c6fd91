package nl.jeugdregie.screens;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.signals.Signal;
import nl.jeugdregie.signals.SignalKind;
import nl.jeugdregie.signals.SignalState;
import nl.jeugdregie.signals.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signals as tasks (docs/signals.md), for the access team and for providers alike, in the scope of
 * the API's signal endpoints ({@link Signals}): the ones not done, open ones first and then by due
 * date, with the kind in Dutch (usage at 75% R-AAA-2, exhaustion R-IJS-5, extension window R-TWE-4,
 * evaluations R-TWE-5, expiring referrals R-TWE-1, request deadlines iJw OP274), the due date and
 * the subject. The role a signal is for acknowledges it or marks it done: by htmx the row is
 * swapped in place; without JavaScript the same forms post and the list comes back (post, redirect,
 * get) with a Dutch confirmation.
 */
@Controller
class SignalsScreen {

  /** Request-based kinds: their subject is a request, which has a page. */
  private static final List<SignalKind> ON_REQUESTS =
      List.of(SignalKind.ANSWER_OVERDUE, SignalKind.INVESTIGATION_OVERDUE);

  private final Signals signals;
  private final MessageSource messages;

  SignalsScreen(Signals signals, MessageSource messages) {
    this.signals = signals;
    this.messages = messages;
  }

  @GetMapping("/app/signalen")
  String list(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    // open first, then acknowledged; within each the service's order (due date, then raised)
    List<Signal> all =
        signals.list(actor, null, null).stream()
            .sorted(Comparator.comparing((Signal s) -> s.state() != SignalState.OPEN))
            .toList();
    Page<Signal> shown =
        Page.slice(all, PageRequest.of(Math.max(0, page), CaseloadScreen.PAGE_SIZE, null));
    model.addAttribute("actor", actor);
    model.addAttribute("signals", shown);
    model.addAttribute("rows", shown.items());
    model.addAttribute("onRequests", ON_REQUESTS);
    return htmx != null ? "signalen :: tabel" : "signalen";
  }

  @PostMapping("/app/signalen/{id}/gezien")
  String acknowledge(
      Actor actor,
      @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model,
      RedirectAttributes redirect) {
    return move(actor, id, false, htmx != null, model, redirect);
  }

  @PostMapping("/app/signalen/{id}/afgehandeld")
  String done(
      Actor actor,
      @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model,
      RedirectAttributes redirect) {
    return move(actor, id, true, htmx != null, model, redirect);
  }

  private String move(
      Actor actor, UUID id, boolean done, boolean htmx, Model model, RedirectAttributes redirect) {
    Signal signal = null;
    String refusal = null;
    try {
      signal = done ? signals.done(actor, id) : signals.acknowledge(actor, id);
    } catch (RouteRefusedException e) {
      refusal = text("signal.refused." + e.kind().name()) + " " + e.getMessage();
    }
    String confirmation =
        refusal == null ? text(done ? "signal.confirm.done" : "signal.confirm.acknowledged") : null;
    if (!htmx) {
      if (refusal != null) redirect.addFlashAttribute("weigering", refusal);
      else redirect.addFlashAttribute("bevestiging", confirmation);
      return "redirect:/app/signalen";
    }
    // htmx: the row again, in its new state, with the confirmation or the refusal in it
    if (signal == null) {
      signal =
          signals.list(actor, null, null).stream()
              .filter(s -> s.id().equals(id))
              .findFirst()
              .orElse(null);
    }
    if (signal == null) {
      // gone from the list (done meanwhile or out of scope): the whole table again
      model.addAttribute("weigering", refusal);
      return list(actor, 0, "true", model);
    }
    model.addAttribute("actor", actor);
    model.addAttribute("rows", List.of(signal));
    model.addAttribute("onRequests", ON_REQUESTS);
    model.addAttribute("rowStatus", confirmation);
    model.addAttribute("rowError", refusal);
    return "signalen :: rij";
  }

  private String text(String key) {
    return String.valueOf(messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
  }
}
