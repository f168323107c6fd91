package nl.jeugdregie.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.outbox.Outbox;
import nl.jeugdregie.outbox.OutboxEntry;
import nl.jeugdregie.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's iJw outbox: the JW301 and JW319 messages in the caller's scope with their
 * state, and a message's XML (fetching it as its provider marks it sent).
 */
@RestController
@RequestMapping(path = "/api/v1/ijw/outbox")
class OutboxController {

  private final Outbox outbox;
  private final Clock clock;

  OutboxController(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  List<OutboxEntry> list(Actor actor) {
    return outbox.list(actor, LocalDate.now(clock));
  }

  /** The message as XML (a refusal is a problem+json like everywhere else). */
  @GetMapping("/{id}")
  ResponseEntity<byte[]> fetch(Actor actor, @PathVariable UUID id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(outbox.fetch(actor, id));
  }
}
