package nl.jeugdregie.web;

import static nl.jeugdregie.web.BodyParts.AGB;
import static nl.jeugdregie.web.BodyParts.AGB_MESSAGE;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY_MESSAGE;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.control.Budgets;
import nl.jeugdregie.control.Budgets.Budget;
import nl.jeugdregie.control.Budgets.BudgetSetting;
import nl.jeugdregie.control.Budgets.BudgetUse;
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
 * The municipalities' budgets and their use (issue 13, docs/control.md "Budgets"): a contract
 * manager sets the budgets of their region's municipalities (admin all), policy reads; the use per
 * municipality, category and provider with forecast and exhaustion date, as JSON, CSV or xlsx.
 */
@RestController
@RequestMapping(
    path = "/api/v1/control",
    produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
class BudgetController {

  private final Budgets budgets;
  private final ListQueries queries;
  private final Clock clock;

  BudgetController(Budgets budgets, ListQueries queries, Clock clock) {
    this.budgets = budgets;
    this.queries = queries;
    this.clock = clock;
  }

  /** {@code {"amountCents": 250000000, "category": "45", "provider": "12345678"}}. */
  @BodyRoot("budget")
  @Schema(description = "A municipality's budget for a year; category and provider optional.")
  record MunicipalBudgetBody(
      @Schema(description = "The budget in eurocents", example = "250000000")
          @NotNull(message = REQUIRED)
          @Positive
          Long amountCents,
      @Schema(description = "JZ020 category; absent for all categories", example = "45")
          @Pattern(regexp = CodePatterns.CATEGORY, message = CodePatterns.CATEGORY_MESSAGE)
          @Nullable String category,
      @Schema(description = "AGB code; absent for all providers")
          @Pattern(regexp = AGB, message = AGB_MESSAGE)
          @Nullable String provider) {}

  @PutMapping(path = "/budgets/{municipality}/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Budget set(
      Actor actor,
      @PathVariable String municipality,
      @PathVariable int year,
      @Valid @RequestBody MunicipalBudgetBody body) {
    return budgets.set(
        actor,
        municipality,
        year,
        new BudgetSetting(
            java.util.Objects.requireNonNull(body.amountCents()),
            body.category(),
            body.provider()));
  }

  /** The filters of the budget lists; the year defaults to this year. */
  record BudgetQuery(
      @Nullable @Pattern(regexp = "[a-z][a-z0-9-]{0,63}", message = "must be a region (pack id)")
          String region,
      @Nullable @Min(2000) @Max(2100) Integer year,
      @Nullable @Pattern(regexp = MUNICIPALITY, message = MUNICIPALITY_MESSAGE) String municipality,
      @Nullable @Pattern(regexp = CodePatterns.CATEGORY, message = CodePatterns.CATEGORY_MESSAGE)
          String category,
      @Nullable @Pattern(regexp = AGB, message = AGB_MESSAGE) String provider) {}

  @GetMapping("/budgets")
  List<Budget> list(Actor actor, @ParameterObject @Valid BudgetQuery query, BindingResult errors)
      throws MethodArgumentNotValidException {
    queries.check(query, errors);
    return budgets.list(actor, query.region(), query.year());
  }

  @GetMapping("/budget-use")
  List<BudgetUse> use(Actor actor, @ParameterObject @Valid BudgetQuery query, BindingResult errors)
      throws MethodArgumentNotValidException {
    queries.check(query, errors);
    LocalDate today = LocalDate.now(clock);
    Integer year = query.year();
    return budgets.use(
        actor,
        new Budgets.UseQuery(
            query.region(),
            year == null ? today.getYear() : year,
            query.municipality(),
            query.category(),
            query.provider()),
        today);
  }
}
