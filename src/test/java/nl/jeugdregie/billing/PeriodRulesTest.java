package nl.jeugdregie.billing;

import static nl.jeugdregie.billing.Lines.context;
import static nl.jeugdregie.billing.Lines.hours;
import static nl.jeugdregie.billing.Lines.period;
import static nl.jeugdregie.billing.Lines.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodRulesTest {

  @ParameterizedTest(name = "{0}..{1}: {2}")
  @CsvSource({
    // allocation 2025-10-07..2025-12-30: partial first and last month
    "2025-10-07, 2025-10-31, ''",
    "2025-11-01, 2025-11-30, ''",
    "2025-12-01, 2025-12-30, ''",
    "2025-10-06, 2025-10-31, TR307 TR387",
    "2025-10-01, 2025-10-31, TR307 TR387",
    "2025-10-08, 2025-10-31, TR387",
    "2025-11-02, 2025-11-30, TR387",
    "2025-11-01, 2025-11-29, TR388",
    "2025-12-01, 2025-12-29, TR388",
    "2025-12-01, 2025-12-31, TR308 TR388",
    "2025-10-07, 2025-11-30, CS337",
  })
  void theProductPeriodIsTheAllocationsPartOfOneMonth(
      LocalDate start, LocalDate end, String rules) {
    assertThat(rules(hours("R1", DateRange.of(start, end), 1), context()))
        .containsExactlyElementsOf(expected(rules));
  }

  @ParameterizedTest(name = "declared for {0} on {1}, product period {2}..{3}: {4}")
  @CsvSource({
    "2025-11, 2025-12-05, 2025-11-01, 2025-11-30, ''",
    // an earlier month may be declared late
    "2025-12, 2026-01-05, 2025-10-07, 2025-10-31, ''",
    "2025-11, 2025-12-05, 2025-12-01, 2025-12-30, TR137 TR319",
    // the product period must have ended by the declaration date
    "2025-11, 2025-11-29, 2025-11-01, 2025-11-30, TR137",
    "2025-11, 2025-11-30, 2025-11-01, 2025-11-30, ''",
  })
  void theProductPeriodLiesInTheDeclarationPeriodOrBefore(
      YearMonth declared, LocalDate dated, LocalDate start, LocalDate end, String rules) {
    LineContext base = context();
    LineContext context =
        new LineContext(
            declared,
            dated,
            base.clientKey(),
            base.providerAgb(),
            base.allocation(),
            base.contractTariffCents(),
            base.booked(),
            false,
            null,
            false);
    assertThat(rules(hours("R1", DateRange.of(start, end), 1), context))
        .containsExactlyElementsOf(expected(rules));
  }

  @ParameterizedTest(name = "declared on {0} for 2020-11: {1}")
  @CsvSource({"2025-11-30, ''", "2025-12-01, TR335"})
  void notMoreThanFiveYearsBack(LocalDate dated, String rules) {
    AllocationFacts since2020 =
        new AllocationFacts(
            Lines.CLIENT,
            Lines.PROVIDER,
            Lines.CATEGORY,
            Lines.CODE,
            new AllocationTerms(
                DateRange.of(LocalDate.of(2020, 1, 1), null),
                new Volume(10, Unit.HOUR, Frequency.PER_MONTH),
                null),
            false,
            Unit.HOUR);
    LineContext context =
        new LineContext(
            YearMonth.from(dated),
            dated,
            Lines.CLIENT,
            Lines.PROVIDER,
            since2020,
            8725L,
            List.of(),
            false,
            null,
            false);
    assertThat(rules(hours("R1", period("2020-11-01", "2020-11-30"), 1), context))
        .containsExactlyElementsOf(expected(rules));
  }

  private static List<String> expected(String rules) {
    return rules.isEmpty() ? List.of() : Arrays.asList(rules.split(" "));
  }
}
