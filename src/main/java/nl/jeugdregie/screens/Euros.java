package nl.jeugdregie.screens;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Amounts in cents as Dutch euros for the money screens ({@code @euro.text(cents)} in a template):
 * {@code 123000} is "€ 1.230,00", a credit "-€ 12,00". Exact: cents are never passed through a
 * double.
 */
@Component("euro")
public class Euros {

  private static final DecimalFormatSymbols DUTCH =
      DecimalFormatSymbols.getInstance(Locale.of("nl", "NL"));

  public String text(@Nullable Long cents) {
    if (cents == null) return "";
    DecimalFormat format = new DecimalFormat("#,##0.00", DUTCH);
    String amount = format.format(BigDecimal.valueOf(cents, 2).abs());
    return (cents < 0 ? "-" : "") + "\u20ac " + amount;
  }
}
