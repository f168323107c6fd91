package nl.jeugdregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnitTest {

  @Test
  void the_codes_are_those_of_wj756() {
    assertThat(Unit.MINUTE.code()).isEqualTo("01");
    assertThat(Unit.HOUR.code()).isEqualTo("04");
    assertThat(Unit.DAY.code()).isEqualTo("14");
    assertThat(Unit.DAYPART.code()).isEqualTo("16");
    assertThat(Unit.OUTPUT.code()).isEqualTo("82");
    assertThat(Unit.EUROS.code()).isEqualTo("83");
    assertThat(Unit.EFFORT.code()).isEqualTo("84");
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "01, MINUTE",
    "1, MINUTE",
    "001, MINUTE",
    "04, HOUR",
    "4, HOUR",
    "14, DAY",
    "16, DAYPART",
    "82, OUTPUT",
    "83, EUROS",
    "84, EFFORT",
    "minute, MINUTE",
    "Hour, HOUR",
    "daypart, DAYPART",
    "' euros ', EUROS"
  })
  void parse_accepts_codes_with_or_without_leading_zero_and_names_in_any_case(
      String text, Unit expected) {
    assertThat(Unit.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Unit.class)
  void every_value_parses_back_from_its_code_and_its_name(Unit unit) {
    assertThat(Unit.parse(unit.code())).isEqualTo(unit);
    assertThat(Unit.parse(unit.name())).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"02", "03", "41", "140", "0", "uur", "MINUTES", ""})
  void parse_rejects_unknown_codes_and_names_naming_the_value(String text) {
    assertThatThrownBy(() -> Unit.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("Unit");
  }

  @Test
  void units_of_time_know_their_length_in_minutes() {
    assertThat(Unit.MINUTE.minutes()).isEqualTo(1);
    assertThat(Unit.HOUR.minutes()).isEqualTo(60);
    assertThat(Unit.DAYPART.minutes()).isEqualTo(4 * 60);
    assertThat(Unit.DAY.minutes()).isEqualTo(24 * 60);
  }

  @ParameterizedTest
  @EnumSource(
      value = Unit.class,
      names = {"OUTPUT", "EUROS", "EFFORT"})
  void units_that_are_not_time_have_zero_minutes(Unit unit) {
    assertThat(unit.minutes()).isZero();
  }
}
