package nl.jeugdregie.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.jeugdregie.catalog.ProviderFilter;
import nl.jeugdregie.catalog.ProviderList;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/providers}: the providers by name and by what they are contracted for, paged,
 * as JSON, CSV or xlsx (issue 11). Any signed-in role; {@code @NotNull} turns on method validation,
 * so the errors of the filter and the page come in one answer.
 */
@RestController
@RequestMapping(path = "/api/v1")
class ProviderListController {

  private final ProviderList providers;

  ProviderListController(ProviderList providers) {
    this.providers = providers;
  }

  @GetMapping(
      path = "/providers",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  Page<ProviderList.Row> providers(
      Actor actor, @Valid @NotNull ProviderFilter filter, @Valid @NotNull PageRequest page) {
    return providers.list(filter, page);
  }
}
