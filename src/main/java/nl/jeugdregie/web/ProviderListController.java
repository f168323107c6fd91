package nl.jeugdregie.web;

import jakarta.validation.Valid;
import nl.jeugdregie.catalog.ProviderFilter;
import nl.jeugdregie.catalog.ProviderList;
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
 * {@code GET /api/v1/providers}: the providers by name and by what they are contracted for, paged,
 * as JSON, CSV or xlsx (issue 11). Any signed-in role; every wrong query parameter of the filter
 * and the page comes in one answer ({@link ListQueries}).
 */
@RestController
@RequestMapping(path = "/api/v1")
class ProviderListController {

  private final ListQueries queries;
  private final ProviderList providers;

  ProviderListController(ProviderList providers, ListQueries queries) {
    this.queries = queries;
    this.providers = providers;
  }

  @GetMapping(
      path = "/providers",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  Page<ProviderList.ProviderRow> providers(
      Actor actor,
      @ParameterObject @Valid ProviderFilter filter,
      BindingResult filterErrors,
      @ParameterObject @Valid PageRequest page,
      BindingResult pageErrors)
      throws MethodArgumentNotValidException {
    queries.check(filter, filterErrors, page, pageErrors);
    return providers.list(filter, page);
  }
}
