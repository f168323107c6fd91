package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in on the form goes back to the form: {@code ?error} for a wrong name or password
 * (the page does not say which), {@code ?wacht=N} when {@link LoginThrottle} refused the attempt
 * before checking it, so the user reads how many seconds to wait instead of "wrong password".
 */
final class SignInFailure implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String query =
        e instanceof LoginThrottledException throttled
            ? "wacht=" + throttled.retryAfterSeconds()
            : "error";
    response.sendRedirect(request.getContextPath() + "/login?" + query);
  }
}
