package nl.jeugdregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990", "012345672"})
  void a_number_passing_the_11_proef_is_a_valid_bsn(String number) {
    assertThat(Bsn.isValid(number)).isTrue();
    assertThat(Bsn.of(number).value()).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "111222334", // last digit off by one
        "123456781",
        "123456783",
        "213456782", // two digits swapped
        "000000000", // sum 0 is a multiple of 11 but not allowed
        "999999999"
      })
  void a_number_failing_the_11_proef_is_refused(String number) {
    assertThat(Bsn.isValid(number)).isFalse();
    assertThatThrownBy(() -> Bsn.of(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11-proef");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12345678", // 8 digits
        "1234567820", // 10 digits
        "0111222333", // a valid BSN with a leading zero added
        "11122233" // a valid BSN with a digit dropped
      })
  void a_number_of_the_wrong_length_is_refused(String number) {
    assertThat(Bsn.isValid(number)).isFalse();
    assertThatThrownBy(() -> new Bsn(number)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12345678a", "1234-5678", "12345678 ", " 12345678", "1234.5678", "abcdefghi"})
  void a_number_with_non_digits_is_refused(String number) {
    assertThat(Bsn.isValid(number)).isFalse();
    assertThatThrownBy(() -> Bsn.of(number)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_error_message_does_not_repeat_the_number() {
    assertThatThrownBy(() -> Bsn.of("111222334"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("111222334")
        .doesNotContain("22233");
  }

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990", "012345672"})
  void to_string_never_shows_the_full_number(String number) {
    Bsn bsn = Bsn.of(number);
    assertThat(bsn.toString()).doesNotContain(number).doesNotContain(number.substring(0, 7));
    assertThat(String.valueOf(bsn)).doesNotContain(number);
    assertThat(bsn.toString()).hasSize(9).startsWith("*******");
  }

  @Test
  void equal_numbers_are_equal_bsns() {
    assertThat(Bsn.of("123456782")).isEqualTo(new Bsn("123456782"));
    assertThat(Bsn.of("123456782")).isNotEqualTo(Bsn.of("111222333"));
  }
}
