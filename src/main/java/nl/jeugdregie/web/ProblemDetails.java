package nl.jeugdregie.web;

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
  ProblemDetail policyNotFound(PolicyNotFoundException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle("No policy pack in force");
    problem.setProperty("field", "policy");
    return problem;
  }
}
