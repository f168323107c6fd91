package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.IjwRules;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a change request (VOW, iJw JW317) against the client's current allocations (ijw.md
 * §2.4, §3.7), pure Java. Each refusal carries the iJw return code of the rule and the field of the
 * item it concerns ({@code changeRequest.change[1].volume}), so a JW317 retour can put the code on
 * the very class:
 *
 * <ul>
 *   <li>TR349 → 9349: every current allocation is named, unchanged or to change.
 *   <li>TR350 → 9350: every unchanged number is a current allocation.
 *   <li>TR351 → 9351: every number to change is a current allocation.
 *   <li>TR357 → 9357: a desired start on or before the request date is the allocation's start.
 *   <li>TR361 → 9361: no product twice with overlapping periods, as the allocations would read
 *       after the change (an allocation named twice is such a product too).
 *   <li>TR373 → 9373: a budget or total (frequency 6) change starts on the allocation's start.
 *   <li>TR411 → 9411: a change to an allocation with a product code states the volume (when the
 *       change states its terms whole, as a JW317 does; the JSON API keeps a left-out volume).
 *   <li>TR412 → 9412: no volume for an allocation without a product code ending after 2020 or open.
 * </ul>
 *
 * TR352, TR353 and TR380 are content rules of the message (0001); they are refused here too, for
 * the JSON API, without a return code. TR375 (a volume for an allocation without any product) has
 * no case here: every allocation has a product category.
 */
@IjwRules(
    value = {"TR349", "TR350", "TR351", "TR357", "TR361", "TR373", "TR411", "TR412"},
    notApplicable = {
      "TR375: every allocation here has a product (category); a generic allocation without"
          + " Product, the only one TR375 judges, is never made"
    })
final class ChangeChecks {

  private static final String ROOT = "changeRequest";

  private static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);

  private ChangeChecks() {}

  /** Refuses {@code vow} at its first broken check; {@code current} by allocation number. */
  static void check(ChangeSubmission vow, Map<Integer, AllocationStore.Row> current) {
    if (vow.unchanged().isEmpty() && vow.change().isEmpty()) {
      throw RouteRefusedException.unprocessable(
          ROOT + ".change",
          null,
          "a change request names at least one current allocation, unchanged or to change (iJw"
              + " TR352)");
    }
    if (vow.change().isEmpty() && vow.added().isEmpty()) {
      throw RouteRefusedException.unprocessable(
          ROOT + ".change",
          null,
          "a change request changes or adds at least one product (iJw TR353)");
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < vow.unchanged().size(); i++) {
      int number = vow.unchanged().get(i);
      String field = ROOT + ".unchanged[" + i + "].number";
      if (!current.containsKey(number)) {
        throw RouteRefusedException.unprocessable(
            field, "9350", notCurrent(number, current, "TR350"));
      }
      if (!seen.add(number)) throw namedTwice(field, number);
    }
    for (ChangeSubmission.Change change : vow.change()) {
      String field = ROOT + ".change[" + change.index() + "]";
      AllocationStore.Row row = current.get(change.number());
      if (row == null) {
        throw RouteRefusedException.unprocessable(
            field + ".number", "9351", notCurrent(change.number(), current, "TR351"));
      }
      if (!seen.add(change.number())) throw namedTwice(field + ".number", change.number());
      LocalDate originalStart = row.terms().period().start();
      if (!change.desiredStart().isAfter(vow.receivedOn())
          && !change.desiredStart().equals(originalStart)) {
        throw RouteRefusedException.unprocessable(
            field + ".desiredStart",
            "9357",
            "a desired start on or before the request date must be the allocation's start "
                + originalStart
                + " (iJw TR357)");
      }
      if (changesWholePeriod(row.terms(), change) && !change.desiredStart().equals(originalStart)) {
        throw RouteRefusedException.unprocessable(
            field + ".desiredStart",
            "9373",
            "a budget or total-volume change applies to the whole period: desired start must be "
                + originalStart
                + " (iJw TR373)");
      }
      volumeFitsProduct(vow, row, change, field);
    }
    for (ChangeSubmission.Addition addition : vow.added()) {
      if (!addition.desiredStart().isAfter(vow.receivedOn())) {
        throw RouteRefusedException.unprocessable(
            ROOT + ".new[" + addition.index() + "].desiredStart",
            null,
            "a new product starts after the request date (iJw TR380)");
      }
    }
    for (int number : current.keySet()) {
      if (!seen.contains(number)) {
        throw RouteRefusedException.unprocessable(
            ROOT + ".unchanged",
            "9349",
            "current allocation "
                + number
                + " is missing: a change request describes the complete desired situation (iJw"
                + " TR349)");
      }
    }
    noOverlap(vow, current);
  }

  /**
   * The terms {@code change} asks for, from the allocation's start: what it leaves out stays as it
   * is, or, when the request states its terms whole, is none (see {@link ChangeSubmission}).
   */
  static AllocationTerms desired(
      AllocationTerms current, ChangeSubmission.Change change, boolean whole) {
    LocalDate end = change.end();
    Volume volume = change.volume();
    Long budget = change.budgetCents();
    if (!whole) {
      if (end == null) end = current.period().end();
      if (volume == null) volume = current.volume();
      if (budget == null) budget = current.budgetCents();
    } else if (budget == null && volume != null && current.volume() != null) {
      budget = current.budgetCents();
    }
    return Requests.validTerms(
        DateRange.of(current.period().start(), end),
        volume,
        budget,
        ROOT + ".change[" + change.index() + "]");
  }

  /** TR411 and TR412: a volume exactly where the allocation has a product code. */
  private static void volumeFitsProduct(
      ChangeSubmission vow, AllocationStore.Row row, ChangeSubmission.Change change, String field) {
    if (vow.wholeTerms() && row.productCode() != null && change.volume() == null) {
      throw RouteRefusedException.unprocessable(
          field + ".volume",
          "9411",
          "allocation "
              + row.number()
              + " has product code "
              + row.productCode()
              + ", so the change states its volume (iJw TR411)");
    }
    LocalDate end =
        change.end() != null || vow.wholeTerms() ? change.end() : row.terms().period().end();
    if (change.volume() != null
        && row.productCode() == null
        && (end == null || end.isAfter(END_OF_2020))) {
      throw RouteRefusedException.unprocessable(
          field + ".volume",
          "9412",
          "allocation "
              + row.number()
              + " has no product code, so the change has no volume (iJw TR412)");
    }
  }

  /** TR361: the allocations as they would read after the change, no product twice at once. */
  private static void noOverlap(ChangeSubmission vow, Map<Integer, AllocationStore.Row> current) {
    record Line(String category, @Nullable String code, DateRange period) {}
    List<Line> lines = new ArrayList<>();
    for (int number : vow.unchanged()) {
      AllocationStore.Row row = Objects.requireNonNull(current.get(number));
      lines.add(new Line(row.category(), row.productCode(), row.terms().period()));
    }
    for (ChangeSubmission.Change change : vow.change()) {
      AllocationStore.Row row = Objects.requireNonNull(current.get(change.number()));
      DateRange period = desired(row.terms(), change, vow.wholeTerms()).period();
      lines.add(new Line(row.category(), row.productCode(), period));
    }
    for (ChangeSubmission.Addition addition : vow.added()) {
      LocalDate end = addition.end();
      if (end != null && end.isBefore(addition.desiredStart())) continue; // CS003, not ours
      lines.add(
          new Line(
              addition.category(),
              addition.productCode(),
              DateRange.of(addition.desiredStart(), end)));
    }
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        Line a = lines.get(i);
        Line b = lines.get(j);
        if (a.category().equals(b.category())
            && Objects.equals(a.code(), b.code())
            && overlap(a.period(), b.period())) {
          throw RouteRefusedException.unprocessable(
              ROOT,
              "9361",
              Intake.product(a.category(), a.code())
                  + " would be allocated twice for overlapping periods "
                  + a.period()
                  + " and "
                  + b.period()
                  + " (iJw TR361)");
        }
      }
    }
  }

  static boolean overlap(DateRange a, DateRange b) {
    LocalDate aEnd = a.end();
    LocalDate bEnd = b.end();
    return (aEnd == null || !aEnd.isBefore(b.start()))
        && (bEnd == null || !bEnd.isBefore(a.start()));
  }

  private static boolean changesWholePeriod(AllocationTerms terms, ChangeSubmission.Change change) {
    Long budget = change.budgetCents();
    if (budget != null && !budget.equals(terms.budgetCents())) return true;
    Volume volume = change.volume();
    Volume now = terms.volume();
    return volume != null
        && now != null
        && now.frequency() == Frequency.TOTAL
        && volume.frequency() == Frequency.TOTAL
        && volume.amount() != now.amount();
  }

  private static String notCurrent(
      int number, Map<Integer, AllocationStore.Row> current, String rule) {
    String why = "allocation " + number + " is not a current allocation (iJw " + rule + ")";
    return current.isEmpty()
        ? why
            + "; the client has no current allocation from this provider in this municipality:"
            + " ask for a new allocation instead (WJ759 1)"
        : why;
  }

  /** The same allocation twice would be the same product twice at once (TR361). */
  private static RouteRefusedException namedTwice(String field, int number) {
    return RouteRefusedException.unprocessable(
        field,
        "9361",
        "allocation "
            + number
            + " is named twice, so its product would be there twice (iJw TR361)");
  }
}
