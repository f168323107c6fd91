package nl.jeugdregie.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.allocation.CaseloadFilter;
import nl.jeugdregie.allocation.RequestFilter;
import nl.jeugdregie.allocation.RequestList;
import nl.jeugdregie.allocation.RequestList.CaseloadRow;
import nl.jeugdregie.allocation.RequestList.RequestRow;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The request lists (issue 11): all requests in scope, filtered, and the access team's caseload;
 * paged ({@code page}, {@code size}, {@code sort}), as JSON, CSV or xlsx ({@link TableExport}). The
 * filters and the page are bound from the query as records, so every wrong parameter is named in
 * one 400 ({@link ProblemDetails}).
 */
@RestController
@RequestMapping(
    path = "/api/v1",
    produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
class RequestListController {

  private final RequestList lists;
  private final ListQueries queries;
  private final Clock clock;

  RequestListController(RequestList lists, ListQueries queries, Clock clock) {
    this.lists = lists;
    this.queries = queries;
    this.clock = clock;
  }

  /** Requests by state, municipality, provider, product, received between; newest first. */
  @GetMapping("/requests")
  Page<RequestRow> requests(
      Actor actor,
      @ParameterObject @Valid RequestFilter filter,
      BindingResult filterErrors,
      @ParameterObject @Valid PageRequest page,
      BindingResult pageErrors)
      throws MethodArgumentNotValidException {
    queries.check(filter, filterErrors, page, pageErrors);
    return lists.list(actor, filter, page);
  }

  /** The access team's requests waiting for its decision, oldest first, with the iJw deadline. */
  @GetMapping("/caseload")
  Page<CaseloadRow> caseload(
      Actor actor,
      @ParameterObject @Valid CaseloadFilter filter,
      BindingResult filterErrors,
      @ParameterObject @Valid PageRequest page,
      BindingResult pageErrors)
      throws MethodArgumentNotValidException {
    queries.check(filter, filterErrors, page, pageErrors);
    return lists.caseload(actor, filter, page, LocalDate.now(clock));
  }
}
