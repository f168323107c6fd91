package nl.jeugdregie.billing;

import java.time.LocalDate;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import org.jspecify.annotations.Nullable;

/** The contract tariff a line is held to (TR418): the product book's tariff of the year. */
public final class Tariffs {

  private Tariffs() {}

  /**
   * The product book tariff in eurocents per the product's unit for the year of {@code day}; null
   * when there is none: no code, a code not in the book or of another category, or no tariff that
   * year.
   */
  public static @Nullable Long tariffCents(
      PolicyPack pack, String category, @Nullable String productCode, LocalDate day) {
    if (productCode == null) return null;
    Product product = pack.products().get(productCode);
    if (product == null || !product.category().equals(category)) return null;
    for (Product.Tariff tariff : product.tariffs()) {
      if (tariff.year() == day.getYear()) return tariff.cents();
    }
    return null;
  }
}
