package nl.jeugdregie.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffsTest {

  private static final Product AMBULANT =
      new Product(
          "45A48",
          "Ambulante jeugdhulp",
          "45",
          Unit.HOUR,
          null,
          Product.Funding.PXQ,
          null,
          List.of(new Product.Tariff(2025, 8725, false), new Product.Tariff(2026, 8990, true)));

  private static final PolicyPack PACK =
      new PolicyPack(
          "test",
          "Test region",
          LocalDate.of(2025, 1, 1),
          null,
          Map.of(),
          Map.of(),
          Map.of(AMBULANT.code(), AMBULANT),
          Map.of(),
          Map.of(),
          List.of(),
          List.of(),
          "test@2025-01-01.yaml");

  @ParameterizedTest(name = "{0}/{1} on {2}: {3}")
  @CsvSource({
    "45, 45A48, 2025-12-31, 8725",
    "45, 45A48, 2026-01-01, 8990",
    "45, 45A48, 2024-12-31, ",
    "46, 45A48, 2025-06-01, ",
    "45, 45A49, 2025-06-01, ",
    "45, , 2025-06-01, ",
  })
  void theTariffIsTheProductBooksOfTheYear(
      String category, @Nullable String code, LocalDate day, @Nullable Long cents) {
    assertThat(Tariffs.tariffCents(PACK, category, code, day)).isEqualTo(cents);
  }
}
