package nl.jeugdregie.billing;

import static nl.jeugdregie.billing.Lines.ALLOCATION;
import static nl.jeugdregie.billing.Lines.HOUR_TARIFF;
import static nl.jeugdregie.billing.Lines.codes;
import static nl.jeugdregie.billing.Lines.context;
import static nl.jeugdregie.billing.Lines.hours;
import static nl.jeugdregie.billing.Lines.month;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationRulesTest {

  private static AllocationFacts allocation(
      String client, String provider, String category, @Nullable String code, boolean deleted) {
    return new AllocationFacts(
        client, provider, category, code, ALLOCATION.terms(), deleted, Unit.HOUR);
  }

  @ParameterizedTest(name = "allocation of {0}/{1}, {2}/{3}, deleted {4}: {5}")
  @CsvSource({
    "C1, 12345678, 45, 45A48, false, ''",
    "C2, 12345678, 45, 45A48, false, 8187",
    "C1, 87654321, 45, 45A48, false, 8187",
    "C2, 87654321, 45, 45A48, false, 8187 8187",
    "C1, 12345678, 45, 45A48, true, 9384",
    "C1, 12345678, 46, 45A48, false, 9339",
    "C1, 12345678, 45, 45A49, false, 9340",
    // aspecific: any code of the category
    "C1, 12345678, 45, , false, ''",
  })
  void theLineBelongsToItsAllocation(
      String client,
      String provider,
      String category,
      @Nullable String code,
      boolean deleted,
      String expected) {
    assertThat(
            codes(
                hours("R1", month(11), 1),
                context(allocation(client, provider, category, code, deleted), HOUR_TARIFF)))
        .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
  }

  @ParameterizedTest(name = "{0} on an allocation in {1} (contract {2}): {3}")
  @CsvSource({
    "HOUR, HOUR, HOUR, true",
    "MINUTE, HOUR, HOUR, true",
    "HOUR, MINUTE, MINUTE, false",
    "DAYPART, HOUR, HOUR, false",
    // without a volume the contract's unit counts
    "DAY, , DAY, true",
    "HOUR, , DAY, false",
  })
  void theUnitMustFitTheAllocation(
      Unit declared, @Nullable Unit allocated, Unit contract, boolean fits) {
    AllocationTerms terms =
        new AllocationTerms(
            Lines.ALLOCATED,
            allocated == null ? null : new Volume(1000, allocated, Frequency.TOTAL),
            null);
    AllocationFacts facts =
        new AllocationFacts(
            Lines.CLIENT, Lines.PROVIDER, Lines.CATEGORY, Lines.CODE, terms, false, contract);
    DeclaredLine line = Lines.line(month(11), 1, declared, 100L, 100);
    List<String> codes = codes(line, context(facts, 100L));
    if (fits) {
      assertThat(codes).doesNotContain("9341");
    } else {
      assertThat(codes).contains("9341");
    }
  }

  @Test
  void anUnknownAllocationStillGetsTheChecksThatDoNotNeedIt() {
    DeclaredLine line = hours("R1", Lines.period("2025-10-07", "2025-11-30"), 500);
    LineContext unknown =
        new LineContext(
            java.time.YearMonth.of(2025, 12),
            java.time.LocalDate.of(2026, 1, 5),
            Lines.CLIENT,
            Lines.PROVIDER,
            null,
            null,
            List.of(),
            true,
            null,
            false);
    assertThat(LineCheck.check(line, unknown))
        .extracting(ReturnCode::rule)
        .containsExactly("TR338", "CS337", "TR314");
  }
}
