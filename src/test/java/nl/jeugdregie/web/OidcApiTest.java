package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With an OIDC issuer configured: demo accounts are off, bearer tokens sign in as actors, a token
 * without a usable role is refused naming the claim, and a refused action is a 403 problem. The
 * issuer is never contacted: the test supplies the key the tokens are checked with.
 */
@SpringBootTest(
    classes = {Jeugdregie.class, OidcApiTest.TestIssuer.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "jeugdregie.security.oidc-issuer=https://login.example.invalid/realms/jeugdregie")
class OidcApiTest {

  private static final KeyPair KEYS = rsaKeys();
  private static final KeyPair OTHER_KEYS = rsaKeys();

  /** Checks tokens with the test's own key instead of asking the issuer for its keys. */
  @TestConfiguration(proxyBeanMethods = false)
  static class TestIssuer {
    @Bean
    JwtDecoder jwtDecoder() {
      return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }

    @Bean
    Refusing refusing() {
      return new Refusing();
    }
  }

  /** Stands in for a service that finds the actor out of scope. */
  @RestController
  static class Refusing {
    @GetMapping("/api/v1/test-refused")
    String refuse() {
      throw new AccessDeniedException("an access team may only see its own municipalities");
    }
  }

  @Value("${local.server.port}")
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private static KeyPair rsaKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(KeyPair keys, Map<String, Object> claims) {
    JwtClaimsSet.Builder set =
        JwtClaimsSet.builder()
            .issuer("https://login.example.invalid/realms/jeugdregie")
            .subject("user-1")
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(300));
    claims.forEach(set::claim);
    return NimbusJwtEncoder.withKeyPair(
            (RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate())
        .build()
        .encode(
            JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
        .getTokenValue();
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", authorization)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(response.body()).contains("\"title\"").contains("\"detail\"");
  }

  @Test
  void signsInWithABearerTokenAsTheActorItsClaimsDescribe() throws Exception {
    String token =
        token(
            KEYS,
            Map.of(
                "preferred_username", "j.jansen",
                "jeugdregie_role", "TOEGANG",
                "municipalities", List.of("0153", "0164")));
    HttpResponse<String> response = get("/api/v1/me", "Bearer " + token);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"j.jansen\"", "\"role\":\"TOEGANG\"", "[\"0153\",\"0164\"]");
  }

  @Test
  void refusesATokenWithoutARoleNamingTheClaim() throws Exception {
    HttpResponse<String> response =
        get("/api/v1/me", "Bearer " + token(KEYS, Map.of("preferred_username", "x")));
    assertProblem(response, 401);
    assertThat(response.body()).contains("jeugdregie_role");
  }

  @Test
  void refusesATokenSignedWithAnotherKey() throws Exception {
    String forged = token(OTHER_KEYS, Map.of("jeugdregie_role", "ADMIN"));
    assertProblem(get("/api/v1/me", "Bearer " + forged), 401);
  }

  @Test
  void turnsTheDemoAccountsOffWhenAnIssuerIsConfigured() throws Exception {
    HttpResponse<String> response =
        get("/api/v1/me", SecurityApiTest.basic("admin", DemoAccounts.PASSWORD));
    assertProblem(response, 401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void answersARefusedActionWithAForbiddenProblem() throws Exception {
    String token = token(KEYS, Map.of("jeugdregie_role", "TOEGANG", "municipalities", "0153"));
    HttpResponse<String> response = get("/api/v1/test-refused", "Bearer " + token);
    assertProblem(response, 403);
    assertThat(response.body()).contains("may only see its own municipalities");
  }
}
