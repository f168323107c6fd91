package nl.jeugdregie.ijw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules of control level 4 (ijw.md §2.1) that judge a message against a source outside the
 * messages, each with its own return code:
 *
 * <ul>
 *   <li>TR135 → 8848: the Dagtekening is not in the future (the receiver's system date).
 *   <li>TR378 → S300: a municipality code is in the CBS list. The list is the municipalities of
 *       every shipped policy pack, plus the CBS file named by {@code jeugdregie.ijw.cbs-list} (one
 *       4-digit code per line, {@code #} comments) when configured; without that file a code of a
 *       municipality outside every region is unknown here.
 *   <li>TR381 → S329: a product code fits its category in the product code list in use: the
 *       products of the region's policy pack in force on the date.
 * </ul>
 */
@Component
@IjwRules({"TR135", "TR378", "TR381"})
class ExternalRules {

  /** WJ001 8848: Dagtekening after the system date. */
  static final String DATED_IN_FUTURE = "8848";

  /** WJ001 S300: municipality code not in the CBS list. */
  static final String UNKNOWN_MUNICIPALITY = "S300";

  /** WJ001 S329: product code does not belong to the category. */
  static final String CODE_NOT_IN_CATEGORY = "S329";

  private final PolicyCatalog catalog;
  private final Set<String> cbs = new HashSet<>();

  ExternalRules(PolicyCatalog catalog, @Value("${jeugdregie.ijw.cbs-list:}") String cbsList) {
    this.catalog = catalog;
    for (PolicyPack pack : catalog.all()) cbs.addAll(pack.municipalities().keySet());
    if (!cbsList.isBlank()) {
      try {
        for (String line : Files.readAllLines(Path.of(cbsList))) {
          String code = line.replaceFirst("#.*", "").trim();
          if (code.matches("\\d{4}")) cbs.add(code);
        }
      } catch (IOException e) {
        throw new IllegalStateException(
            "jeugdregie.ijw.cbs-list " + cbsList + " cannot be read: " + e.getMessage(), e);
      }
    }
  }

  /** TR135 on the header's Dagtekening. */
  void dated(Findings findings, Object header, LocalDate dated, LocalDate today) {
    if (dated.isAfter(today)) {
      findings.add(
          "TR135",
          DATED_IN_FUTURE,
          header,
          "BerichtIdentificatie/Dagtekening",
          "Dagtekening " + dated + " is after today's date " + today);
    }
  }

  /** Whether {@code code} is in the CBS list as known here. */
  boolean knownMunicipality(String code) {
    return cbs.contains(code);
  }

  /** TR378 on a municipality code ({@code element} of {@code at}). */
  void municipality(Findings findings, Object at, String element, String code) {
    if (!knownMunicipality(code)) {
      findings.add(
          "TR378",
          UNKNOWN_MUNICIPALITY,
          at,
          element,
          "municipality code " + code + " is not in the CBS list");
    }
  }

  /** The region's product of {@code code} in force on {@code day} for {@code municipality}. */
  Optional<Product> product(String municipality, LocalDate day, String code) {
    return catalog.regionOf(municipality, day).map(pack -> pack.products().get(code));
  }

  /**
   * TR381 on a Product's Code: it is in the product list of {@code municipality}'s region on {@code
   * day} under {@code category}. Nothing to judge without a code.
   */
  void productCode(
      Findings findings,
      Object at,
      String element,
      String municipality,
      LocalDate day,
      String category,
      @Nullable String code) {
    if (code == null) return;
    Optional<Product> product = product(municipality, day, code);
    if (product.isEmpty() || !product.get().category().equals(category)) {
      findings.add(
          "TR381",
          CODE_NOT_IN_CATEGORY,
          at,
          element,
          "product code "
              + code
              + " is not a product of category "
              + category
              + " in the product list of municipality "
              + municipality
              + " on "
              + day);
    }
  }
}
