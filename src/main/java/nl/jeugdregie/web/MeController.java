package nl.jeugdregie.web;

import java.util.List;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the server thinks you are: the signed-in actor's name, role and scope. */
@RestController
@RequestMapping("/api/v1")
class MeController {

  /** The answer of {@code GET /api/v1/me}; an absent AGB code or region is left out. */
  record Me(
      String name,
      String role,
      List<String> municipalities,
      @Nullable String agb,
      @Nullable String region) {}

  @GetMapping(path = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
  Me me(Actor actor) {
    return new Me(
        actor.name(),
        actor.role().claim(),
        actor.municipalities().stream().sorted().toList(),
        actor.agb(),
        actor.region());
  }
}
