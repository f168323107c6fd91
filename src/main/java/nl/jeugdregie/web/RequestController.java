package nl.jeugdregie.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ChangeRequests;
import nl.jeugdregie.allocation.ChangeSubmission;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.TeamDecision;
import nl.jeugdregie.allocation.Views.OverdueRequest;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Allocation requests (VOT) and change requests (VOW): submit, read, the access team's decision on
 * a request in investigation, overdue requests, and replaying a stored request under another pack.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RequestController {

  private final Requests requests;
  private final ChangeRequests changes;
  private final Clock clock;

  RequestController(Requests requests, ChangeRequests changes, Clock clock) {
    this.requests = requests;
    this.changes = changes;
    this.clock = clock;
  }

  /** The decision contract's request plus clientBsn, providerAgb and providerReference. */
  @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RequestView> submit(Actor actor, @Valid @RequestBody AllocationRequestBody body) {
    RequestView view = requests.submit(actor, RequestSubmission.parse(JsonBodies.tree(body)));
    return ResponseEntity.created(URI.create("/api/v1/requests/" + view.id())).body(view);
  }

  @GetMapping("/requests/{id}")
  RequestView get(Actor actor, @PathVariable UUID id) {
    return requests.get(actor, id);
  }

  /** The access team's decision: APPROVE (optionally adjusted) or REJECT with a WJ759 reason. */
  @PostMapping(path = "/requests/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  RequestView decide(
      Actor actor, @PathVariable UUID id, @Valid @RequestBody TeamDecisionBody body) {
    return requests.decide(actor, id, TeamDecision.parse(JsonBodies.tree(body)));
  }

  /** What another pack would decide on the stored request; nothing is stored. */
  @PostMapping("/requests/{id}/replay")
  String replay(Actor actor, @PathVariable UUID id, @RequestParam String policy) {
    return DecisionJson.write(requests.replay(actor, id, policy));
  }

  /** Requests past their iJw deadline (5 working days to answer, 8 weeks to investigate). */
  @GetMapping(
      path = "/requests/overdue",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  List<OverdueRequest> overdue(
      Actor actor, @RequestParam(required = false) @Nullable LocalDate on) {
    return requests.overdue(actor, on != null ? on : LocalDate.now(clock));
  }

  /** A change request (VOW): the complete desired situation, approved or rejected whole. */
  @PostMapping(path = "/change-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RequestView> change(Actor actor, @Valid @RequestBody ChangeRequestBody body) {
    RequestView view = changes.submit(actor, ChangeSubmission.parse(JsonBodies.tree(body)));
    return ResponseEntity.created(URI.create("/api/v1/requests/" + view.id())).body(view);
  }
}
