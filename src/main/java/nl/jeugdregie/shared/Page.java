package nl.jeugdregie.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items, which page of what size it is, and how many items match in all, so
 * a screen can show "51-100 of 614" and a client can page to the end.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  /** The page of {@code items} asked for by {@code request}, with {@code total} matches in all. */
  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.pageNumber(), request.pageSize(), total);
  }

  /** The page {@code request} asks for of a list already read whole, in its order. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.pageSize());
    return of(all.subList(from, to), request, all.size());
  }

  /** How many pages there are at this size (at least 1, so an empty list has one empty page). */
  public long pages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
