package nl.jeugdregie.demo;

import java.util.List;
import java.util.Locale;
import nl.jeugdregie.policy.PolicyCatalog;
import org.jspecify.annotations.Nullable;

/**
 * How much demo data: one region's month ({@code twente}, ...) at its own size, or {@code
 * national}: every region of the catalog, scaled up {@link #NATIONAL_FACTOR} times.
 *
 * @param region the pack id, or null for national
 */
public record Scale(@Nullable String region) {

  /** How many times a region's month the national scale generates per region. */
  public static final int NATIONAL_FACTOR = 200;

  public static Scale region(String id) {
    return new Scale(id);
  }

  public static Scale national() {
    return new Scale(null);
  }

  /**
   * Reads {@code national} or a pack id known to {@code catalog}.
   *
   * @throws IllegalArgumentException naming the known values
   */
  public static Scale parse(String text, PolicyCatalog catalog) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("national")) return national();
    if (catalog.ids().contains(value)) return region(value);
    throw new IllegalArgumentException(
        "unknown scale '" + text + "' (known: " + String.join(", ", catalog.ids()) + ", national)");
  }

  public boolean isNational() {
    return region == null;
  }

  /** The pack ids this scale covers, in the catalog's (sorted) order. */
  public List<String> regions(PolicyCatalog catalog) {
    return region == null ? catalog.ids() : List.of(region);
  }

  /** How many times a region's month is generated. */
  public int factor() {
    return region == null ? NATIONAL_FACTOR : 1;
  }

  @Override
  public String toString() {
    return region == null ? "national" : region;
  }
}
