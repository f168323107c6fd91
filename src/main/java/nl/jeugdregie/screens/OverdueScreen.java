package nl.jeugdregie.screens;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.OverdueRequest;
import nl.jeugdregie.outbox.Outbox;
import nl.jeugdregie.outbox.OutboxEntry;
import nl.jeugdregie.outbox.OutboxFilter;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What is too late for the access team: the requests past their iJw deadline (an answer within 5
 * working days, an investigation closed within 8 weeks, iJw OP274/OP346), oldest first, with the
 * days overdue; and the outgoing iJw messages (JW301, JW319) of its municipalities that a provider
 * fetched without sending the retour within 3 working days (iJw OP090). Both in pages of 25; htmx
 * swaps only the table paged.
 */
@Controller
class OverdueScreen {

  private final Requests requests;
  private final Outbox outbox;
  private final Clock clock;

  OverdueScreen(Requests requests, Outbox outbox, Clock clock) {
    this.requests = requests;
    this.outbox = outbox;
    this.clock = clock;
  }

  @GetMapping("/app/te-laat")
  String overdue(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(name = "berichten", defaultValue = "0") int messagesPage,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      @RequestHeader(name = "HX-Target", required = false) @Nullable String target,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("actor", actor);
    model.addAttribute("today", today);
    // oldest request first; the service's order (by deadline) breaks ties
    List<OverdueRequest> all =
        requests.overdue(actor, today).stream()
            .sorted(Comparator.comparing(OverdueRequest::receivedOn))
            .toList();
    model.addAttribute(
        "overdue",
        Page.slice(all, PageRequest.of(Math.max(0, page), CaseloadScreen.PAGE_SIZE, null)));
    Page<OutboxEntry> messages =
        outbox.page(
            actor,
            today,
            new OutboxFilter("SENT", null, null, null, true),
            PageRequest.of(Math.max(0, messagesPage), CaseloadScreen.PAGE_SIZE, "createdAt"));
    model.addAttribute("messages", messages);
    if (htmx != null) {
      return "berichten".equals(target) ? "te-laat :: berichten" : "te-laat :: tabel";
    }
    return "te-laat";
  }
}
