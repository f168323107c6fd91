package nl.jeugdregie.screens;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's or filter's errors as the page shows them: per field its first message, in Dutch from
 * messages_nl.properties by the Bean Validation code ({@code NotBlank.contractForm.region}, {@code
 * typeMismatch.auditFilter.from}, ...), each naming its field. The templates read them as {@code
 * ${errors['region']}} beside the input, so no template needs bean access to the bound record.
 */
final class FieldMessages {

  private FieldMessages() {}

  /**
   * Adds a service's or a check's refusal of {@code field} (a message key of this section) to the
   * form's errors; a record has no bean getters, so this does not read the field back.
   */
  static void reject(
      BindingResult result, String field, @Nullable Object value, String code, Object... args) {
    result.addError(
        new FieldError(
            result.getObjectName(), field, value, false, new String[] {code}, args, null));
  }

  static Map<String, String> of(BindingResult result, MessageSource messages, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : result.getFieldErrors()) {
      errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
    }
    return errors;
  }
}
