package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import nl.jeugdregie.policy.Metric;
import org.jspecify.annotations.Nullable;

/**
 * One metric over the cells control reports: the whole region, each provider, each sub-segment (or
 * category where the region has none) and each provider in each sub-segment. Each cell's figure is
 * computed over the facts of that cell only.
 */
final class Breakdown {

  private Breakdown() {}

  /** A cell's figure before it is labelled: a value, or why there is none. */
  record Figure(
      @Nullable BigDecimal value,
      long numerator,
      long denominator,
      long clients,
      @Nullable String missing) {

    /** numerator / denominator; {@code whenEmpty} says why when the denominator is 0. */
    static Figure share(long numerator, long denominator, long clients, String whenEmpty) {
      if (denominator == 0) return new Figure(null, numerator, 0, clients, whenEmpty);
      return new Figure(
          ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)),
          numerator,
          denominator,
          clients,
          null);
    }

    static Figure missing(long numerator, long denominator, long clients, String why) {
      return new Figure(null, numerator, denominator, clients, why);
    }
  }

  /** a / b to four decimals. */
  static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    return a.divide(b, 4, RoundingMode.HALF_UP);
  }

  /** a / b - 1 to four decimals: the relative change from b to a. */
  static BigDecimal change(BigDecimal a, BigDecimal b) {
    return a.divide(b, 10, RoundingMode.HALF_UP)
        .subtract(BigDecimal.ONE)
        .setScale(4, RoundingMode.HALF_UP);
  }

  static long clients(Collection<? extends FactStore.Item> items) {
    return items.stream().map(FactStore.Item::clientId).distinct().count();
  }

  /**
   * The metric in every cell of {@code items} (all years; {@code figure} picks the year itself).
   *
   * @param bySubSegment false for a metric that compares sub-segments with each other (the share in
   *     duurzaam), where a cell of one sub-segment means nothing
   */
  static <T extends FactStore.Item> List<Measurement> of(
      Metric metric,
      String region,
      int year,
      List<T> items,
      boolean bySubSegment,
      Function<List<T>, Figure> figure) {
    List<Measurement> out = new ArrayList<>();
    TreeSet<String> providers = new TreeSet<>();
    TreeSet<String> forms = new TreeSet<>();
    for (T item : items) {
      providers.add(item.providerAgb());
      forms.add(item.form());
    }
    out.add(cell(metric, region, year, null, null, items, figure));
    if (bySubSegment) {
      for (String form : forms) out.add(cell(metric, region, year, null, form, items, figure));
    }
    for (String provider : providers) {
      out.add(cell(metric, region, year, provider, null, items, figure));
      if (bySubSegment) {
        for (String form : forms) {
          List<T> mine =
              items.stream()
                  .filter(i -> i.providerAgb().equals(provider) && i.form().equals(form))
                  .toList();
          if (!mine.isEmpty()) out.add(cell(metric, region, year, provider, form, items, figure));
        }
      }
    }
    return out;
  }

  private static <T extends FactStore.Item> Measurement cell(
      Metric metric,
      String region,
      int year,
      @Nullable String provider,
      @Nullable String form,
      List<T> items,
      Function<List<T>, Figure> figure) {
    List<T> mine =
        items.stream()
            .filter(i -> provider == null || Objects.equals(i.providerAgb(), provider))
            .filter(i -> form == null || Objects.equals(i.form(), form))
            .toList();
    Figure f = figure.apply(mine);
    return new Measurement(
        metric,
        region,
        provider,
        form,
        year,
        f.value(),
        f.numerator(),
        f.denominator(),
        f.clients(),
        f.missing());
  }
}
