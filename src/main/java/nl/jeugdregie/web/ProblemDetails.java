package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.clients.ClientMismatchException;
import nl.jeugdregie.clients.ClientRefusedException;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Expected input errors as RFC 9457 problem details; the field is named in {@code field}. */
@RestControllerAdvice
class ProblemDetails {

  @ExceptionHandler
  ProblemDetail invalidRequest(InvalidRequestException e, HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("field", e.field());
    return at(problem, request);
  }

  @ExceptionHandler
  ProblemDetail refused(RouteRefusedException e, HttpServletRequest request) {
    HttpStatus status =
        switch (e.kind()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
          case CONFLICT -> HttpStatus.CONFLICT;
          case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(
        switch (e.kind()) {
          case NOT_FOUND -> "Not found";
          case NOT_PERMITTED -> "Not permitted for your role";
          case CONFLICT -> "Conflict";
          case UNPROCESSABLE -> "Refused by the client route";
        });
    problem.setProperty("field", e.field());
    if (e.ijwCode() != null) problem.setProperty("ijwCode", e.ijwCode());
    return at(problem, request);
  }

  /**
   * A unique key the database defends (e.g. two simultaneous requests with one provider reference)
   * that the Java checks could not see yet; the detail names no values.
   */
  @ExceptionHandler
  ProblemDetail duplicate(
      org.springframework.dao.DuplicateKeyException e, HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "this was stored by another request at the same time; read it again before retrying");
    problem.setTitle("Conflict");
    return at(problem, request);
  }

  /**
   * An iJw message refused on control level 1 (XSD, hostile or not iJw): every finding with line
   * and column; nothing was stored and the standard gives no retour (ijw.md §2.1).
   */
  @ExceptionHandler
  ProblemDetail messageRefused(
      nl.jeugdregie.ijw.MessageRefusedException e, HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Not a valid iJw 3.2 message");
    if (e.type() != null) problem.setProperty("messageType", String.valueOf(e.type()));
    problem.setProperty(
        "findings",
        e.findings().stream()
            .map(
                f ->
                    java.util.Map.of(
                        "line", f.line(), "column", f.column(), "message", f.message()))
            .toList());
    return at(problem, request);
  }

  @ExceptionHandler
  ProblemDetail clientMismatch(ClientMismatchException e, HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle("Client data does not match");
    problem.setProperty("field", e.field());
    return at(problem, request);
  }

  @ExceptionHandler
  ProblemDetail clientRefused(ClientRefusedException e, HttpServletRequest request) {
    HttpStatus status =
        switch (e.kind()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
          case INVALID -> HttpStatus.BAD_REQUEST;
        };
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(
        switch (e.kind()) {
          case NOT_FOUND -> "Not found";
          case NOT_PERMITTED -> "Not permitted for your role";
          case INVALID -> "Invalid request";
        });
    problem.setProperty("field", e.field());
    return at(problem, request);
  }

  @ExceptionHandler
  ProblemDetail policyNotFound(PolicyNotFoundException e, HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle("No policy pack in force");
    problem.setProperty("field", "policy");
    return at(problem, request);
  }

  /**
   * Sets {@code instance} to the request path with any BSN masked (Spring would fill in the path as
   * it is, and {@code GET /api/v1/clients/{bsn}/timeline} carries one).
   */
  private static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    problem.setInstance(URI.create(ProblemWriter.instance(path)));
    return problem;
  }
}
