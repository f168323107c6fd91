package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.clients.ClientMismatchException;
import nl.jeugdregie.clients.ClientRefusedException;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyNotFoundException;
import nl.jeugdregie.shared.ListRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Expected input errors as RFC 9457 problem details; the field is named in {@code field}. A body or
 * query that breaks its Bean Validation constraints is answered with <em>all</em> its field errors
 * at once in {@code errors} (each {@code field} and {@code message}), the first also in {@code
 * field}, so a form can mark every wrong field in one round trip.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

  /** Every constraint a {@code @Valid} body or query object breaks, in one answer. */
  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    Class<?> body = e.getParameter().getParameterType();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      String field = JsonPaths.rooted(body, JsonPaths.jsonNames(body, error.getField()));
      errors.add(new FieldProblem(field, message(error)));
    }
    for (ObjectError error : e.getBindingResult().getGlobalErrors()) {
      errors.add(
          new FieldProblem(error.getObjectName(), String.valueOf(error.getDefaultMessage())));
    }
    return invalid(errors, request);
  }

  /**
   * Constraints on parameters ({@code @RequestParam}, path variables) checked by method validation.
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      String name = result.getMethodParameter().getParameterName();
      for (MessageSourceResolvable error : result.getResolvableErrors()) {
        String field =
            error instanceof FieldError f ? f.getField() : name != null ? name : "parameter";
        errors.add(new FieldProblem(field, String.valueOf(error.getDefaultMessage())));
      }
    }
    return invalid(errors, request);
  }

  /**
   * A body that is no JSON, or a value of the wrong type, an unknown field or a key given twice:
   * named by its JSON path under the body's {@link BodyRoot}.
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = "body";
    String message = "is not valid JSON";
    if (e.getCause() instanceof JacksonException j) {
      String path = JsonPaths.of(j);
      message =
          path.isEmpty() && !(j instanceof MismatchedInputException)
              ? "is not valid JSON: " + j.getOriginalMessage()
              : UnreadableValue.message(j);
      String rooted = JsonPaths.rooted(UnreadableValue.bodyType(request), path);
      if (!rooted.isEmpty()) field = rooted;
    }
    return invalid(List.of(new FieldProblem(field, message)), request);
  }

  /** A query parameter of the wrong type ({@code ?month=march}): named, with what was expected. */
  @Override
  protected @Nullable ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
    Class<?> type = e.getRequiredType();
    String expected = type == null ? "another type" : type.getSimpleName();
    return invalid(List.of(new FieldProblem(field, "cannot be read as " + expected)), request);
  }

  private ResponseEntity<Object> invalid(List<FieldProblem> errors, WebRequest request) {
    if (errors.isEmpty()) errors = List.of(new FieldProblem("body", "is invalid"));
    FieldProblem first = errors.getFirst();
    String detail =
        errors.size() == 1
            ? first.field() + " " + first.message()
            : errors.size()
                + " fields are invalid; the first: "
                + first.field()
                + " "
                + first.message();
    ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, detail);
    problem.setProperty("field", first.field());
    problem.setProperty("errors", errors);
    if (request instanceof ServletWebRequest servlet) at(problem, servlet.getRequest());
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String message(FieldError error) {
    if (error.isBindingFailure()) return "cannot be read: wrong type or format";
    return String.valueOf(error.getDefaultMessage());
  }

  /** One field that is wrong and why; {@code field} is its JSON path in the body or the query. */
  record FieldProblem(String field, String message) {}

  @ExceptionHandler
  ProblemDetail listRefused(ListRefusedException e, HttpServletRequest request) {
    ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, e.getMessage());
    problem.setProperty("field", e.field());
    problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.reason())));
    return at(problem, request);
  }

  @ExceptionHandler
  ProblemDetail invalidRequest(InvalidRequestException e, HttpServletRequest request) {
    ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, e.getMessage());
    problem.setProperty("field", e.field());
    return at(problem, request);
  }

  @ExceptionHandler
  ProblemDetail refused(RouteRefusedException e, HttpServletRequest request) {
    ProblemType type =
        switch (e.kind()) {
          case NOT_FOUND -> ProblemType.NOT_FOUND;
          case NOT_PERMITTED -> ProblemType.NOT_PERMITTED;
          case CONFLICT -> ProblemType.CONFLICT;
          case UNPROCESSABLE -> ProblemType.REFUSED_BY_ROUTE;
        };
    ProblemDetail problem = problem(type, e.getMessage());
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
        problem(
            ProblemType.CONFLICT,
            "this was stored by another request at the same time; read it again before retrying");
    return at(problem, request);
  }

  /**
   * An iJw message refused on control level 1 (XSD, hostile or not iJw): every finding with line
   * and column; nothing was stored and the standard gives no retour (ijw.md §2.1).
   */
  @ExceptionHandler
  ProblemDetail messageRefused(
      nl.jeugdregie.ijw.MessageRefusedException e, HttpServletRequest request) {
    ProblemDetail problem = problem(ProblemType.INVALID_IJW_MESSAGE, e.getMessage());
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
    ProblemDetail problem = problem(ProblemType.CLIENT_MISMATCH, e.getMessage());
    problem.setProperty("field", e.field());
    return at(problem, request);
  }

  @ExceptionHandler
  ProblemDetail clientRefused(ClientRefusedException e, HttpServletRequest request) {
    ProblemType type =
        switch (e.kind()) {
          case NOT_FOUND -> ProblemType.NOT_FOUND;
          case NOT_PERMITTED -> ProblemType.NOT_PERMITTED;
          case INVALID -> ProblemType.INVALID_REQUEST;
        };
    ProblemDetail problem = problem(type, e.getMessage());
    problem.setProperty("field", e.field());
    return at(problem, request);
  }

  @ExceptionHandler
  ProblemDetail policyNotFound(PolicyNotFoundException e, HttpServletRequest request) {
    ProblemDetail problem = problem(ProblemType.NO_POLICY_IN_FORCE, e.getMessage());
    problem.setProperty("field", "policy");
    return at(problem, request);
  }

  /** A problem of this kind: its status, title and stable {@code type} URI. */
  static ProblemDetail problem(ProblemType type, @Nullable String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status, detail);
    problem.setType(type.uri());
    problem.setTitle(type.title);
    return problem;
  }

  /**
   * Spring's own answers (wrong method, media type, unknown path) get the type URI of their status
   * too, so every error a client sees has one; the path is masked as in {@link #at}.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
      ProblemType.ofStatus(status.value()).ifPresent(type -> problem.setType(type.uri()));
      if (request instanceof ServletWebRequest servlet) at(problem, servlet.getRequest());
    }
    return super.createResponseEntity(body, headers, status, request);
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
