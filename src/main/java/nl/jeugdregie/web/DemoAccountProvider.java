package nl.jeugdregie.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in the {@link DemoAccounts} with HTTP Basic. The password is hashed with bcrypt once at
 * start (through a delegating encoder, so the stored value reads {@code {bcrypt}...}) and checked
 * by Spring Security's own {@link DaoAuthenticationProvider}; a successful sign-in becomes an
 * {@link ActorAuthentication}.
 *
 * <p>HTTP Basic sends the password with every request, and bcrypt is slow on purpose (tens of
 * milliseconds of CPU). A password that passed the check stands for a few minutes ({@link
 * VerifiedLogins}, ADR 0007), so a signed-in user pays bcrypt once, not per request. Failed
 * attempts are counted per account and address ({@link LoginThrottle}); past the limit an attempt
 * is refused before any check.
 */
final class DemoAccountProvider implements AuthenticationProvider {

  private final Map<String, Actor> actors;
  private final DaoAuthenticationProvider passwords;
  private final VerifiedLogins verified;
  private final LoginThrottle throttle;

  DemoAccountProvider(PolicyCatalog catalog) {
    this(catalog, PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC());
  }

  DemoAccountProvider(PolicyCatalog catalog, PasswordEncoder encoder, Clock clock) {
    this.actors = DemoAccounts.actors(catalog);
    this.verified = new VerifiedLogins(clock);
    this.throttle = new LoginThrottle(clock);
    String hash = Objects.requireNonNull(encoder.encode(DemoAccounts.PASSWORD));
    List<UserDetails> users =
        actors.values().stream()
            .map(
                actor ->
                    User.withUsername(actor.name())
                        .password(hash)
                        .roles(actor.role().claim())
                        .build())
            .toList();
    this.passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
    passwords.setPasswordEncoder(encoder);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String name = authentication.getName();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    String address = addressOf(authentication);
    Duration wait = throttle.retryAfter(name, address);
    if (!wait.isZero()) throw new LoginThrottledException(wait);
    Actor known = actors.get(name);
    if (known != null && verified.matches(name, password)) return new ActorAuthentication(known);
    Actor actor;
    try {
      Authentication checked = passwords.authenticate(authentication);
      actor = checked == null ? null : actors.get(checked.getName());
      if (actor == null) throw new BadCredentialsException("Bad credentials");
    } catch (AuthenticationException e) {
      throttle.failed(name, address);
      throw e;
    }
    verified.remember(actor.name(), password);
    throttle.succeeded(name);
    return new ActorAuthentication(actor);
  }

  /** The client's address as the server sees it (behind a proxy: see docs/security.md). */
  private static String addressOf(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
