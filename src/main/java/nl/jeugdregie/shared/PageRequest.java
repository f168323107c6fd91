package nl.jeugdregie.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a list, how big, in which order: the query parameters {@code page} (from 0), {@code
 * size} (default 50, at most 10,000 so a whole list can be exported in one go) and {@code sort}
 * ({@code receivedOn} or {@code receivedOn,desc}). Each list names the sort keys it offers and maps
 * them to columns itself, so a key never reaches SQL unchecked.
 */
public record PageRequest(
    @Nullable @Min(0) Integer page,
    @Nullable @Min(1) @Max(MAX_SIZE) Integer size,
    @Nullable
        @Pattern(
            regexp = "[A-Za-z]+(,(asc|desc|ASC|DESC))?",
            message = "must be key or key,asc or key,desc")
        String sort) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 10_000;

  /** The first page at the default size, in the list's default order. */
  public static PageRequest first() {
    return new PageRequest(null, null, null);
  }

  public static PageRequest of(int page, int size, @Nullable String sort) {
    return new PageRequest(page, size, sort);
  }

  public int pageNumber() {
    return page == null ? 0 : page;
  }

  public int pageSize() {
    return size == null ? DEFAULT_SIZE : size;
  }

  public long offset() {
    return (long) pageNumber() * pageSize();
  }

  /**
   * The ORDER BY clause for this request: the asked-for key's column, or the list's default order,
   * always followed by {@code tiebreak} so pages never overlap or skip a row.
   *
   * @param columns the sort keys this list offers, each mapped to its SQL column
   * @param defaultOrder the order when none is asked, e.g. {@code "received_on DESC"}
   * @param tiebreak a unique column, e.g. {@code "id"}
   * @throws ListRefusedException naming {@code sort} when the key is not one of {@code columns}
   */
  public String orderBy(Map<String, String> columns, String defaultOrder, String tiebreak) {
    if (sort == null || sort.isBlank()) return defaultOrder + ", " + tiebreak;
    String[] parts = sort.split(",", 2);
    String column = columns.get(parts[0]);
    if (column == null) {
      throw new ListRefusedException(
          "sort",
          "cannot sort by '"
              + parts[0]
              + "'; this list sorts by "
              + String.join(", ", new java.util.TreeSet<>(columns.keySet())));
    }
    boolean descending = parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).equals("desc");
    return column + (descending ? " DESC" : " ASC") + ", " + tiebreak;
  }
}
