package nl.jeugdregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoneyTest {

  @Test
  void euros_are_stored_as_whole_cents() {
    assertThat(Money.euros(15).cents()).isEqualTo(1500);
    assertThat(Money.euros(-3)).isEqualTo(Money.cents(-300));
    assertThat(Money.ZERO).isEqualTo(Money.cents(0));
  }

  @Test
  void euros_that_do_not_fit_in_cents_are_refused() {
    assertThatThrownBy(() -> Money.euros(Long.MAX_VALUE / 10))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0} cents rounds to {1}")
  @CsvSource({
    "12.5, 13",
    "12.49, 12",
    "12.51, 13",
    "-12.5, -13",
    "-12.49, -12",
    "-12.51, -13",
    "0.5, 1",
    "-0.5, -1",
    "0.4999, 0",
    "7, 7"
  })
  void of_rounded_rounds_half_up(BigDecimal amount, long cents) {
    assertThat(Money.ofRounded(amount)).isEqualTo(Money.cents(cents));
  }

  @Test
  void of_rounded_refuses_an_amount_that_does_not_fit() {
    assertThatThrownBy(() -> Money.ofRounded(new BigDecimal("1e30")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void plus_minus_and_times_compute_in_cents() {
    Money amount = Money.cents(1234);
    assertThat(amount.plus(Money.cents(66))).isEqualTo(Money.cents(1300));
    assertThat(amount.minus(Money.cents(2000))).isEqualTo(Money.cents(-766));
    assertThat(amount.times(3)).isEqualTo(Money.cents(3702));
    assertThat(amount.times(0)).isEqualTo(Money.ZERO);
    assertThat(amount.times(-1)).isEqualTo(Money.cents(-1234));
  }

  @Test
  void arithmetic_that_overflows_fails_instead_of_wrapping() {
    Money max = Money.cents(Long.MAX_VALUE);
    Money min = Money.cents(Long.MIN_VALUE);
    assertThatThrownBy(() -> max.plus(Money.cents(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.minus(Money.cents(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void only_amounts_below_zero_are_negative() {
    assertThat(Money.cents(-1).isNegative()).isTrue();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.cents(1).isNegative()).isFalse();
  }

  @Test
  void min_picks_the_smaller_amount() {
    assertThat(Money.cents(5).min(Money.cents(7))).isEqualTo(Money.cents(5));
    assertThat(Money.cents(7).min(Money.cents(5))).isEqualTo(Money.cents(5));
    assertThat(Money.cents(-7).min(Money.cents(5))).isEqualTo(Money.cents(-7));
  }

  @Test
  void amounts_compare_by_cents() {
    assertThat(Money.cents(100)).isGreaterThan(Money.cents(99));
    assertThat(Money.cents(-100)).isLessThan(Money.ZERO);
    assertThat(Money.euros(1)).isEqualByComparingTo(Money.cents(100));
  }

  @ParameterizedTest(name = "{0} cents reads \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | € 0,00",
        "5 | € 0,05",
        "99 | € 0,99",
        "150000 | € 1.500,00",
        "123456789 | € 1.234.567,89",
        "-5 | -€ 0,05",
        "-1234 | -€ 12,34",
        "-150000 | -€ 1.500,00",
        "9223372036854775807 | € 92.233.720.368.547.758,07"
      })
  void to_string_uses_dutch_notation(long cents, String text) {
    assertThat(Money.cents(cents)).hasToString(text);
  }
}
