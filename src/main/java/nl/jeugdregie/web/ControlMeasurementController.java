package nl.jeugdregie.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.control.ControlMeasurements;
import nl.jeugdregie.control.Measurement;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/control/measurements}: the route KPIs of issue 13 (docs/control.md "Route
 * KPIs") of one year, for a region (or every region in the actor's scope), narrowed to a provider
 * and/or a sub-segment, as JSON, CSV or xlsx ({@link TableExport}). Policy, contract managers (own
 * region) and admin; for policy every cell under 5 clients is suppressed. Every wrong query
 * parameter is named in one 400.
 */
@RestController
@RequestMapping(path = "/api/v1/control")
class ControlMeasurementController {

  /** The query: the year is required, the rest narrows. */
  record Query(
      @Nullable @Size(min = 1, max = 64, message = "must be 1 to 64 characters") String region,
      @NotNull(message = "is required")
          @Min(value = 2015, message = "must be 2015 or later")
          @Max(value = 2100, message = "must be 2100 or earlier")
          Integer year,
      @Nullable @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
          String provider,
      @Nullable
          @Pattern(
              regexp = "[a-z0-9][a-z0-9-]{0,63}",
              message = "must be a sub-segment (e.g. ggz) or a 2-digit category")
          String subSegment) {}

  private final ListQueries queries;
  private final ControlMeasurements measurements;

  ControlMeasurementController(ControlMeasurements measurements, ListQueries queries) {
    this.measurements = measurements;
    this.queries = queries;
  }

  @GetMapping(
      path = "/measurements",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  List<Measurement> measurements(
      Actor actor, @ParameterObject @Valid Query query, BindingResult queryErrors)
      throws MethodArgumentNotValidException {
    queries.check(query, queryErrors);
    return measurements.of(
        actor,
        query.region(),
        Objects.requireNonNull(query.year()),
        query.provider(),
        query.subSegment());
  }
}
