package nl.jeugdregie.screens;

import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.web.SignInOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The way in: the sign-in form at {@code /login}, and {@code /} sending each role to its first
 * screen (the access team to its caseload, a provider to its allocations, the others to the
 * overview).
 */
@Controller
class HomeScreen {

  /**
   * What the form offers: passwords (demo accounts) and/or the OIDC issuer. Looked up when asked: a
   * run without the web server (jeugdregie import) has no sign-in, and no page is shown.
   */
  private final ObjectProvider<SignInOptions> options;

  HomeScreen(ObjectProvider<SignInOptions> options) {
    this.options = options;
  }

  /**
   * The sign-in form; {@code wacht} is the seconds to wait after too many failed attempts, shown
   * only when it is a plain number (the address is the user's to edit, the text is ours).
   */
  @GetMapping("/login")
  String login(@RequestParam(required = false) @Nullable String wacht, Model model) {
    model.addAttribute("options", options.getObject());
    if (wacht != null && wacht.matches("[0-9]{1,4}")) {
      model.addAttribute("wait", Integer.parseInt(wacht));
    }
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
