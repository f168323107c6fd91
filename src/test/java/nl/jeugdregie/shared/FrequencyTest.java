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
class FrequencyTest {

  @Test
  void the_codes_are_those_of_wmo757() {
    assertThat(Frequency.PER_DAY.code()).isEqualTo("1");
    assertThat(Frequency.PER_WEEK.code()).isEqualTo("2");
    assertThat(Frequency.PER_MONTH.code()).isEqualTo("4");
    assertThat(Frequency.TOTAL.code()).isEqualTo("6");
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "1, PER_DAY",
    "01, PER_DAY",
    "2, PER_WEEK",
    "02, PER_WEEK",
    "4, PER_MONTH",
    "04, PER_MONTH",
    "6, TOTAL",
    "06, TOTAL",
    "per_week, PER_WEEK",
    "Per_Month, PER_MONTH",
    "total, TOTAL",
    "' PER_DAY ', PER_DAY"
  })
  void parse_accepts_codes_with_or_without_leading_zero_and_names_in_any_case(
      String text, Frequency expected) {
    assertThat(Frequency.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Frequency.class)
  void every_value_parses_back_from_its_code_and_its_name(Frequency frequency) {
    assertThat(Frequency.parse(frequency.code())).isEqualTo(frequency);
    assertThat(Frequency.parse(frequency.name())).isEqualTo(frequency);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "03", "5", "0", "7", "weekly", "PER WEEK", ""})
  void parse_rejects_unknown_codes_and_names_naming_the_value(String text) {
    assertThatThrownBy(() -> Frequency.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("Frequency");
  }
}
