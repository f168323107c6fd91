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
class ReferrerTypeTest {

  @Test
  void the_codes_are_those_of_cod327() {
    assertThat(ReferrerType.MUNICIPALITY.code()).isEqualTo("01");
    assertThat(ReferrerType.GP.code()).isEqualTo("02");
    assertThat(ReferrerType.YOUTH_DOCTOR.code()).isEqualTo("03");
    assertThat(ReferrerType.CERTIFIED_INSTITUTION.code()).isEqualTo("04");
    assertThat(ReferrerType.MEDICAL_SPECIALIST.code()).isEqualTo("05");
    assertThat(ReferrerType.NONE.code()).isEqualTo("06");
    assertThat(ReferrerType.JUDGE.code()).isEqualTo("08");
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "01, MUNICIPALITY",
    "1, MUNICIPALITY",
    "02, GP",
    "2, GP",
    "002, GP",
    "03, YOUTH_DOCTOR",
    "04, CERTIFIED_INSTITUTION",
    "05, MEDICAL_SPECIALIST",
    "06, NONE",
    "08, JUDGE",
    "8, JUDGE"
  })
  void parse_accepts_the_code_with_or_without_leading_zero(String text, ReferrerType expected) {
    assertThat(ReferrerType.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "GP, GP",
    "gp, GP",
    "Gp, GP",
    "judge, JUDGE",
    "certified_institution, CERTIFIED_INSTITUTION",
    "'  GP  ', GP",
    "' 02 ', GP"
  })
  void parse_accepts_the_name_case_insensitively_and_trims(String text, ReferrerType expected) {
    assertThat(ReferrerType.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(ReferrerType.class)
  void every_value_parses_back_from_its_code_and_its_name(ReferrerType type) {
    assertThat(ReferrerType.parse(type.code())).isEqualTo(type);
    assertThat(ReferrerType.parse(type.name())).isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"07", "7", "00", "0", "09", "10", "huisarts", "G P", "", "-1", "+2", "2a"})
  void parse_rejects_unknown_codes_and_names_naming_the_value(String text) {
    assertThatThrownBy(() -> ReferrerType.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("ReferrerType");
  }
}
