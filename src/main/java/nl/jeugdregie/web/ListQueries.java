package nl.jeugdregie.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * All errors of a list's query in one answer (issue 11). Spring binds each query record (the
 * filter, the page) on its own and stops at the first record with an error; and a value it cannot
 * convert ({@code state=OPEN}, {@code receivedFrom=yesterday}) skips the Bean Validation of the
 * rest of that record. So a list takes each record with its {@link BindingResult}, and this check
 * validates what was skipped and answers every wrong parameter at once, as {@link ProblemDetails}
 * does for a body.
 */
@Component
class ListQueries {

  private static final MethodParameter QUERY = queryParameter();

  private final Validator validator;

  ListQueries(Validator validator) {
    this.validator = validator;
  }

  /**
   * Throws one {@link MethodArgumentNotValidException} with the errors of every record, each
   * parameter named once; returns when all are valid.
   *
   * @param bound each bound record followed by its {@link BindingResult}
   */
  void check(Object... bound) throws MethodArgumentNotValidException {
    MapBindingResult errors = new MapBindingResult(new HashMap<>(), "query");
    for (int i = 0; i + 1 < bound.length; i += 2) {
      Object target = bound[i];
      BindingResult binding = (BindingResult) bound[i + 1];
      Set<String> named = new LinkedHashSet<>();
      for (FieldError error : binding.getFieldErrors()) {
        if (named.add(error.getField())) errors.addError(copy(error));
      }
      if (binding.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
        // Spring skipped validation after a failed conversion: validate the rest here
        for (ConstraintViolation<Object> violation : validator.validate(target)) {
          String field = violation.getPropertyPath().toString();
          if (named.add(field)) {
            errors.addError(
                new FieldError(
                    "query",
                    field,
                    violation.getInvalidValue(),
                    false,
                    null,
                    null,
                    violation.getMessage()));
          }
        }
      }
    }
    if (errors.hasErrors()) throw new MethodArgumentNotValidException(QUERY, errors);
  }

  private static FieldError copy(FieldError error) {
    return new FieldError(
        "query",
        error.getField(),
        error.getRejectedValue(),
        error.isBindingFailure(),
        error.getCodes(),
        error.getArguments(),
        error.getDefaultMessage());
  }

  /** Stands for "the query" in the exception; {@link ProblemDetails} reads only its errors. */
  @SuppressWarnings("unused")
  private static void query(Object query) {}

  private static MethodParameter queryParameter() {
    try {
      Method method = ListQueries.class.getDeclaredMethod("query", Object.class);
      return new MethodParameter(method, 0);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
