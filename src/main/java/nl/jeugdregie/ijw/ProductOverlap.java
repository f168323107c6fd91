package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * No stacking inside one message (ijw.md §5.1, OP347): the same product twice with overlapping
 * periods. The same product is the same Product: category and code, the category alone for an
 * aspecific one, no Product at all for a generic one; both ends of a period are inclusive and an
 * open end runs on. The caller names the rule (TR386 in a JW315, TR410 in a JW317).
 */
final class ProductOverlap {

  private ProductOverlap() {}

  /** A finding of {@code rule} on every line that overlaps an earlier line of its product. */
  static void check(String rule, List<ProductLine> lines, Findings findings) {
    for (int j = 0; j < lines.size(); j++) {
      ProductLine later = lines.get(j);
      for (int i = 0; i < j; i++) {
        ProductLine earlier = lines.get(i);
        if (sameProduct(earlier, later) && overlap(earlier, later)) {
          findings.content(
              rule,
              later.at(),
              null,
              "product "
                  + product(later)
                  + " is asked for again in an overlapping period (line "
                  + (i + 1)
                  + " of its kind)");
          break;
        }
      }
    }
  }

  private static boolean sameProduct(ProductLine a, ProductLine b) {
    return Objects.equals(a.category(), b.category()) && Objects.equals(a.code(), b.code());
  }

  private static boolean overlap(ProductLine a, ProductLine b) {
    LocalDate aStart = a.start();
    LocalDate bStart = b.start();
    if (aStart == null || bStart == null) return false;
    LocalDate aEnd = a.end();
    LocalDate bEnd = b.end();
    return (aEnd == null || !aEnd.isBefore(bStart)) && (bEnd == null || !bEnd.isBefore(aStart));
  }

  private static String product(ProductLine line) {
    if (line.category() == null) return "(generic, none)";
    return line.code() == null ? "category " + line.category() : String.valueOf(line.code());
  }
}
