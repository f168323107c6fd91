package nl.jeugdregie.screens;

import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.allocation.CaseloadFilter;
import nl.jeugdregie.allocation.RequestList;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The access team's werkvoorraad: the requests waiting for its decision, oldest first, with the iJw
 * deadline (8 weeks, OP274) and the days left, in pages of 25; htmx swaps only the table when
 * paging.
 */
@Controller
class CaseloadScreen {

  static final int PAGE_SIZE = 25;

  private final RequestList requests;
  private final Clock clock;

  CaseloadScreen(RequestList requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  @GetMapping("/app/werkvoorraad")
  String caseload(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute(
        "caseload",
        requests.caseload(
            actor,
            CaseloadFilter.none(),
            PageRequest.of(Math.max(0, page), PAGE_SIZE, null),
            LocalDate.now(clock)));
    // htmx asks for the next page: only the table is sent and swapped in
    return htmx != null ? "werkvoorraad :: tabel" : "werkvoorraad";
  }
}
