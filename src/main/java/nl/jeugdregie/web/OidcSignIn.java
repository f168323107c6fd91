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
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

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
        if (registration == null) {
          ClientRegistration.Builder builder =
              ClientRegistrations.fromIssuerLocation(issuer)
                  .registrationId(REGISTRATION)
                  .clientId(clientId)
                  .scope("openid", "profile");
          if (clientSecret != null) builder.clientSecret(clientSecret);
          registration = builder.build();
        }
        return registration;
      }
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
