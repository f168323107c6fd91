package nl.jeugdregie.policy;

import java.util.List;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A product of the region's product book (voorzieningenboek): iJw product code and category
 * (JZ020), the unit it is allocated and paid in (WJ756), tariffs per year, and for
 * Amstelveen/Aalsmeer its signaalbudget.
 */
public record Product(
    String code,
    String name,
    String category,
    Unit unit,
    @Nullable String subSegment,
    Funding funding,
    @Nullable Long signalBudgetCents,
    List<Tariff> tariffs) {

  public Product {
    tariffs = List.copyOf(tariffs);
  }

  /**
   * How a product is paid: price x quantity within an allocation, or task-based (no allocation).
   */
  public enum Funding {
    PXQ,
    TASK_BASED
  }

  /** A tariff in eurocent per unit for one calendar year. */
  public record Tariff(int year, long cents, boolean assumption) {}
}
