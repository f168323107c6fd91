package nl.jeugdregie.screens;

import java.util.Map;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.policy.InvalidRequestException;
import org.springframework.validation.BindingResult;

/**
 * A service's refusal of what a provider's form asked, put on that form: beside the field when the
 * service names one the form has, else above the form, always as a Dutch sentence with the
 * service's own detail. The service refused inside its transaction, so nothing of it is stored. A
 * refusal that is about the page, not the input (not found, not permitted), is thrown on to {@link
 * ScreenErrors}.
 */
final class RefusalOnForm {

  private RefusalOnForm() {}

  /**
   * Records {@code refusal} on {@code errors} with message {@code code} (one argument: the
   * service's detail); {@code fields} maps the service's field names to the form's.
   */
  static void reject(
      BindingResult errors, String code, RuntimeException refusal, Map<String, String> fields) {
    String serviceField;
    if (refusal instanceof RouteRefusedException route) {
      switch (route.kind()) {
        case NOT_FOUND, NOT_PERMITTED -> throw route;
        case CONFLICT, UNPROCESSABLE -> {}
      }
      serviceField = route.field();
    } else if (refusal instanceof InvalidRequestException invalid) {
      serviceField = invalid.field();
    } else {
      throw refusal;
    }
    Object[] detail = {String.valueOf(refusal.getMessage())};
    String formField = fields.get(serviceField);
    if (formField != null) {
      errors.rejectValue(formField, code, detail, null);
    } else {
      errors.reject(code, detail, null);
    }
  }
}
