package nl.jeugdregie.signals;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Twente R-TWE-5 (seed 002 p.3: "Iedere zes maanden vindt er door de aanbieder standaard een
 * evaluatie van de ingezette jeugdhulp plaats"): evaluations fall on the care start plus every
 * multiple of the pack's {@code every} (start + 6, 12, 18 months, ...). The signal is raised {@link
 * #NOTICE_DAYS} days before the next one and is due on it; the day after, that evaluation's signal
 * closes. Only once care has started (the first start of delivery), and none after the allocation's
 * end. For the provider: the seed puts the evaluation on the provider.
 *
 * <p>Care planned for longer than the pack's {@code longCareOver} (a year) also gets an evaluation
 * with the municipality {@code municipalityAfter} the care start (about 6 months; 002 p.3 "Bij
 * jeugdhulp die langer dan een jaar duurt vindt er na ongeveer 6 maanden een evaluatie plaats met
 * de gemeente"): that signal is for the access team, who hold that conversation.
 *
 * <p>The 14 days' notice is our choice (the seed sets none).
 */
final class EvaluationDue {

  /** How long before an evaluation the signal is raised: our choice, not the seed's. */
  static final int NOTICE_DAYS = 14;

  private EvaluationDue() {}

  /**
   * The evaluation with the municipality for care planned over {@code longCareOver}: due {@code
   * after} the care start, raised {@link #NOTICE_DAYS} days before, closed the day after.
   */
  static Optional<Finding> withMunicipality(
      String rule,
      @Nullable Period longCareOver,
      @Nullable Period after,
      String subject,
      LocalDate start,
      @Nullable LocalDate careStart,
      @Nullable LocalDate end,
      LocalDate today) {
    if (longCareOver == null || after == null || careStart == null) return Optional.empty();
    boolean longCare = end == null || start.plus(longCareOver).isBefore(end);
    if (!longCare) return Optional.empty();
    LocalDate due = careStart.plus(after);
    if (today.isAfter(due) || due.isAfter(today.plusDays(NOTICE_DAYS))) return Optional.empty();
    if (end != null && due.isAfter(end)) return Optional.empty();
    return Optional.of(
        new Finding(
            SignalKind.MUNICIPAL_EVALUATION_DUE,
            rule,
            Role.ACCESS_TEAM,
            due,
            subject
                + ": care planned over "
                + longCareOver
                + " started on "
                + careStart
                + "; the evaluation with the municipality is due on "
                + due
                + " ("
                + rule
                + ")"));
  }

  static Optional<Finding> check(
      String rule,
      Period every,
      String subject,
      @Nullable LocalDate careStart,
      @Nullable LocalDate end,
      LocalDate today) {
    if (careStart == null || every.isZero() || every.isNegative()) return Optional.empty();
    int n = 1;
    LocalDate due = careStart.plus(every);
    while (due.isBefore(today)) {
      n++;
      due = careStart.plus(every.multipliedBy(n));
    }
    if (due.isAfter(today.plusDays(NOTICE_DAYS))) return Optional.empty();
    if (end != null && due.isAfter(end)) return Optional.empty();
    return Optional.of(
        new Finding(
            SignalKind.EVALUATION_DUE,
            rule,
            Role.PROVIDER,
            due,
            subject
                + ": evaluation "
                + n
                + " of the care started on "
                + careStart
                + " is due on "
                + due
                + " ("
                + rule
                + ")"));
  }
}
