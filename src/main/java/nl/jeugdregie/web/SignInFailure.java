package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in on the form goes back to the form: {@code ?error} for a wrong name or password
 * (the page does not say which), {@code ?wacht=N} when {@link LoginThrottle} refused the attempt
 * before checking it, so the user reads how many seconds to wait instead of "wrong password";
 * {@code ?geweigerd} when the OIDC issuer's answer made no actor (the reason, which names the
 * missing claim, goes to the log for the administrator).
 */
final class SignInFailure implements AuthenticationFailureHandler {

  private static final Logger LOG = LoggerFactory.getLogger(SignInFailure.class);

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String query;
    if (e instanceof LoginThrottledException throttled) {
      query = "wacht=" + throttled.retryAfterSeconds();
    } else if (e instanceof OAuth2AuthenticationException refused) {
      LOG.warn("OIDC sign-in refused: {}", refused.getError());
      query = "geweigerd";
    } else {
      query = "error";
    }
    response.sendRedirect(request.getContextPath() + "/login?" + query);
  }
}
