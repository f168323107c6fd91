package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.shared.IjwRules;

/**
 * Content rules (control level 2, return code 0001) on a product line of JW301, JW315 and JW317
 * (ijw.md §3.5-3.7):
 *
 * <ul>
 *   <li>CD041: Omvang is required when Product has a Code.
 *   <li>CD075: the end date is required when there is a Budget.
 *   <li>CD076: the end date is required when Frequentie is 2 (per week).
 *   <li>CD077: no Omvang with a Budget; CD078: no Budget with an Omvang.
 *   <li>CD079: Product is required when there is no Budget.
 *   <li>CD080 (JW301), CD095 (JW315), CD096 (JW317): no Omvang when Product has no Code and the end
 *       date is after 2020-12-31 or open.
 *   <li>CS003: the end date is not before the start date.
 *   <li>CS338 (JW301, JW317), CS343 (JW315): with Eenheid 14, 16, 83 or 84 and an end after
 *       2020-12-31 or open, Frequentie is 2, 4 or 6.
 * </ul>
 */
@IjwRules({
  "CD041", "CD075", "CD076", "CD077", "CD078", "CD079", "CD080", "CD095", "CD096", "CS003", "CS338",
  "CS343"
})
final class ProductLineRules {

  private static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);

  private static final Set<String> PERIOD_UNITS = Set.of("14", "16", "83", "84");

  private static final Set<String> PERIOD_FREQUENCIES = Set.of("2", "4", "6");

  private static final String PER_WEEK = "2";

  private ProductLineRules() {}

  /**
   * Checks {@code line}; {@code noCodeRule} is CD080, CD095 or CD096 and {@code frequencyRule}
   * CS338 or CS343, as the message type names them.
   */
  static void check(ProductLine line, String noCodeRule, String frequencyRule, Findings f) {
    Object at = line.at();
    ProductLine.Volume volume = line.volume();
    Integer budget = line.budget();
    LocalDate end = line.end();
    boolean openOrAfter2020 = end == null || end.isAfter(END_OF_2020);
    if (line.code() != null && volume == null) {
      f.content("CD041", at, "Omvang", "Omvang is required when Product has a Code");
    }
    if (budget != null && end == null) {
      f.content("CD075", at, line.endElement(), line.endElement() + " is required with a Budget");
    }
    if (volume != null && PER_WEEK.equals(volume.frequency()) && end == null) {
      f.content(
          "CD076",
          at,
          line.endElement(),
          line.endElement() + " is required with Frequentie 2 (per week)");
    }
    if (budget != null && volume != null) {
      f.content("CD077", at, "Omvang", "Omvang must be empty when there is a Budget");
      f.content("CD078", at, "Budget", "Budget must be empty when there is an Omvang");
    }
    if (line.hasProduct() && budget == null && line.category() == null) {
      f.content("CD079", at, "Product", "Product is required when there is no Budget");
    }
    if (line.hasProduct()
        && line.category() != null
        && line.code() == null
        && volume != null
        && openOrAfter2020) {
      f.content(
          noCodeRule,
          at,
          "Omvang",
          "Omvang must be empty for a product without Code ending after 2020-12-31 or open");
    }
    LocalDate start = line.start();
    if (start != null && end != null && end.isBefore(start)) {
      f.content(
          "CS003",
          at,
          line.endElement(),
          line.endElement() + " " + end + " is before the start " + start);
    }
    if (volume != null
        && PERIOD_UNITS.contains(volume.unit())
        && openOrAfter2020
        && !PERIOD_FREQUENCIES.contains(volume.frequency())) {
      f.content(
          frequencyRule,
          at,
          "Omvang",
          "Eenheid " + volume.unit() + " needs Frequentie 2, 4 or 6, not " + volume.frequency());
    }
  }
}
