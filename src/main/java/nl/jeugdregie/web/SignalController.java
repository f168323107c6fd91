package nl.jeugdregie.web;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.signals.Signal;
import nl.jeugdregie.signals.SignalState;
import nl.jeugdregie.signals.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signals (docs/signals.md): the open tasks in the caller's scope, and acknowledging or closing one
 * by the role it is for.
 */
@RestController
@RequestMapping(path = "/api/v1/signals", produces = MediaType.APPLICATION_JSON_VALUE)
class SignalController {

  private final Signals signals;

  SignalController(Signals signals) {
    this.signals = signals;
  }

  /** {@code ?state=OPEN|ACKNOWLEDGED|DONE} (default: not done), {@code ?role=TOEGANG|AANBIEDER}. */
  @GetMapping(
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  List<Signal> list(
      Actor actor,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String role) {
    return signals.list(actor, state(state), role(role));
  }

  @PostMapping("/{id}/acknowledge")
  Signal acknowledge(Actor actor, @PathVariable UUID id) {
    return signals.acknowledge(actor, id);
  }

  @PostMapping("/{id}/done")
  Signal done(Actor actor, @PathVariable UUID id) {
    return signals.done(actor, id);
  }

  private static @Nullable SignalState state(@Nullable String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return SignalState.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "state", "must be OPEN, ACKNOWLEDGED or DONE, got '" + text + "'");
    }
  }

  private static @Nullable Role role(@Nullable String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return Role.fromClaim(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("role", "must be TOEGANG or AANBIEDER, got '" + text + "'");
    }
  }
}
