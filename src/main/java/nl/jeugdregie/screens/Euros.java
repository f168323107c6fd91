package nl.jeugdregie.screens;

import nl.jeugdregie.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Amounts in cents as Dutch euros for the money screens ({@code @euro.text(cents)} in a template):
 * {@code 123000} is "€ 1.230,00", a credit "-€ 12,00", in {@link Money}'s notation.
 */
@Component("euro")
public class Euros {

  public String text(@Nullable Long cents) {
    return cents == null ? "" : Money.cents(cents).toString();
  }
}
