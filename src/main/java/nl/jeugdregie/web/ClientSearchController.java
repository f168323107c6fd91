package nl.jeugdregie.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.jeugdregie.clients.ClientFilter;
import nl.jeugdregie.clients.ClientSearch;
import nl.jeugdregie.clients.ClientView;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access team's client search (issue 11): {@code GET /api/v1/clients?name=jan&birthDate=...},
 * residents of its municipalities only, every client shown audited (SEARCH); other roles 403, no
 * criterion 400. The BSN travels in the query here; the server writes no access log (see
 * docs/security.md for a proxy in front of it). {@code @NotNull} turns on method validation, so the
 * errors of the filter and the page come in one answer.
 */
@RestController
@RequestMapping(path = "/api/v1")
class ClientSearchController {

  private final ClientSearch search;

  ClientSearchController(ClientSearch search) {
    this.search = search;
  }

  @GetMapping(
      path = "/clients",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  Page<ClientView> clients(
      Actor actor, @Valid @NotNull ClientFilter filter, @Valid @NotNull PageRequest page) {
    return search.search(actor, filter, page);
  }
}
