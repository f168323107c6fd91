package nl.jeugdregie.web;

import static nl.jeugdregie.web.BodyParts.AGB;
import static nl.jeugdregie.web.BodyParts.AGB_MESSAGE;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.control.AvailabilityFeed;
import nl.jeugdregie.control.AvailabilityFeed.Availability;
import nl.jeugdregie.control.WaitingTimes;
import nl.jeugdregie.control.WaitingTimes.WaitingTime;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Waiting times and the availability feed (R-TWE-6, Twente 002 p.4 Beschikbaarheidswijzer; docs/
 * control.md "Waiting times and availability"): a contracted provider reports its room and waiting
 * weeks per product; access teams, contract managers, policy and admins read who has room when;
 * measured waiting times per provider and product. Lists as JSON, CSV or xlsx.
 */
@RestController
@RequestMapping(
    path = "/api/v1/control",
    produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
class AvailabilityController {

  private final AvailabilityFeed feed;
  private final WaitingTimes waitingTimes;
  private final ListQueries queries;
  private final Clock clock;

  AvailabilityController(
      AvailabilityFeed feed, WaitingTimes waitingTimes, ListQueries queries, Clock clock) {
    this.feed = feed;
    this.waitingTimes = waitingTimes;
    this.queries = queries;
    this.clock = clock;
  }

  /** {@code {"freePlaces": 0, "waitingWeeks": 6, "note": "..."}}; provider for admins only. */
  @BodyRoot("availability")
  @Schema(description = "A provider's room and waiting time for one product in one region.")
  record AvailabilityBody(
      @Schema(description = "Places free now", example = "2")
          @NotNull(message = REQUIRED)
          @Min(0)
          @Max(100_000)
          Integer freePlaces,
      @Schema(description = "Weeks of waiting when no place is free", example = "0")
          @NotNull(message = REQUIRED)
          @Min(0)
          @Max(520)
          Integer waitingWeeks,
      @Size(max = 500) @Nullable String note,
      @Schema(description = "AGB code: an admin names the provider; a provider only its own")
          @Pattern(regexp = AGB, message = AGB_MESSAGE)
          @Nullable String provider) {}

  @PutMapping(
      path = "/availability/{region}/{product}",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  Availability report(
      Actor actor,
      @PathVariable String region,
      @PathVariable String product,
      @Valid @RequestBody AvailabilityBody body) {
    return feed.report(
        actor,
        region,
        product,
        new AvailabilityFeed.Report(
            java.util.Objects.requireNonNull(body.freePlaces()),
            java.util.Objects.requireNonNull(body.waitingWeeks()),
            body.note(),
            body.provider()));
  }

  record AvailabilityQuery(
      @Nullable @Pattern(regexp = "[a-z][a-z0-9-]{0,63}", message = "must be a region (pack id)")
          String region,
      @Nullable @Pattern(regexp = CodePatterns.PRODUCT, message = CodePatterns.PRODUCT_MESSAGE)
          String product) {}

  @GetMapping("/availability")
  List<Availability> availability(
      Actor actor, @ParameterObject @Valid AvailabilityQuery query, BindingResult errors)
      throws MethodArgumentNotValidException {
    queries.check(query, errors);
    return feed.list(actor, query.region(), query.product(), LocalDate.now(clock));
  }

  /** Receipt period {@code from}-{@code to}: default this year up to today. */
  record WaitingQuery(
      @Nullable @Pattern(regexp = "[a-z][a-z0-9-]{0,63}", message = "must be a region (pack id)")
          String region,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable @Pattern(regexp = AGB, message = AGB_MESSAGE) String provider,
      @Nullable @Pattern(regexp = CodePatterns.PRODUCT, message = CodePatterns.PRODUCT_MESSAGE)
          String product) {}

  @GetMapping("/waiting-times")
  List<WaitingTime> waitingTimes(
      Actor actor, @ParameterObject @Valid WaitingQuery query, BindingResult errors)
      throws MethodArgumentNotValidException {
    queries.check(query, errors);
    LocalDate today = LocalDate.now(clock);
    LocalDate from = query.from();
    LocalDate to = query.to();
    return waitingTimes.measure(
        actor,
        new WaitingTimes.Query(
            from == null ? today.withDayOfYear(1) : from,
            to == null ? today : to,
            query.region(),
            query.provider(),
            query.product()),
        today);
  }
}
