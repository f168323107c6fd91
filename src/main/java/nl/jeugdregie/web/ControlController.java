package nl.jeugdregie.web;

import jakarta.validation.Valid;
import java.util.List;
import nl.jeugdregie.control.ControlDashboard;
import nl.jeugdregie.control.CostFilter;
import nl.jeugdregie.control.Costs;
import nl.jeugdregie.control.ProviderFindings;
import nl.jeugdregie.control.TrafficLights;
import nl.jeugdregie.control.YearFilter;
import nl.jeugdregie.shared.Actor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control (issue 13, R-IJS-11): {@code GET /api/v1/control/costs}, {@code /traffic-lights} and
 * {@code /findings}, each as JSON, CSV or xlsx ({@link TableExport}). Policy, contract management
 * (own region) and admin only; the policy role gets every cell under 5 clients suppressed. Every
 * wrong query parameter comes in one 400 ({@link ListQueries}).
 */
@RestController
@RequestMapping(path = "/api/v1/control")
class ControlController {

  private final ControlDashboard dashboard;
  private final ListQueries queries;

  ControlController(ControlDashboard dashboard, ListQueries queries) {
    this.dashboard = dashboard;
    this.queries = queries;
  }

  /** Paid, declared, clients, cost per youth and average client price per period and cell. */
  @GetMapping(
      path = "/costs",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  List<Costs.Row> costs(
      Actor actor, @ParameterObject @Valid CostFilter filter, BindingResult errors)
      throws MethodArgumentNotValidException {
    queries.check(filter, errors);
    return dashboard.costs(actor, filter);
  }

  /** Per provider per pillar: the light, the norms that decided it, and every norm judged. */
  @GetMapping(
      path = "/traffic-lights",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  List<TrafficLights.PillarLight> trafficLights(
      Actor actor, @ParameterObject @Valid YearFilter filter, BindingResult errors)
      throws MethodArgumentNotValidException {
    queries.check(filter, errors);
    return dashboard.trafficLights(actor, filter.region(), filter.year());
  }

  /** Providers red on extension requests or results, or above the budget band (§4.3). */
  @GetMapping(
      path = "/findings",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  List<ProviderFindings.Finding> findings(
      Actor actor, @ParameterObject @Valid YearFilter filter, BindingResult errors)
      throws MethodArgumentNotValidException {
    queries.check(filter, errors);
    return dashboard.findings(actor, filter.region(), filter.year());
  }
}
