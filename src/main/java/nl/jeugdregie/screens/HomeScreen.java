package nl.jeugdregie.screens;

import nl.jeugdregie.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way in: the sign-in form at {@code /login}, and {@code /} sending each role to its first
 * screen (the access team to its caseload, a provider to its allocations, the others to the
 * overview).
 */
@Controller
class HomeScreen {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(Actor actor) {
    return switch (actor.role()) {
      case ACCESS_TEAM -> "redirect:/app/werkvoorraad";
      case PROVIDER -> "redirect:/app/toewijzingen";
      default -> "redirect:/app/overzicht";
    };
  }
}
