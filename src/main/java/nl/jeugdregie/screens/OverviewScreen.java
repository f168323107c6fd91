package nl.jeugdregie.screens;

import nl.jeugdregie.allocation.Overview;
import nl.jeugdregie.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview for contract managers, policy advisors and admins: requests and allocations per
 * region, no clients (the dashboards of issue 13 plug in here).
 */
@Controller
class OverviewScreen {

  private final Overview overview;

  OverviewScreen(Overview overview) {
    this.overview = overview;
  }

  @GetMapping("/app/overzicht")
  String overview(Actor actor, Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute("regions", overview.figures(actor));
    return "overzicht";
  }
}
