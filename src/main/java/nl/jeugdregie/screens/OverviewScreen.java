package nl.jeugdregie.screens;

import nl.jeugdregie.allocation.Overview;
import nl.jeugdregie.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview for contract managers, policy advisors and admins: requests (in investigation,
 * approved, rejected) and allocations (care started, ended) per region and per provider, counts
 * only, no clients, within the actor's scope as {@link Overview} gives it (contract manager: its
 * region; policy and admin: every region); and the exports of the lists the role may read ({@link
 * ExportScreen}). The page is a column of sections, each its own fragment of overzicht.html ({@code
 * regio}, {@code aanbieder}, {@code exporteren}); the dashboards of issue 13 add theirs the same
 * way.
 */
@Controller
class OverviewScreen {

  private final Overview overview;
  private final java.time.Clock clock;

  OverviewScreen(Overview overview, java.time.Clock clock) {
    this.overview = overview;
    this.clock = clock;
  }

  @GetMapping("/app/overzicht")
  String overview(Actor actor, Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute("regions", overview.figures(actor));
    model.addAttribute("providers", overview.byProvider(actor));
    model.addAttribute(
        "exports", ExportScreen.ExportList.of(actor).stream().map(l -> l.dutch()).toList());
    // the payments of the last complete month, as the demo month and the payment run have them
    model.addAttribute("paymentsMonth", java.time.YearMonth.now(clock).minusMonths(1).toString());
    return "overzicht";
  }
}
