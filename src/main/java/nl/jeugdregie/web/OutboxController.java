package nl.jeugdregie.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.outbox.Outbox;
import nl.jeugdregie.outbox.OutboxEntry;
import nl.jeugdregie.outbox.OutboxFilter;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's iJw outbox: the JW301 and JW319 messages in the caller's scope with their
 * state, paged and filtered (issue 11), and a message's XML (fetching it as its provider marks it
 * sent).
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

  /**
   * One page of the outbox (default 50, newest first, the held ones last), filtered by state, type,
   * provider, municipality or overdue; also as CSV or xlsx. {@code @NotNull} turns on method
   * validation: the errors of the filter and the page in one answer.
   */
  @GetMapping(
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  Page<OutboxEntry> list(
      Actor actor, @Valid @NotNull OutboxFilter filter, @Valid @NotNull PageRequest page) {
    return outbox.page(actor, LocalDate.now(clock), filter, page);
  }

  /** The message as XML (a refusal is a problem+json like everywhere else). */
  @GetMapping("/{id}")
  ResponseEntity<byte[]> fetch(Actor actor, @PathVariable UUID id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(outbox.fetch(actor, id));
  }
}
