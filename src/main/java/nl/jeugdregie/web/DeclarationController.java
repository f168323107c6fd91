package nl.jeugdregie.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.billing.Payments;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly declarations (iJw JW323) with a verdict per line, the provider's pre-check that books
 * nothing, the month's payments and the ledger reconciliation.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DeclarationController {

  private final Declarations declarations;
  private final Payments payments;

  DeclarationController(Declarations declarations, Payments payments) {
    this.declarations = declarations;
    this.payments = payments;
  }

  /** Judges and books; the same number with the same content again returns the first answer. */
  @PostMapping(path = "/declarations", consumes = MediaType.APPLICATION_JSON_VALUE)
  DeclarationAnswer submit(Actor actor, @RequestBody String body) {
    return declarations.submit(
        actor, DeclarationSubmission.parse(JsonBodies.read(body, "declaration")));
  }

  /** The same judgement without booking anything: what a submission would answer now. */
  @PostMapping(path = "/declarations/check", consumes = MediaType.APPLICATION_JSON_VALUE)
  DeclarationAnswer check(Actor actor, @RequestBody String body) {
    return declarations.check(
        actor, DeclarationSubmission.parse(JsonBodies.read(body, "declaration")));
  }

  /** What is to be paid for the care of a month, per municipality and provider, in scope. */
  @GetMapping("/payments")
  List<Payments.Payment> payments(Actor actor, @RequestParam String month) {
    try {
      return payments.month(actor, YearMonth.parse(month));
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("month", "must be a month (yyyy-mm), got '" + month + "'");
    }
  }

  /** Every budget's consumption against the sum of its ledger entries; mismatches must be none. */
  @GetMapping("/ledger/reconciliation")
  Payments.Reconciliation reconciliation(Actor actor) {
    return payments.reconcile(actor);
  }
}
