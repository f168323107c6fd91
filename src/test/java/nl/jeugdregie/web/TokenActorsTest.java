package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** An OIDC token's claims become an actor, or the token is refused naming the claim. */
class TokenActorsTest {

  private static Jwt token(Map<String, Object> claims) {
    return Jwt.withTokenValue("token")
        .header("alg", "RS256")
        .subject("sub-123")
        .issuedAt(Instant.parse("2026-01-01T00:00:00Z"))
        .claims(c -> c.putAll(claims))
        .build();
  }

  @Test
  void anAccessTeamTokenGivesItsMunicipalities() {
    Actor actor =
        TokenActors.actor(
            token(
                Map.of(
                    "preferred_username", "j.jansen",
                    "jeugdregie_role", "TOEGANG",
                    "municipalities", List.of("0153", "0164"))));
    assertThat(actor).isEqualTo(Actor.accessTeam("j.jansen", java.util.Set.of("0153", "0164")));
  }

  @Test
  void aProviderTokenGivesItsAgbCode() {
    Actor actor =
        TokenActors.actor(token(Map.of("jeugdregie_role", "AANBIEDER", "agb", "12345678")));
    assertThat(actor.role()).isEqualTo(Role.PROVIDER);
    assertThat(actor.agb()).isEqualTo("12345678");
  }

  @Test
  void usesTheSubjectWhenThereIsNoPreferredUserName() {
    Actor actor = TokenActors.actor(token(Map.of("jeugdregie_role", "BELEID")));
    assertThat(actor).isEqualTo(Actor.policy("sub-123"));
  }

  @Test
  void aContractManagerTokenGivesItsRegion() {
    Actor actor =
        TokenActors.actor(
            token(Map.of("jeugdregie_role", "contract", "region", "twente", "agb", "12345678")));
    assertThat(actor).isEqualTo(Actor.contractManager("sub-123", "twente"));
  }

  @Test
  void refusesATokenWithoutARole() {
    assertThatThrownBy(() -> TokenActors.actor(token(Map.of("agb", "12345678"))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("'jeugdregie_role'");
  }

  @Test
  void refusesATokenWithAnUnknownRole() {
    assertThatThrownBy(() -> TokenActors.actor(token(Map.of("jeugdregie_role", "BURGEMEESTER"))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("'jeugdregie_role'")
        .hasMessageContaining("BURGEMEESTER");
  }

  @Test
  void refusesAnAccessTeamTokenWithoutMunicipalities() {
    assertThatThrownBy(() -> TokenActors.actor(token(Map.of("jeugdregie_role", "TOEGANG"))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("'municipalities'");
  }

  @Test
  void refusesAMunicipalityThatIsNoCbsCode() {
    assertThatThrownBy(
            () ->
                TokenActors.actor(
                    token(Map.of("jeugdregie_role", "TOEGANG", "municipalities", List.of("153")))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("'municipalities'")
        .hasMessageContaining("'153'");
  }

  @Test
  void refusesAProviderTokenWithoutOrWithAMalformedAgbCode() {
    assertThatThrownBy(() -> TokenActors.actor(token(Map.of("jeugdregie_role", "AANBIEDER"))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("'agb'");
    assertThatThrownBy(
            () -> TokenActors.actor(token(Map.of("jeugdregie_role", "AANBIEDER", "agb", "1234"))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("'agb'");
  }

  @Test
  void refusesAContractManagerTokenWithoutARegion() {
    assertThatThrownBy(() -> TokenActors.actor(token(Map.of("jeugdregie_role", "CONTRACT"))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("'region'");
  }
}
