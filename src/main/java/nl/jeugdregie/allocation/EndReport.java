package nl.jeugdregie.allocation;

import org.jspecify.annotations.Nullable;

/**
 * The provider's end-of-care report with a definitive stop (issue 13, ADR 0012): whether the plan's
 * goals were reached, and whether within the term set for them. R-NLI-1 (003 Bijlage a, "behaalt
 * zijn doelen ... binnen de daarvoor gesteld termijn") and R-IJS-11 (001 bijlage 2 §4.3, "niet de
 * gewenste resultaten halen") measure it; iJw's JW307 does not carry it, so a stop through the iJw
 * route has none ("not reported", never a guess). Only on a definitive stop: a temporary one (JZ588
 * 20) ends no care to report on.
 *
 * @param goals whether the goals were reached: yes, partly or no
 * @param inTime whether within the term set for them; null when not said
 */
public record EndReport(Goals goals, @Nullable Boolean inTime) {

  /** Whether the plan's goals were reached (stored as YES, PARTLY, NO). */
  public enum Goals {
    YES,
    PARTLY,
    NO;

    /** {@code YES}, {@code PARTLY} or {@code NO} (case-insensitive). */
    public static Goals parse(String value) {
      for (Goals g : values()) {
        if (g.name().equalsIgnoreCase(value.trim())) return g;
      }
      throw new IllegalArgumentException("must be YES, PARTLY or NO, not '" + value + "'");
    }
  }

  public EndReport {
    java.util.Objects.requireNonNull(goals, "goals");
  }
}
