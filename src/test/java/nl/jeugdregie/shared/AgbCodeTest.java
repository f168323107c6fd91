package nl.jeugdregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgbCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "00000000", "98765432", "01234567"})
  void eight_digits_are_an_agb_code(String value) {
    AgbCode code = AgbCode.of(value);
    assertThat(code.value()).isEqualTo(value);
    assertThat(code).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1234567",
        "123456789",
        "1234567a",
        "1234 5678",
        " 12345678",
        "12345678 ",
        "1234-567",
        "１２３４５６７８" // full-width digits
      })
  void anything_else_is_refused_naming_the_value(String value) {
    assertThatThrownBy(() -> AgbCode.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + value + "'");
  }

  @Test
  void leading_zeros_are_kept_and_matter() {
    assertThat(AgbCode.of("01234567")).isNotEqualTo(AgbCode.of("12345670"));
    assertThat(AgbCode.of("01234567")).isEqualTo(new AgbCode("01234567"));
  }
}
