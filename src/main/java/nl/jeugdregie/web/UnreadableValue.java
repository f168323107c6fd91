package nl.jeugdregie.web;

import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a value of a typed body could not be read, in the words the domain parsers use ("must be a
 * whole number"), and which body it was: the problem names an unknown or repeated field as clearly
 * as a wrong value (issue 11).
 */
final class UnreadableValue {

  private UnreadableValue() {}

  static String message(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException) return "is not a known field";
    if (JsonPaths.isDuplicateKey(e)) return "is given more than once";
    if (e instanceof InputCoercionException) return "is out of range";
    // FAIL_ON_TRAILING_TOKENS has no type of its own either
    if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      return "is followed by more JSON: send one object";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return expected(m.getTargetType());
    }
    return "cannot be read: wrong type or format";
  }

  private static String expected(Class<?> type) {
    if (type == LocalDate.class) return "must be a date (yyyy-mm-dd)";
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "must be a whole number";
    }
    if (type == Boolean.class || type == boolean.class) return "must be true or false";
    if (type == String.class) return "must be a string";
    if (Collection.class.isAssignableFrom(type)) return "must be a list";
    if (type.isRecord()) return "must be a JSON object";
    return "cannot be read: wrong type or format";
  }

  /** The type of the handler's {@code @RequestBody}, for its {@link BodyRoot}. */
  static @Nullable Class<?> bodyType(WebRequest request) {
    Object handler =
        request.getAttribute(
            HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (!(handler instanceof HandlerMethod method)) return null;
    for (MethodParameter parameter : method.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        return parameter.getParameterType();
      }
    }
    return null;
  }
}
