package nl.jeugdregie.web;

import jakarta.validation.Valid;
import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.allocation.AllocationList.AllocationRow;
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
 * The allocation list (issue 11): by client (pseudonym), provider, product, delivery state, ending
 * between; for a provider its own allocations. Paged ({@code page}, {@code size}, {@code sort}), as
 * JSON, CSV or xlsx ({@link TableExport}); every wrong query parameter is named in one 400.
 */
@RestController
@RequestMapping(
    path = "/api/v1",
    produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
class AllocationListController {

  private final AllocationList lists;
  private final ListQueries queries;

  AllocationListController(AllocationList lists, ListQueries queries) {
    this.lists = lists;
    this.queries = queries;
  }

  @GetMapping("/allocations")
  Page<AllocationRow> allocations(
      Actor actor,
      @ParameterObject @Valid AllocationFilter filter,
      BindingResult filterErrors,
      @ParameterObject @Valid PageRequest page,
      BindingResult pageErrors)
      throws MethodArgumentNotValidException {
    queries.check(filter, filterErrors, page, pageErrors);
    return lists.list(actor, filter, page);
  }
}
