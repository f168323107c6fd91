package nl.jeugdregie.screens;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Timelines;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.Timeline;
import nl.jeugdregie.allocation.Views.TimelineEvent;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.BookedDeclarations.BookedLine;
import nl.jeugdregie.billing.BookedDeclarations.DeclarationSummary;
import nl.jeugdregie.billing.DeclarationFilter;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * stop of delivery, screenings (R-IJS-4) and shared help plans (R-AAA-6), with the declared lines
 * on the client's allocations (the service behind {@code GET /api/v1/declarations}), by date, in
 * Dutch. The timeline is opened by pseudonym, so no BSN travels in an address.
 */
@Controller
class ClientsScreen {

  private final ClientSearch search;
  private final Timelines timelines;
  private final BookedDeclarations declarations;
  private final MessageSource messages;

  ClientsScreen(
      ClientSearch search,
      Timelines timelines,
      BookedDeclarations declarations,
      MessageSource messages) {
    this.search = search;
    this.timelines = timelines;
    this.declarations = declarations;
    this.messages = messages;
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
    List<Event> events = new ArrayList<>();
    for (TimelineEvent e : timeline.events()) events.add(event(e));
    events.addAll(declared(actor, timeline));
    // by date; what happened on one day in the order it was recorded
    events.sort(Comparator.comparing(Event::date).thenComparing(Event::order));
    model.addAttribute("actor", actor);
    model.addAttribute("client", timeline.client());
    model.addAttribute("events", events);
    return "tijdlijn";
  }

  /**
   * One line of the timeline as the page shows it: the date, the kind (a key of {@code
   * timeline.kind.*}), what happened in Dutch, and the request it belongs to. {@code english} holds
   * the service's own summary when it could not be said in Dutch.
   */
  record Event(
      LocalDate date,
      Instant order,
      String kind,
      String what,
      @Nullable String english,
      @Nullable UUID requestId,
      String providerAgb,
      String municipality) {}

  private static final java.util.regex.Pattern REQUESTED =
      java.util.regex.Pattern.compile(
          "^(?:allocation|change) request (\\S+)(?: for (?:category )?(\\S+))?");
  private static final java.util.regex.Pattern DECIDED =
      java.util.regex.Pattern.compile("^(APPROVE|INVESTIGATE|REJECT) by (.+) under (\\S+)$");
  private static final java.util.regex.Pattern PERIOD =
      java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})?");
  private static final java.util.regex.Pattern REASON =
      java.util.regex.Pattern.compile("\\(reason (\\w+) ");
  private static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile("^version (\\d+) ");
  private static final java.util.regex.Pattern HELP_PLAN =
      java.util.regex.Pattern.compile("^shared help plan (.+), main contractor (\\d{8})");

  /**
   * The service's event in Dutch. The service gives its details in an English summary of a fixed
   * form (Timelines); what cannot be read from it is shown as given, marked as English.
   */
  private Event event(TimelineEvent e) {
    String s = e.summary();
    String allocation =
        e.allocation() == null ? "" : e.allocation().municipality() + "/" + e.allocation().number();
    String what = null;
    switch (e.kind()) {
      case "REQUESTED", "CHANGE_REQUESTED" -> {
        Matcher m = REQUESTED.matcher(s);
        if (m.find()) {
          what =
              m.group(2) == null
                  ? text("timeline.what.requested", m.group(1))
                  : text("timeline.what.requestedFor", m.group(1), m.group(2));
        }
      }
      case "DECIDED" -> {
        Matcher m = DECIDED.matcher(s);
        if (m.find()) {
          String by = m.group(2).equals("engine") ? text("timeline.engine") : m.group(2);
          what =
              text("timeline.what.decided", text("decide.outcome." + m.group(1)), by, m.group(3));
        }
      }
      case "ALLOCATED", "ALLOCATION_CHANGED" -> {
        Matcher p = PERIOD.matcher(s);
        if (p.find()) {
          String period = period(p);
          Matcher v = VERSION.matcher(s);
          Matcher r = REASON.matcher(s);
          what =
              e.kind().equals("ALLOCATED")
                  ? text("timeline.what.allocated", allocation, period)
                  : text(
                      "timeline.what.changed",
                      v.find() ? v.group(1) : "?",
                      allocation,
                      period,
                      r.find() ? text("timeline.what.reason", r.group(1)) : "");
        }
      }
      case "DELIVERY_STARTED" -> what = text("timeline.what.started", allocation);
      case "DELIVERY_STOPPED" -> {
        Matcher r = REASON.matcher(s);
        what =
            text(
                "timeline.what.stopped",
                allocation,
                r.find() ? text("timeline.what.reason", r.group(1)) : "");
      }
      case "SCREENED" -> {
        if (s.equals("screening: accepted")) what = text("timeline.what.screenedAccepted");
        else if (s.startsWith("screening: declined")) {
          what = text("timeline.what.screenedDeclined");
        }
      }
      case "HELP_PLAN" -> {
        Matcher m = HELP_PLAN.matcher(s);
        if (m.find()) what = text("timeline.what.helpPlan", m.group(1), m.group(2));
      }
      default -> {}
    }
    return new Event(
        e.date(),
        e.recordedAt(),
        e.kind(),
        what == null ? "" : what,
        what == null ? s : null,
        e.requestId(),
        e.providerAgb(),
        e.municipality());
  }

  /** At most this many declarations are read per provider and municipality for one timeline. */
  private static final int DECLARATIONS_READ = 500;

  /**
   * The declared lines on the client's allocations (the service behind {@code GET
   * /api/v1/declarations}, in the same scope): for every provider and municipality the timeline
   * shows an allocation of, its declarations and their lines that name one of these allocations.
   */
  private List<Event> declared(Actor actor, Timeline timeline) {
    Set<String> allocations = new HashSet<>();
    Set<List<String>> providers = new LinkedHashSet<>();
    for (TimelineEvent e : timeline.events()) {
      AllocationRef ref = e.allocation();
      if (ref == null) continue;
      allocations.add(ref.municipality() + "/" + ref.number() + "/" + e.providerAgb());
      providers.add(List.of(e.providerAgb(), ref.municipality()));
    }
    List<Event> events = new ArrayList<>();
    if (providers.isEmpty()) return events;
    try {
      for (List<String> pm : providers) {
        Page<DeclarationSummary> page =
            declarations.list(
                actor,
                new DeclarationFilter(null, pm.get(0), pm.get(1), null),
                PageRequest.of(0, DECLARATIONS_READ, null));
        for (DeclarationSummary d : page.items()) {
          var declaration = declarations.get(actor, d.id()).orElse(null);
          if (declaration == null) continue;
          for (BookedLine line : declaration.lines()) {
            String ref =
                line.allocation().municipality()
                    + "/"
                    + line.allocation().number()
                    + "/"
                    + d.providerAgb();
            if (!allocations.contains(ref)) continue;
            String unit =
                messages.getMessage(
                    "decide.unit." + line.volume().unit(),
                    null,
                    line.volume().unit(),
                    LocaleContextHolder.getLocale());
            events.add(
                new Event(
                    d.receivedOn(),
                    d.bookedAt(),
                    "DECLARED",
                    text(
                        "timeline.what.declared",
                        d.number(),
                        line.allocation().municipality() + "/" + line.allocation().number(),
                        format(line.period().start()) + " t/m " + format(line.period().end()),
                        String.valueOf(line.volume().amount()),
                        String.valueOf(unit),
                        euros(line.amountCents()),
                        text("timeline.line." + line.status())),
                    null,
                    null,
                    d.providerAgb(),
                    d.municipality()));
          }
        }
      }
    } catch (RouteRefusedException e) {
      // a role that does not see money (policy) has no timeline either; nothing to add
    }
    return events;
  }

  private String period(Matcher p) {
    String end = p.group(2);
    return format(LocalDate.parse(p.group(1)))
        + " t/m "
        + (end == null ? text("decide.open") : format(LocalDate.parse(end)));
  }

  private static String format(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT));
  }

  private static String euros(long cents) {
    return String.format(Locale.ROOT, "\u20ac %d,%02d", cents / 100, Math.abs(cents % 100));
  }

  private String text(String key, Object... args) {
    return String.valueOf(messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
  }

  private static @Nullable String trimmed(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
