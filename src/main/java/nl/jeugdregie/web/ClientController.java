package nl.jeugdregie.web;

import java.util.List;
import java.util.Map;
import nl.jeugdregie.allocation.Overview;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Timelines;
import nl.jeugdregie.allocation.Views.Timeline;
import nl.jeugdregie.clients.AuditEntry;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's timeline, the personal-data audit log (admin) and the region figures (policy, contract
 * management, admin).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ClientController {

  private final Timelines timelines;
  private final Clients clients;
  private final Overview overview;

  ClientController(Timelines timelines, Clients clients, Overview overview) {
    this.timelines = timelines;
    this.clients = clients;
    this.overview = overview;
  }

  /** {@code key}: a BSN, or a pseudonym ({@code C-...}) as contract managers see it. */
  @GetMapping("/clients/{key}/timeline")
  Timeline timeline(Actor actor, @PathVariable String key) {
    return timelines.of(actor, key);
  }

  /** Who read or changed which client's personal data, newest first (admin only). */
  @GetMapping("/audit")
  List<AuditEntry> audit(
      Actor actor,
      @RequestParam(required = false) @Nullable String client,
      @RequestParam(defaultValue = "100") int limit) {
    if (actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted("only an administrator reads the audit log");
    }
    if (client == null) return clients.auditLog(null, limit);
    Client found =
        clients
            .findByPseudonym(client)
            .orElseThrow(() -> RouteRefusedException.notFound("client", "no client " + client));
    return clients.auditLog(found.id(), limit);
  }

  /** Requests and allocations per region, without any client. */
  @GetMapping("/overview")
  Map<String, Object> overview(Actor actor) {
    return Map.of("regions", overview.figures(actor));
  }
}
