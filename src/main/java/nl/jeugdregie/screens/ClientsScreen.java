package nl.jeugdregie.screens;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.allocation.Timelines;
import nl.jeugdregie.allocation.Views.Timeline;
import nl.jeugdregie.allocation.Views.TimelineEvent;
import nl.jeugdregie.clients.ClientFilter;
import nl.jeugdregie.clients.ClientRefusedException;
import nl.jeugdregie.clients.ClientSearch;
import nl.jeugdregie.clients.ClientView;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.CodePatterns;
import nl.jeugdregie.shared.ListRefusedException;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The access team's clients: the search among the residents of its municipalities by BSN, name,
 * birth date or pseudonym (the service behind {@code GET /api/v1/clients}; every client shown is
 * audited as a SEARCH), and one client's timeline (the service behind {@code GET
 * /api/v1/clients/{key}/timeline}): requests, decisions, allocations and their changes, start and
 * stop of delivery, screenings (R-IJS-4) and shared help plans (R-AAA-6), by date, in Dutch. The
 * timeline is opened by pseudonym, so no BSN travels in an address.
 */
@Controller
class ClientsScreen {

  private final ClientSearch search;
  private final Timelines timelines;

  ClientsScreen(ClientSearch search, Timelines timelines) {
    this.search = search;
    this.timelines = timelines;
  }

  /** The search form; every field optional, at least one needed. */
  record SearchForm(
      @Pattern(regexp = "|" + CodePatterns.BSN) @Nullable String bsn,
      @Size(max = 200) @Nullable String name,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate,
      @Pattern(regexp = "|" + CodePatterns.PSEUDONYM) @Nullable String pseudonym) {

    boolean empty() {
      return blank(bsn) && blank(name) && birthDate == null && blank(pseudonym);
    }
  }

  @GetMapping("/app/clienten")
  String clients(
      Actor actor,
      @Valid @ModelAttribute("zoek") SearchForm form,
      BindingResult errors,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      @RequestParam(required = false) @Nullable String zoeken,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("actor", actor);
    String name = trimmed(form.name());
    if (name != null && name.length() < 2 && !errors.hasFieldErrors("name")) {
      errors.rejectValue("name", "Size");
    }
    boolean asked = zoeken != null || !form.empty();
    if (asked && form.empty() && !errors.hasErrors()) {
      errors.reject("Empty");
    }
    if (errors.hasErrors()) {
      response.setStatus(400);
    } else if (asked) {
      ClientFilter filter =
          new ClientFilter(trimmed(form.bsn()), name, form.birthDate(), trimmed(form.pseudonym()));
      Page<ClientView> found;
      try {
        found =
            search.search(
                actor, filter, PageRequest.of(Math.max(0, page), CaseloadScreen.PAGE_SIZE, "name"));
      } catch (ClientRefusedException | ListRefusedException e) {
        // the service's refusal on the form: a Dutch sentence and its detail
        response.setStatus(
            e instanceof ClientRefusedException c
                    && c.kind() == ClientRefusedException.Kind.NOT_PERMITTED
                ? 403
                : 400);
        model.addAttribute("weigeringDetail", e.getMessage());
        return "clienten";
      }
      model.addAttribute("found", found);
      // the pager keeps the criteria
      UriComponentsBuilder path = UriComponentsBuilder.fromPath("/app/clienten");
      if (filter.bsn() != null) path.queryParam("bsn", filter.bsn());
      if (filter.name() != null) path.queryParam("name", filter.name());
      if (filter.birthDate() != null) path.queryParam("birthDate", filter.birthDate());
      if (filter.pseudonym() != null) path.queryParam("pseudonym", filter.pseudonym());
      model.addAttribute("path", path.encode().build().toUriString());
      if (htmx != null) return "clienten :: resultaat";
    }
    return "clienten";
  }

  @GetMapping("/app/clienten/{key}")
  String timeline(Actor actor, @PathVariable String key, Model model) {
    Timeline timeline = timelines.of(actor, key);
    List<TimelineEvent> events = new ArrayList<>(timeline.events());
    // by date; what happened on one day in the order it was recorded
    events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::recordedAt));
    List<Event> shown = new ArrayList<>();
    for (TimelineEvent e : events) shown.add(Event.of(e));
    model.addAttribute("actor", actor);
    model.addAttribute("client", timeline.client());
    model.addAttribute("events", shown);
    return "tijdlijn";
  }

  /**
   * One event as the page shows it: the service's kind and, for a decision, the outcome and who
   * decided, read from its summary ("APPROVE by toegang-twente under twente@2025-01-01"), so the
   * page can say it in Dutch; the summary itself stays available as the detail.
   */
  record Event(TimelineEvent event, @Nullable String outcome, @Nullable String by) {
    static Event of(TimelineEvent e) {
      String outcome = null;
      String by = null;
      if (e.kind().equals("DECIDED")) {
        String s = e.summary();
        int space = s.indexOf(' ');
        if (space > 0) outcome = s.substring(0, space);
        int from = s.indexOf(" by ");
        int to = s.indexOf(" under ");
        if (from >= 0 && to > from) by = s.substring(from + 4, to);
      }
      return new Event(e, outcome, by);
    }
  }

  private static @Nullable String trimmed(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
