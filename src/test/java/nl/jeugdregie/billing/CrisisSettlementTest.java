package nl.jeugdregie.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crisis function's monthly settlement (IJsselland 001 §4.4.3, R-IJS-7), exact to the cent. */
class CrisisSettlementTest {

  private static CrisisSettlement settle(
      long availability, Map<String, Long> weights, Map<String, Long> callOuts) {
    return CrisisSettlement.compute(
        "ijsselland",
        YearMonth.of(2025, 3),
        "R-IJS-7",
        "001 §4.4.3",
        availability,
        95_000,
        weights,
        Map.of(),
        callOuts);
  }

  @Test
  void sharesAvailabilityByTheKeyAndAddsEveryCentLeftToTheLargestRemainders() {
    // 100 cents over three equal municipalities: 33 each, the cent left to the lowest code
    CrisisSettlement s = settle(100, Map.of("0193", 1L, "0150", 1L, "0148", 1L), Map.of());
    assertThat(s.municipalities())
        .extracting(CrisisSettlement.Share::availabilityCents)
        .containsExactly(34L, 33L, 33L);
    assertThat(s.totalCents()).isEqualTo(100);
  }

  @Test
  void paysCallOutsByUseInTheMunicipalityWhereTheyWere() {
    CrisisSettlement s = settle(1_000_000, Map.of("0193", 3L, "0175", 1L), Map.of("0175", 4L));
    assertThat(s.municipalities())
        .extracting(CrisisSettlement.Share::municipality, CrisisSettlement.Share::totalCents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("0175", 250_000L + 4 * 95_000L),
            org.assertj.core.groups.Tuple.tuple("0193", 750_000L));
    assertThat(s.totalCents()).isEqualTo(1_000_000L + 380_000L);
  }

  @Test
  void refusesCallOutsOutsideTheRegionAndAnOverflowingSum() {
    assertThatThrownBy(() -> settle(100, Map.of("0193", 1L), Map.of("0153", 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0153");
    assertThatThrownBy(
            () -> settle(Long.MAX_VALUE, Map.of("0193", 1L, "0150", 1L), Map.of("0193", 1L)))
        .isInstanceOf(ArithmeticException.class);
  }
}
