package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in on the pages at an OIDC issuer (docs/security.md): a real authorization code flow between
 * chromium, the application and a small issuer in this test (discovery, authorize, token, keys; it
 * signs ID tokens with its own RSA key and approves at once as the user the test chose). The claims
 * make the actor as a bearer token's do; without a role the sign-in is refused in Dutch. The demo
 * accounts are off, so the form offers only the organisation's sign-in.
 */
class OidcSignInBrowserTest extends BrowserTest {

  static final Issuer ISSUER = Issuer.start();

  @DynamicPropertySource
  static void issuer(DynamicPropertyRegistry properties) {
    properties.add("jeugdregie.security.oidc-issuer", ISSUER::address);
    properties.add("jeugdregie.security.oidc-client-id", () -> Issuer.CLIENT);
    properties.add("jeugdregie.security.oidc-client-secret", () -> Issuer.SECRET);
    properties.add("jeugdregie.security.demo-accounts", () -> "false");
  }

  @AfterAll
  static void stopIssuer() {
    ISSUER.server.stop(0);
  }

  @Test
  void anAccessTeamMemberSignsInAtTheIssuerAndWorksWithinTheMunicipalitiesOfItsClaims()
      throws Exception {
    ISSUER.nextUser =
        Map.of(
            "preferred_username", "j.jansen@enschede.example",
            "jeugdregie_role", "TOEGANG",
            "municipalities", java.util.List.of("0153"));
    browser.manage().deleteAllCookies();
    open("/");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    // demo accounts off: no password form, only the organisation's sign-in
    assertThat(browser.findElements(By.id("password"))).isEmpty();
    screenshot("aanmelden-organisatie");

    submitAndWait(browser.findElement(By.linkText("Aanmelden met uw organisatie-account")));
    waitForAddress(address -> address.endsWith("/app/werkvoorraad"));
    assertThat(heading()).isEqualTo("Werkvoorraad");
    assertThat(browser.findElement(By.cssSelector(".signout .who")).getText())
        .isEqualTo("j.jansen@enschede.example");
    // the caseload of Enschede (0153) only, as the claim says
    assertThat(column("#werkvoorraad", 1)).allMatch("0153"::equals);
    assertThat(ISSUER.codesRedeemed).isEqualTo(1);

    signOut();
    assertThat(browser.getCurrentUrl()).contains("/login");
  }

  @Test
  void aUserWithoutARoleIsRefusedWithADutchExplanation() {
    ISSUER.nextUser = Map.of("preferred_username", "zonder.rol@example");
    browser.manage().deleteAllCookies();
    open("/login");
    submitAndWait(browser.findElement(By.linkText("Aanmelden met uw organisatie-account")));
    waitForAddress(address -> address.contains("/login?geweigerd"));
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
        .startsWith("Uw organisatie-account geeft (nog) geen toegang");
    open("/app/werkvoorraad");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
  }

  /** A minimal OpenID Connect issuer on a local port: discovery, authorize, token and keys. */
  static final class Issuer {
    static final String CLIENT = "jeugdregie-web";
    static final String SECRET = "geheim";

    final HttpServer server;
    final RSAKey key;
    final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();
    volatile Map<String, Object> nextUser = Map.of();
    volatile int codesRedeemed;

    private Issuer(HttpServer server, RSAKey key) {
      this.server = server;
      this.key = key;
    }

    static Issuer start() {
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Issuer issuer =
            new Issuer(
                server, new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate());
        server.createContext("/.well-known/openid-configuration", issuer::discovery);
        server.createContext("/authorize", issuer::authorize);
        server.createContext("/token", issuer::token);
        server.createContext("/keys", issuer::keys);
        server.start();
        return issuer;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    String address() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void discovery(HttpExchange exchange) throws IOException {
      json(
          exchange,
          200,
          """
          {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize",
           "token_endpoint": "%1$s/token", "jwks_uri": "%1$s/keys",
           "response_types_supported": ["code"], "subject_types_supported": ["public"],
           "id_token_signing_alg_values_supported": ["RS256"],
           "token_endpoint_auth_methods_supported": ["client_secret_basic"]}
          """
              .formatted(address()));
    }

    /** Approves at once as {@link #nextUser}: back to the application with a one-time code. */
    private void authorize(HttpExchange exchange) throws IOException {
      Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
      if (!CLIENT.equals(query.get("client_id"))) {
        json(exchange, 400, "{\"error\": \"unauthorized_client\"}");
        return;
      }
      String code = UUID.randomUUID().toString();
      Map<String, Object> grant = new LinkedHashMap<>(nextUser);
      grant.put("nonce", query.getOrDefault("nonce", ""));
      codes.put(code, grant);
      String back =
          query.get("redirect_uri")
              + "?code="
              + code
              + "&state="
              + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Location", back);
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    }

    /** Redeems a code once, for this client with its secret, as a signed ID token. */
    private void token(HttpExchange exchange) throws IOException {
      String basic =
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
      if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        json(exchange, 401, "{\"error\": \"invalid_client\"}");
        return;
      }
      Map<String, String> body =
          form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Map<String, Object> grant = codes.remove(body.getOrDefault("code", ""));
      if (grant == null) {
        json(exchange, 400, "{\"error\": \"invalid_grant\"}");
        return;
      }
      codesRedeemed++;
      try {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims =
            new JWTClaimsSet.Builder()
                .issuer(address())
                .subject(UUID.randomUUID().toString())
                .audience(CLIENT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
        grant.forEach(claims::claim);
        SignedJWT token =
            new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        token.sign(new RSASSASigner(key));
        json(
            exchange,
            200,
            """
            {"access_token": "%s", "token_type": "Bearer", "expires_in": 300,
             "scope": "openid profile", "id_token": "%s"}
            """
                .formatted(UUID.randomUUID(), token.serialize()));
      } catch (Exception e) {
        json(exchange, 500, "{\"error\": \"server_error\"}");
      }
    }

    private void keys(HttpExchange exchange) throws IOException {
      json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    private static Map<String, String> form(String raw) {
      Map<String, String> values = new LinkedHashMap<>();
      if (raw == null || raw.isEmpty()) return values;
      for (String pair : raw.split("&")) {
        int at = pair.indexOf('=');
        if (at < 0) continue;
        values.put(
            URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
      }
      return values;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }
  }
}
