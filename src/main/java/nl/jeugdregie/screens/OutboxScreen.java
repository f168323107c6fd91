package nl.jeugdregie.screens;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.allocation.AllocationList.AllocationRow;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.outbox.Outbox;
import nl.jeugdregie.outbox.OutboxEntry;
import nl.jeugdregie.outbox.OutboxFilter;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's berichten: the iJw messages the municipalities made for it (the outbox, in its
 * scope), newest first in pages of 25, with their type, date, state and the allocations they are
 * about, each downloadable as its XML. A JW301 carries every allocation of one client at this
 * provider in one municipality (iJw OP087), so its row lists those allocations. Downloading a
 * message is fetching it, as through the API: it is SENT from then on, and the read of a JW301's
 * personal data is audited by the outbox.
 */
@Controller
class OutboxScreen {

  private final Outbox outbox;
  private final AllocationList allocations;
  private final Clock clock;

  OutboxScreen(Outbox outbox, AllocationList allocations, Clock clock) {
    this.outbox = outbox;
    this.allocations = allocations;
    this.clock = clock;
  }

  /** A message as a row: the entry, and for a JW301 the allocations ("0153-17") it carries. */
  record MessageRow(OutboxEntry entry, List<String> allocations) {}

  @GetMapping("/app/berichten")
  String messages(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    Page<OutboxEntry> entries =
        outbox.page(
            actor,
            LocalDate.now(clock),
            OutboxFilter.none(),
            PageRequest.of(Math.max(0, page), CaseloadScreen.PAGE_SIZE, null));
    Map<String, List<String>> carried = new HashMap<>();
    model.addAttribute("actor", actor);
    model.addAttribute("messages", entries.map(e -> new MessageRow(e, carried(actor, e, carried))));
    return htmx != null ? "berichten :: tabel" : "berichten";
  }

  /** The message's XML as a file; fetching it marks it sent, as the API does. */
  @GetMapping("/app/berichten/{id}/xml")
  ResponseEntity<byte[]> xml(Actor actor, @PathVariable String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ScreenErrors.PageNotFound();
    }
    byte[] xml = outbox.fetch(actor, uuid);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_XML)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("ijw-" + uuid + ".xml").build().toString())
        .body(xml);
  }

  /**
   * The allocations a JW301 carries: the client's at the receiving provider from the sending
   * municipality, as the allocation list shows them to this actor; none for other messages.
   */
  private List<String> carried(Actor actor, OutboxEntry e, Map<String, List<String>> known) {
    String client = e.clientPseudonym();
    if (e.type() != MessageType.JW301 || client == null) return List.of();
    return known.computeIfAbsent(
        client + "/" + e.sender() + "/" + e.receiver(),
        key ->
            allocations
                .list(
                    actor,
                    new AllocationFilter(
                        client, e.sender(), e.receiver(), null, null, null, null, null),
                    PageRequest.of(0, 100, "number"))
                .items()
                .stream()
                .map(AllocationRow::number)
                .map(n -> e.sender() + "-" + n)
                .toList());
  }
}
