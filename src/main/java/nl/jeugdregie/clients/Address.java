package nl.jeugdregie.clients;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A client's address in the Netherlands as the BRP registers it (woonadres), in the form an iJw
 * JW301 carries it (CDT_Adres; ijw.md §3.5): street (at most 24 characters, the BRP's short street
 * name), house number (1-99999), an optional house letter and addition (at most 4), a Dutch
 * postcode (iJw CS089: four digits not starting with 0 and two letters, kept without space in
 * capitals) and the place. Invalid parts are refused with the field named ({@link
 * ClientRefusedException}), never silently cut.
 */
public record Address(
    String street,
    int houseNumber,
    @Nullable String houseLetter,
    @Nullable String houseNumberAddition,
    String postcode,
    String city) {

  public Address {
    street = text(street, "address.street", 24);
    if (houseNumber < 1 || houseNumber > 99_999) {
      throw invalid("address.houseNumber", "must be 1 to 99999, got " + houseNumber);
    }
    if (houseLetter != null && !houseLetter.matches("[A-Za-z]")) {
      throw invalid("address.houseLetter", "must be one letter");
    }
    if (houseNumberAddition != null) {
      houseNumberAddition = text(houseNumberAddition, "address.houseNumberAddition", 4);
    }
    postcode = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!postcode.matches("[1-9][0-9]{3}[A-Z]{2}")) {
      throw invalid("address.postcode", "must be a Dutch postcode such as 7511 AB (iJw CS089)");
    }
    city = text(city, "address.city", 80);
  }

  private static String text(String value, String field, int max) {
    String trimmed = value.strip();
    if (trimmed.isEmpty() || trimmed.length() > max) {
      throw invalid(field, "must be 1 to " + max + " characters");
    }
    return trimmed;
  }

  private static ClientRefusedException invalid(String field, String message) {
    return new ClientRefusedException(ClientRefusedException.Kind.INVALID, field, message);
  }
}
