package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StopReasonTest {

  @ParameterizedTest(name = "{0} is JZ588 {1}")
  @CsvSource({
    "DEATH, 02",
    "TEMPORARY, 20",
    "ENDED_AS_PLANNED, 31",
    "ENDED_EARLY_BY_CLIENT, 32",
    "ENDED_EARLY_BY_PROVIDER, 33",
    "ENDED_EARLY_BY_AGREEMENT, 34",
    "ENDED_EARLY_EXTERNAL, 35",
    "INITIATED_BY_MUNICIPALITY, 36",
    "DUE_TO_CHANGE_REQUEST, 37",
    "SWITCH_OF_PROVIDER, 38",
    "OUTFLOW_TO_OTHER_DOMAIN, 39"
  })
  void theCodesAreThoseOfJz588(StopReason reason, String code) {
    assertThat(reason.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @EnumSource(StopReason.class)
  void onlyCode20IsTemporary(StopReason reason) {
    assertThat(reason.isTemporary()).isEqualTo(reason.code().equals("20"));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "20, TEMPORARY",
    "TEMPORARY, TEMPORARY",
    "temporary, TEMPORARY",
    "' 20 ', TEMPORARY",
    "02, DEATH",
    "2, DEATH",
    "ended-as-planned, ENDED_AS_PLANNED",
    "ended as planned, ENDED_AS_PLANNED",
    "39, OUTFLOW_TO_OTHER_DOMAIN"
  })
  void parseAcceptsCodesAndNames(String text, StopReason expected) {
    assertThat(StopReason.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(StopReason.class)
  void everyValueParsesBackFromItsCodeAndItsName(StopReason reason) {
    assertThat(StopReason.parse(reason.code())).isEqualTo(reason);
    assertThat(StopReason.parse(reason.name())).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "21", "30", "40", "TEMP", "tijdelijk", ""})
  void parseRejectsWhatIsNotAJz588Value(String text) {
    assertThatThrownBy(() -> StopReason.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("StopReason");
  }
}
