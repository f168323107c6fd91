package nl.jeugdregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MunicipalityCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"0153", "0363", "0307", "1960", "0000"})
  void four_digits_are_a_municipality_code(String value) {
    MunicipalityCode code = MunicipalityCode.of(value);
    assertThat(code.value()).isEqualTo(value);
    assertThat(code).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "153", "01530", "GM0153", "015a", " 0153", "0153 ", "01-5", "０１５３"})
  void anything_else_is_refused_naming_the_value(String value) {
    assertThatThrownBy(() -> MunicipalityCode.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + value + "'");
  }

  @Test
  void the_leading_zero_is_part_of_the_code() {
    assertThatThrownBy(() -> MunicipalityCode.of("153"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MunicipalityCode.of("0153")).isEqualTo(new MunicipalityCode("0153"));
  }
}
