package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeReasonTest {

  @Test
  void theCodesAreJz002From02To14InOrder() {
    assertThat(Arrays.stream(ChangeReason.values()).map(ChangeReason::code))
        .containsExactly(
            "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14");
  }

  @ParameterizedTest(name = "{0} is JZ002 {1}")
  @CsvSource({
    "CLIENT_DIED, 02",
    "EXTENSION, 04",
    "SHORTENING, 05",
    "RELOCATION, 07",
    "INITIATED_BY_PROVIDER, 12",
    "DELETED, 13",
    "ADMINISTRATIVE_CORRECTION, 14"
  })
  void theNamesMatchTheirMeaning(ChangeReason reason, String code) {
    assertThat(reason.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @EnumSource(ChangeReason.class)
  void everyValueParsesBackFromItsCodeAndItsName(ChangeReason reason) {
    assertThat(ChangeReason.parse(reason.code())).isEqualTo(reason);
    assertThat(ChangeReason.parse(reason.name())).isEqualTo(reason);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"4, EXTENSION", "extension, EXTENSION", "switch-of-provider, SWITCH_OF_PROVIDER"})
  void parseAcceptsShortCodesAndNamesInAnyCase(String text, ChangeReason expected) {
    assertThat(ChangeReason.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "1", " 01 "})
  void refusesCode01ForbiddenSinceIjw31(String text) {
    assertThatThrownBy(() -> ChangeReason.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CS336")
        .hasMessageContaining("14");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "15", "20", "VERLENGING", ""})
  void parseRejectsWhatIsNotAJz002Value(String text) {
    assertThatThrownBy(() -> ChangeReason.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ChangeReason");
  }
}
