package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JW305 (Start Jeugdhulp) or JW307 (Stop Jeugdhulp) as data, everything the message says (ijw.md
 * §3.4, §3.9, §3.10): the header, the client and the lines, {@link StartLine}s in a JW305 and
 * {@link StopLine}s in a JW307. Codes stay as the message has them (StatusAanlevering COD467,
 * RedenBeeindiging JZ588), so what was received can be written again unchanged ({@link
 * DeliveryMessages}).
 */
record DeliveryMessage(
    MessageType type, Header header, XsdVersions versions, Client client, List<Line> lines) {

  DeliveryMessage {
    lines = List.copyOf(lines);
    Class<?> expected = type == MessageType.JW305 ? StartLine.class : StopLine.class;
    for (Line line : lines) {
      if (!expected.isInstance(line)) {
        throw new IllegalArgumentException("a " + type + " has no " + line.getClass().getName());
      }
    }
  }

  /** XsdVersie of the header: the versions of the XSDs the sender used (IV034). */
  record XsdVersions(String basisschema, String message) {}

  /**
   * The client (CDT_VerkorteNaam for the name): Bsn, Geboortedatum with DatumGebruik (COD170, null
   * when absent), Geslacht (COD046).
   */
  record Client(
      String bsn, LocalDate birthDate, @Nullable String birthDateUsage, String gender, Name name) {}

  /** Geslachtsnaam (Achternaam, Voorvoegsel), Voornamen, Voorletters. */
  record Name(
      String surname,
      @Nullable String prefix,
      @Nullable String firstNames,
      @Nullable String initials) {}

  /** CDT_Product: category (JZ020) and, for a specific product, its code. */
  record Product(String category, @Nullable String code) {}

  /** StatusAanlevering 1: a new line. */
  static final String FIRST_DELIVERY = "1";

  /** StatusAanlevering 3: withdraw the earlier line with the same key (IV008). */
  static final String WITHDRAWAL = "3";

  /** What a StartProduct and a StopProduct share. */
  sealed interface Line {
    @Nullable Integer number();

    @Nullable Product product();

    @Nullable LocalDate allocationStart();

    LocalDate begin();

    String status();
  }

  /** StartProduct: delivery of allocation {@code number} began on {@code begin}. */
  record StartLine(
      @Nullable Integer number,
      @Nullable Product product,
      @Nullable LocalDate allocationStart,
      LocalDate begin,
      String status)
      implements Line {}

  /** StopProduct: delivery that began on {@code begin} ended on {@code end} for {@code reason}. */
  record StopLine(
      @Nullable Integer number,
      @Nullable Product product,
      @Nullable LocalDate allocationStart,
      LocalDate begin,
      String reason,
      LocalDate end,
      String status)
      implements Line {}
}
