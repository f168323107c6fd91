package nl.jeugdregie.web;

import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.clients.ClientMismatchException;
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
  ProblemDetail invalidRequest(InvalidRequestException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("field", e.field());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail refused(RouteRefusedException e) {
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
    return problem;
  }

  @ExceptionHandler
  ProblemDetail clientMismatch(ClientMismatchException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle("Client data does not match");
    problem.setProperty("field", e.field());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail policyNotFound(PolicyNotFoundException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle("No policy pack in force");
    problem.setProperty("field", "policy");
    return problem;
  }
}
