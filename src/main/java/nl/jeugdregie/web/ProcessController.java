package nl.jeugdregie.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.HelpPlans;
import nl.jeugdregie.allocation.Screenings;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.billing.CrisisFunction;
import nl.jeugdregie.billing.CrisisSettlement;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.CodePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
 * The pack's process rules on the route: a provider's screening before its request (R-IJS-4), the
 * shared help plan of several providers (R-AAA-6), the referrer consulted before care ends
 * (R-IJS-8), and the crisis function's call-outs and monthly settlement (R-IJS-7). Typed bodies
 * with Bean Validation; a body that fails it is a 400 problem naming the field, nothing stored.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcessController {

  private final Screenings screenings;
  private final HelpPlans helpPlans;
  private final Allocations allocations;
  private final CrisisFunction crisis;

  ProcessController(
      Screenings screenings, HelpPlans helpPlans, Allocations allocations, CrisisFunction crisis) {
    this.screenings = screenings;
    this.helpPlans = helpPlans;
    this.allocations = allocations;
    this.crisis = crisis;
  }

  /** Accepted, or declined with one of the pack's reasons (IJsselland 001 §4.2.1.4). */
  enum ScreeningOutcome {
    ACCEPTED,
    DECLINED
  }

  /** {@code POST /api/v1/screenings}. */
  record ScreeningBody(
      @NotNull @Pattern(regexp = CodePatterns.BSN, message = CodePatterns.BSN_MESSAGE)
          String clientBsn,
      @NotNull @PastOrPresent LocalDate clientBirthDate,
      @NotNull
          @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
          String municipality,
      @NotNull @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
          String providerAgb,
      @NotNull @PastOrPresent LocalDate screenedOn,
      @NotNull ScreeningOutcome outcome,
      @Nullable @Size(max = 40) String declineReason) {}

  @PostMapping(path = "/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Screenings.ScreeningView> screen(
      Actor actor, @Valid @RequestBody ScreeningBody body) {
    if (body.clientBirthDate().getYear() < 1900) {
      throw new InvalidRequestException("screening.clientBirthDate", "is before 1900");
    }
    if (body.screenedOn().getYear() < 2000) {
      throw new InvalidRequestException("screening.screenedOn", "is before 2000");
    }
    Screenings.ScreeningView view =
        screenings.record(
            actor,
            new Screenings.NewScreening(
                body.clientBsn(),
                body.clientBirthDate(),
                body.municipality(),
                body.providerAgb(),
                body.screenedOn(),
                body.outcome() == ScreeningOutcome.ACCEPTED,
                body.declineReason()));
    return ResponseEntity.created(URI.create("/api/v1/screenings/" + view.id())).body(view);
  }

  /** {@code POST /api/v1/help-plans}. */
  record HelpPlanBody(
      @NotNull @Pattern(regexp = CodePatterns.BSN, message = CodePatterns.BSN_MESSAGE)
          String clientBsn,
      @NotNull
          @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
          String municipality,
      @NotNull @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
          String mainContractorAgb,
      @NotBlank @Size(max = 40) String reference,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> results) {}

  @PostMapping(path = "/help-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<HelpPlans.HelpPlanView> helpPlan(
      Actor actor, @Valid @RequestBody HelpPlanBody body) {
    HelpPlans.HelpPlanView view =
        helpPlans.record(
            actor,
            new HelpPlans.NewHelpPlan(
                body.clientBsn(),
                body.municipality(),
                body.mainContractorAgb(),
                body.reference().strip(),
                body.results().stream().map(String::strip).toList()));
    return ResponseEntity.created(URI.create("/api/v1/help-plans/" + view.id())).body(view);
  }

  /** {@code POST /api/v1/allocations/{municipality}/{number}/ending-consultation}. */
  record ConsultationBody(@NotNull @PastOrPresent LocalDate consultedOn) {}

  @PostMapping(
      path = "/allocations/{municipality}/{number}/ending-consultation",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  AllocationView consulted(
      Actor actor,
      @PathVariable String municipality,
      @PathVariable int number,
      @Valid @RequestBody ConsultationBody body) {
    return allocations.consultedReferrer(actor, municipality, number, body.consultedOn());
  }

  /** {@code POST /api/v1/crisis/call-outs}. */
  record CallOutsBody(
      @NotNull @Pattern(regexp = CodePatterns.AGB, message = CodePatterns.AGB_MESSAGE)
          String providerAgb,
      @NotNull
          @Pattern(regexp = CodePatterns.MUNICIPALITY, message = CodePatterns.MUNICIPALITY_MESSAGE)
          String municipality,
      @NotNull @PastOrPresent LocalDate date,
      @NotNull @Min(1) @Max(10_000) Integer callOuts) {}

  @PostMapping(path = "/crisis/call-outs", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> callOuts(Actor actor, @Valid @RequestBody CallOutsBody body) {
    crisis.record(
        actor,
        new CrisisFunction.CallOuts(
            body.providerAgb(), body.municipality(), body.date(), body.callOuts()));
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  /** {@code GET /api/v1/crisis/settlement?region=ijsselland&month=2025-03}. */
  @GetMapping("/crisis/settlement")
  CrisisSettlement settlement(
      Actor actor, @RequestParam String region, @RequestParam String month) {
    YearMonth m;
    try {
      m = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("month", "must be yyyy-mm, got '" + month + "'");
    }
    if (m.getYear() < 2000 || m.getYear() > 2100) {
      throw new InvalidRequestException("month", "must be between 2000-01 and 2100-12");
    }
    return crisis.settlement(actor, region, m);
  }
}
