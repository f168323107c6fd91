package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationImport;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.billing.Payments;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Monthly declarations (iJw JW323) with a verdict per line, the provider's pre-check that books
 * nothing, the month's payments and the ledger reconciliation.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DeclarationController {

  static final String NDJSON = "application/x-ndjson";
  private static final Logger log = LoggerFactory.getLogger(DeclarationController.class);

  private final Declarations declarations;
  private final DeclarationImport imports;
  private final Payments payments;
  private final JsonMapper json;

  DeclarationController(
      Declarations declarations, DeclarationImport imports, Payments payments, JsonMapper json) {
    this.declarations = declarations;
    this.imports = imports;
    this.payments = payments;
    this.json = json;
  }

  /** Judges and books; the same number with the same content again returns the first answer. */
  @PostMapping(path = "/declarations", consumes = MediaType.APPLICATION_JSON_VALUE)
  DeclarationAnswer submit(Actor actor, @Valid @RequestBody DeclarationBody body) {
    return declarations.submit(actor, DeclarationSubmission.parse(JsonBodies.tree(body)));
  }

  /** The same judgement without booking anything: what a submission would answer now. */
  @PostMapping(path = "/declarations/check", consumes = MediaType.APPLICATION_JSON_VALUE)
  DeclarationAnswer check(Actor actor, @Valid @RequestBody DeclarationBody body) {
    return declarations.check(actor, DeclarationSubmission.parse(JsonBodies.tree(body)));
  }

  /**
   * Many declarations at once as JSON Lines, read as they arrive and each booked in its own
   * transaction; answered as JSON Lines, flushed as it goes: a result per declaration (or the file
   * line that could not be read), a progress line every {@code progressEvery} declarations (and
   * every 2 seconds), and a summary line at the end. Sending the same file again books nothing new
   * and answers the same (status REPLAYED). Not under Idempotency-Key: the declaration numbers make
   * it idempotent, and the key would hold the whole body and answer in memory
   * (docs/declarations.md).
   */
  @PostMapping(path = "/declarations/bulk", consumes = NDJSON, produces = NDJSON)
  void bulk(
      Actor actor,
      @RequestParam(defaultValue = "100") int progressEvery,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    DeclarationImport.mayImport(actor); // a 403 problem before anything is written
    if (progressEvery < 1) {
      throw new InvalidRequestException("progressEvery", "must be 1 or more");
    }
    response.setStatus(200);
    response.setContentType(NDJSON);
    OutputStream out = response.getOutputStream();
    BulkLines lines = new BulkLines(json, out);
    try {
      imports.run(
          actor,
          request.getInputStream(),
          new DeclarationImport.Every(progressEvery, Duration.ofSeconds(2)),
          lines);
    } catch (RuntimeException e) {
      // the answer is under way (status sent): say where it stopped instead of a problem
      log.error("bulk declarations stopped: {}", e.getClass().getName());
      ObjectNode aborted = json.createObjectNode();
      aborted
          .putObject("aborted")
          .put(
              "message",
              "the import stopped ("
                  + e.getClass().getSimpleName()
                  + "); the declarations answered above are booked, the rest are not: send the"
                  + " file again");
      try {
        lines.write(aborted);
      } catch (UncheckedIOException gone) {
        // the client went away: nobody to tell
      }
    }
  }

  /** What is to be paid for the care of a month, per municipality and provider, in scope. */
  @GetMapping(
      path = "/payments",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
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

  /** The bulk answer's lines: one JSON object a line, flushed at once. */
  private static final class BulkLines implements DeclarationImport.Listener {
    private final JsonMapper json;
    private final OutputStream out;

    BulkLines(JsonMapper json, OutputStream out) {
      this.json = json;
      this.out = out;
    }

    @Override
    public void result(DeclarationImport.Result result) {
      ObjectNode line = json.createObjectNode();
      line.put("line", result.fileLine());
      switch (result) {
        case DeclarationImport.Submitted s -> {
          DeclarationAnswer a = s.answer();
          line.put("providerAgb", a.providerAgb())
              .put("number", a.number())
              .put("status", a.replayed() ? "REPLAYED" : "BOOKED");
          line.set("totals", json.valueToTree(a.totals()));
          var rejected = line.putArray("rejectedLines");
          for (DeclarationAnswer.LineResult r : a.lines()) {
            if (r.status().equals("APPROVED")) continue;
            ObjectNode l =
                rejected.addObject().put("index", r.index()).put("reference", r.reference());
            l.set("returnCodes", json.valueToTree(r.returnCodes()));
          }
        }
        case DeclarationImport.Refused r -> {
          line.put("providerAgb", r.providerAgb())
              .put("number", r.number())
              .put("status", "REFUSED");
          ObjectNode error = line.putObject("error").put("kind", r.kind());
          if (r.field() != null) error.put("field", r.field());
          if (r.ijwCode() != null) error.put("ijwCode", r.ijwCode());
          error.put("message", r.message());
        }
        case DeclarationImport.Unreadable u -> {
          line.put("status", "UNREADABLE");
          line.putObject("error").put("field", u.field()).put("message", u.message());
        }
      }
      write(line);
    }

    @Override
    public void progress(DeclarationImport.Progress progress, boolean done) {
      ObjectNode line = json.createObjectNode();
      ObjectNode p = line.putObject(done ? "summary" : "progress");
      p.put("fileLines", progress.fileLines())
          .put("declarations", progress.declarations())
          .put("lines", progress.lines())
          .put("approvedLines", progress.approved())
          .put("rejectedLines", progress.rejected())
          .put("replayed", progress.replayed())
          .put("refused", progress.refused())
          .put("unreadable", progress.unreadable())
          .put("elapsedMillis", progress.elapsed().toMillis())
          .put("linesPerSecond", Math.round(progress.linesPerSecond() * 10) / 10.0);
      write(line);
    }

    void write(ObjectNode line) {
      try {
        out.write(json.writeValueAsBytes(line));
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("the client went away", e);
      }
    }
  }
}
