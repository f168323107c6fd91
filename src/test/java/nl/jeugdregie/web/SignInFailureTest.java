package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import nl.jeugdregie.policy.PolicyCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form after a refusal: back to the form with {@code ?error}, or with the seconds to
 * wait once the throttle refuses attempts (the same throttle as HTTP Basic's).
 */
class SignInFailureTest {

  @Test
  void aWrongPasswordReturnsToTheFormAndAThrottledAttemptSaysHowLongToWait() throws Exception {
    DemoAccountProviderTest.TestClock clock = new DemoAccountProviderTest.TestClock();
    DemoAccountProvider provider =
        new DemoAccountProvider(
            PolicyCatalog.load(null),
            org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder(),
            clock);
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    request.setRemoteAddr(InetAddress.getLoopbackAddress().getHostAddress());

    AuthenticationException wrong = attempt(provider, request);
    assertThat(redirectAfter(wrong, request)).isEqualTo("/login?error");

    for (int i = 1; i < LoginThrottle.ACCOUNT_LIMIT; i++) attempt(provider, request);
    AuthenticationException throttled = attempt(provider, request);
    assertThat(throttled).isInstanceOf(LoginThrottledException.class);
    assertThat(redirectAfter(throttled, request))
        .isEqualTo("/login?wacht=" + LoginThrottle.FIRST_DELAY.toSeconds());
  }

  private static AuthenticationException attempt(
      DemoAccountProvider provider, MockHttpServletRequest request) {
    var token = UsernamePasswordAuthenticationToken.unauthenticated("beleid", "fout");
    token.setDetails(new WebAuthenticationDetails(request));
    return catchThrowableOfType(AuthenticationException.class, () -> provider.authenticate(token));
  }

  private static @org.jspecify.annotations.Nullable String redirectAfter(
      AuthenticationException e, MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SignInFailure().onAuthenticationFailure(request, response, e);
    return response.getRedirectedUrl();
  }
}
