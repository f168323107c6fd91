package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jeugdregie.policy.InvalidRequestException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rejection for woonplaatsbeginsel (WJ759 8) names the municipality responsible by law, which the
 * JW319 must carry (iJw TR377); no other decision names one (TR409).
 */
class TeamDecisionTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static TeamDecision parse(String json) {
    return TeamDecision.parse(JSON.readTree(json));
  }

  @Test
  void aRejectionForPlaceOfResidenceNamesTheResponsibleMunicipality() {
    TeamDecision decision =
        parse(
            "{\"outcome\": \"REJECT\", \"reason\": \"8\", \"responsibleMunicipality\": \"0307\"}");

    assertThat(decision.reason()).isEqualTo(RejectionReason.PLACE_OF_RESIDENCE);
    assertThat(decision.responsibleMunicipality()).isEqualTo("0307");
  }

  @Test
  void withoutItARejectionForPlaceOfResidenceIsRefused() {
    assertThatThrownBy(() -> parse("{\"outcome\": \"REJECT\", \"reason\": \"8\"}"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("decision.responsibleMunicipality"))
        .hasMessageContaining("TR377");
  }

  @Test
  void noOtherDecisionNamesOne() {
    assertThatThrownBy(
            () ->
                parse(
                    "{\"outcome\": \"REJECT\", \"reason\": \"7\","
                        + " \"responsibleMunicipality\": \"0307\"}"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("TR409");
    assertThatThrownBy(
            () -> parse("{\"outcome\": \"APPROVE\", \"responsibleMunicipality\": \"0307\"}"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                parse(
                    "{\"outcome\": \"REJECT\", \"reason\": \"8\","
                        + " \"responsibleMunicipality\": \"307\"}"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("4-digit");
    assertThat(parse("{\"outcome\": \"REJECT\", \"reason\": \"7\"}").responsibleMunicipality())
        .isNull();
  }

  @Test
  void refusesANoteOverAThousandCharacters() {
    String note = "x".repeat(TeamDecision.MAX_NOTE + 1);
    assertThatThrownBy(() -> parse("{\"outcome\": \"APPROVE\", \"note\": \"" + note + "\"}"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("decision.note"));
    assertThat(parse("{\"outcome\": \"APPROVE\", \"note\": \"" + note.substring(1) + "\"}").note())
        .hasSize(TeamDecision.MAX_NOTE);
  }
}
