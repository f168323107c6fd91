package nl.jeugdregie.screens;

import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's toewijzingen (allocations): its own, latest start first, in pages of 25, with the
 * product, period and delivery state; the same list, in scope, for the other roles that may see
 * allocations.
 */
@Controller
class AllocationsScreen {

  private final AllocationList allocations;

  AllocationsScreen(AllocationList allocations) {
    this.allocations = allocations;
  }

  @GetMapping("/app/toewijzingen")
  String allocations(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute(
        "allocations",
        allocations.list(
            actor,
            AllocationFilter.none(),
            PageRequest.of(Math.max(0, page), CaseloadScreen.PAGE_SIZE, null)));
    return htmx != null ? "toewijzingen :: tabel" : "toewijzingen";
  }
}
