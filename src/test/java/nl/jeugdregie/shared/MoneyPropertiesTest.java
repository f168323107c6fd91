package nl.jeugdregie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MoneyPropertiesTest {

  private static final long LIMIT = 1_000_000_000_000_000L;

  @Property
  void minus_undoes_plus(
      @ForAll @LongRange(min = -LIMIT, max = LIMIT) long a,
      @ForAll @LongRange(min = -LIMIT, max = LIMIT) long b) {
    assertThat(Money.cents(a).plus(Money.cents(b)).minus(Money.cents(b))).isEqualTo(Money.cents(a));
  }

  @Property
  void plus_undoes_minus(
      @ForAll @LongRange(min = -LIMIT, max = LIMIT) long a,
      @ForAll @LongRange(min = -LIMIT, max = LIMIT) long b) {
    assertThat(Money.cents(a).minus(Money.cents(b)).plus(Money.cents(b))).isEqualTo(Money.cents(a));
  }

  @Property
  void of_rounded_rounds_half_up_away_from_zero(
      @ForAll @LongRange(min = 0, max = LIMIT) long whole,
      @ForAll @IntRange(min = 0, max = 9999) int tenThousandths) {
    BigDecimal amount = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(tenThousandths, 4));
    long expected = tenThousandths >= 5000 ? whole + 1 : whole;

    assertThat(Money.ofRounded(amount)).isEqualTo(Money.cents(expected));
    assertThat(Money.ofRounded(amount.negate())).isEqualTo(Money.cents(-expected));
  }

  @Property
  void of_rounded_keeps_whole_cents(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long cents) {
    assertThat(Money.ofRounded(BigDecimal.valueOf(cents))).isEqualTo(Money.cents(cents));
  }

  @Example
  void of_rounded_examples_round_half_up() {
    assertThat(Money.ofRounded(new BigDecimal("12.5"))).isEqualTo(Money.cents(13));
    assertThat(Money.ofRounded(new BigDecimal("12.49"))).isEqualTo(Money.cents(12));
    assertThat(Money.ofRounded(new BigDecimal("-12.5"))).isEqualTo(Money.cents(-13));
    assertThat(Money.ofRounded(new BigDecimal("-12.49"))).isEqualTo(Money.cents(-12));
    assertThat(Money.ofRounded(new BigDecimal("0.5"))).isEqualTo(Money.cents(1));
    assertThat(Money.ofRounded(new BigDecimal("-0.5"))).isEqualTo(Money.cents(-1));
    assertThat(Money.ofRounded(new BigDecimal("12.4999999"))).isEqualTo(Money.cents(12));
  }
}
