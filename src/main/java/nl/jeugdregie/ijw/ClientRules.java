package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * Content rules (control level 2, return code 0001) every message with a client or dates shares:
 *
 * <ul>
 *   <li>CS002: a BSN passes the 11-proef.
 *   <li>CS139: Geboortedatum agrees with its DatumGebruik: 3 (unknown) is 1900-01-01, 2 (only the
 *       year) is 01-01-year, 1 (only month and year) is the first of the month.
 *   <li>TR002: Geboortedatum is not more than 120 years before the Dagtekening, unless unknown.
 *   <li>TR134: a date is not after the message's Dagtekening.
 *   <li>TR101: no duplicate lines: the logical key of each class, with the keys of the classes
 *       above it, is unique within the message.
 * </ul>
 */
@IjwRules({"CS002", "CS139", "TR002", "TR134", "TR101"})
final class ClientRules {

  private ClientRules() {}

  /** CS002 on {@code at}'s element {@code element}. */
  static void bsn(Findings findings, Object at, String element, String bsn) {
    if (!Bsn.isValid(bsn)) {
      findings.content("CS002", at, element, "the BSN does not pass the 11-proef");
    }
  }

  /**
   * CS139 and TR002 on a Geboortedatum (class {@code at}, element {@code Geboortedatum}); {@code
   * usage} is DatumGebruik (COD170), null when absent.
   */
  static void birthDate(
      Findings findings, Object at, LocalDate date, @Nullable String usage, LocalDate dated) {
    String expected =
        switch (usage == null ? "" : usage) {
          case "3" -> LocalDate.of(1900, 1, 1).equals(date) ? null : "1900-01-01";
          case "2" -> date.getDayOfYear() == 1 ? null : "01-01 of its year";
          case "1" -> date.getDayOfMonth() == 1 ? null : "the first of its month";
          default -> null;
        };
    if (expected != null) {
      findings.content(
          "CS139",
          at,
          "Geboortedatum",
          "DatumGebruik " + usage + " needs Datum " + expected + ", not " + date);
    }
    boolean unknown = "3".equals(usage) && LocalDate.of(1900, 1, 1).equals(date);
    if (!unknown && date.isBefore(dated.minusYears(120))) {
      findings.content(
          "TR002",
          at,
          "Geboortedatum",
          "Geboortedatum " + date + " is more than 120 years before the Dagtekening " + dated);
    }
  }

  /** TR134: {@code date} (element {@code element} of {@code at}) is not after the Dagtekening. */
  static void notAfterDated(
      Findings findings, Object at, String element, @Nullable LocalDate date, LocalDate dated) {
    if (date != null && date.isAfter(dated)) {
      findings.content(
          "TR134",
          at,
          element,
          element + " " + date + " is after the message's Dagtekening " + dated);
    }
  }

  /**
   * TR101: each of {@code classes} has a logical key ({@code key}) unique among them; every
   * duplicate after the first is a finding.
   */
  static <T> void unique(
      Findings findings, List<T> classes, java.util.function.Function<T, Object> key, String what) {
    Set<Object> seen = new HashSet<>();
    for (T each : classes) {
      Object k = key.apply(each);
      if (!seen.add(k)) {
        findings.content("TR101", each, null, "a second " + what + " with the same key " + k);
      }
    }
  }
}
