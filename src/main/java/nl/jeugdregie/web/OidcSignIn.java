package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in on the pages at the OIDC issuer (docs/security.md): the authorization code flow against
 * {@code jeugdregie.security.oidc-issuer} with the configured client, the user's claims read as a
 * bearer token's are ({@link TokenActors}: role, municipalities, AGB, region), and the session then
 * holds the same {@link ActorAuthentication} a demo sign-in gives, so every page and service sees
 * one kind of actor. A user without a usable role is refused at sign-in, naming the claim.
 */
final class OidcSignIn {

  /** The registration's id, in the addresses {@code /oauth2/authorization/oidc} and back. */
  static final String REGISTRATION = "oidc";

  private OidcSignIn() {}

  /**
   * The client registration, read from the issuer's discovery document on the first sign-in, not at
   * start: the application starts (and the API answers) while the issuer is down.
   */
  static final class Registrations implements ClientRegistrationRepository {
    private final String issuer;
    private final String clientId;
    private final @Nullable String clientSecret;
    private volatile @Nullable ClientRegistration registration;

    Registrations(String issuer, String clientId, @Nullable String clientSecret) {
      this.issuer = issuer;
      this.clientId = clientId;
      this.clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
      if (!REGISTRATION.equals(registrationId)) return null;
      ClientRegistration known = registration;
      if (known != null) return known;
      synchronized (this) {
        if (registration == null) registration = discover();
        return registration;
      }
    }

    /**
     * The issuer's discovery document (OpenID Connect Discovery 1.0): its endpoints, after checking
     * it names the configured issuer (section 4.3), so a document from elsewhere is not trusted.
     */
    private ClientRegistration discover() {
      String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
      JsonNode document =
          JsonMapper.builder()
              .build()
              .readTree(
                  RestClient.create()
                      .get()
                      .uri(base + "/.well-known/openid-configuration")
                      .retrieve()
                      .body(String.class));
      String named = document.path("issuer").asString("");
      if (!named.equals(issuer) && !named.equals(base)) {
        throw new IllegalStateException(
            "the discovery document of " + issuer + " names another issuer: " + named);
      }
      ClientRegistration.Builder builder =
          ClientRegistration.withRegistrationId(REGISTRATION)
              .clientId(clientId)
              .clientAuthenticationMethod(
                  clientSecret == null
                      ? ClientAuthenticationMethod.NONE
                      : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
              .scope("openid", "profile")
              .issuerUri(named)
              .authorizationUri(endpoint(document, "authorization_endpoint"))
              .tokenUri(endpoint(document, "token_endpoint"))
              .jwkSetUri(endpoint(document, "jwks_uri"))
              .userNameAttributeName(IdTokenClaimNames.SUB);
      if (clientSecret != null) builder.clientSecret(clientSecret);
      String userInfo = document.path("userinfo_endpoint").asString("");
      if (!userInfo.isBlank()) builder.userInfoUri(userInfo);
      return builder.build();
    }

    private String endpoint(JsonNode document, String name) {
      String value = document.path(name).asString("");
      if (value.isBlank()) {
        throw new IllegalStateException(
            "the discovery document of " + issuer + " has no '" + name + "'");
      }
      return value;
    }
  }

  /** Loads the OIDC user and refuses one whose claims make no actor. */
  static final class Users implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService delegate = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
      OidcUser user = delegate.loadUser(request);
      actor(user);
      return user;
    }
  }

  /**
   * After the issuer's answer: the session gets the actor (not the OAuth2 token), and the user goes
   * to the first screen of the role.
   */
  static final class SignedIn implements AuthenticationSuccessHandler {
    private final SecurityContextRepository contexts;

    SignedIn(SecurityContextRepository contexts) {
      this.contexts = contexts;
    }

    @Override
    public void onAuthenticationSuccess(
        HttpServletRequest request, HttpServletResponse response, Authentication authentication)
        throws IOException {
      if (!(authentication.getPrincipal() instanceof OidcUser user)) {
        throw new IllegalStateException("an OIDC sign-in without an OIDC user");
      }
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(new ActorAuthentication(actor(user)));
      SecurityContextHolder.setContext(context);
      contexts.saveContext(context, request, response);
      response.sendRedirect(request.getContextPath() + "/");
    }
  }

  private static Actor actor(OidcUser user) {
    try {
      return TokenActors.actor(user);
    } catch (OAuth2AuthenticationException e) {
      // the same words as for a bearer token, as a sign-in error of the code flow
      String detail = e.getError().getDescription();
      throw new OAuth2AuthenticationException(
          new OAuth2Error("invalid_user", detail, null), detail, e);
    }
  }
}
