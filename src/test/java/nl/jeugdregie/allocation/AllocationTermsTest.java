package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.junit.jupiter.api.Test;

class AllocationTermsTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final DateRange OPEN = new DateRange(START, null);
  private static final DateRange YEAR = new DateRange(START, LocalDate.of(2026, 12, 31));

  @Test
  void holdsHoursWithinASignalBudgetAsTheRegionAllocatesThem() {
    Volume volume = new Volume(80, Unit.HOUR, Frequency.TOTAL);
    AllocationTerms terms = new AllocationTerms(YEAR, volume, 100_000L);
    assertThat(terms.volume()).isEqualTo(volume);
    assertThat(terms.budgetCents()).isEqualTo(100_000L);
  }

  @Test
  void refusesABudgetWithoutAnEndDate() {
    assertThatThrownBy(() -> new AllocationTerms(OPEN, null, 100_000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CD075");
  }

  @Test
  void refusesAVolumePerWeekWithoutAnEndDate() {
    Volume perWeek = new Volume(3, Unit.HOUR, Frequency.PER_WEEK);
    assertThatThrownBy(() -> new AllocationTerms(OPEN, perWeek, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CD076");
  }

  @Test
  void refusesANegativeBudget() {
    assertThatThrownBy(() -> new AllocationTerms(YEAR, null, -1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void acceptsOpenEndedVolumesPerMonthAndAllocationsWithNeither() {
    Volume perMonth = new Volume(13, Unit.HOUR, Frequency.PER_MONTH);
    assertThat(new AllocationTerms(OPEN, perMonth, null).volume()).isEqualTo(perMonth);
    assertThat(new AllocationTerms(OPEN, null, null).budgetCents()).isNull();
    assertThat(new AllocationTerms(YEAR, null, 0L).budgetCents()).isZero();
  }
}
