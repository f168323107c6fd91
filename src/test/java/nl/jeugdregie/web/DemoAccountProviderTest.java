package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.policy.PolicyCatalog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The demo sign-in pays bcrypt once per account and password for a few minutes, and failed attempts
 * are limited per account and per address. bcrypt checks are counted on the real encoder.
 */
class DemoAccountProviderTest {

  private static final PolicyCatalog CATALOG = PolicyCatalog.load(null);

  /** The real delegating (bcrypt) encoder, counting its password checks. */
  static final class CountingEncoder implements PasswordEncoder {
    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final AtomicInteger checks = new AtomicInteger();

    @Override
    public @Nullable String encode(@Nullable CharSequence raw) {
      return real.encode(raw);
    }

    @Override
    public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
      checks.incrementAndGet();
      return real.matches(raw, encoded);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encoded) {
      return real.upgradeEncoding(encoded);
    }
  }

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-12-04T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final CountingEncoder encoder = new CountingEncoder();
  private final TestClock clock = new TestClock();
  private final DemoAccountProvider provider = new DemoAccountProvider(CATALOG, encoder, clock);

  private static Authentication login(String user, String password, String address) {
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    token.setDetails(new WebAuthenticationDetails(address, null));
    return token;
  }

  private Authentication signIn(String user, String password) {
    return provider.authenticate(login(user, password, "10.0.0.1"));
  }

  @Test
  void signsInASecondTimeWithoutRunningBcryptAgain() {
    assertThat(signIn("admin", "demo").getName()).isEqualTo("admin");
    assertThat(encoder.checks).hasValue(1);
    for (int i = 0; i < 10; i++) assertThat(signIn("admin", "demo").getName()).isEqualTo("admin");
    assertThat(encoder.checks).as("one bcrypt check for eleven sign-ins").hasValue(1);
    signIn("beleid", "demo");
    assertThat(encoder.checks).as("each account pays its own first check").hasValue(2);
  }

  @Test
  void checksAnotherPasswordInFullAndRefusesIt() {
    signIn("admin", "demo");
    assertThatThrownBy(() -> signIn("admin", "dem0")).isInstanceOf(BadCredentialsException.class);
    assertThat(encoder.checks).hasValue(2);
    assertThatThrownBy(() -> signIn("beleid", "demo-but-not-admin's"))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void checksThePasswordInFullAgainAfterFiveMinutes() {
    signIn("aanbieder-1", "demo");
    clock.advance(VerifiedLogins.VALID_FOR.minusSeconds(1));
    signIn("aanbieder-1", "demo");
    assertThat(encoder.checks).hasValue(1);
    clock.advance(Duration.ofSeconds(1));
    signIn("aanbieder-1", "demo");
    assertThat(encoder.checks).hasValue(2);
  }

  @Test
  void refusesAnAccountAfterFiveFailuresWithAGrowingDelayAndRecovers() {
    for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
      assertThatThrownBy(() -> signIn("beleid", "guess"))
          .isInstanceOf(BadCredentialsException.class);
    }
    int checks = encoder.checks.get();
    assertThatThrownBy(() -> signIn("beleid", "demo"))
        .isInstanceOfSatisfying(
            LoginThrottledException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
    assertThat(encoder.checks).as("a refused attempt costs no bcrypt").hasValue(checks);

    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> signIn("beleid", "guess")).isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> signIn("beleid", "demo"))
        .isInstanceOfSatisfying(
            LoginThrottledException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(2));
    assertThatThrownBy(() -> signIn("admin", "guess"))
        .as("another account from the same address is not held up yet")
        .isInstanceOf(BadCredentialsException.class);

    clock.advance(Duration.ofSeconds(2));
    assertThat(signIn("beleid", "demo").getName()).isEqualTo("beleid");
    assertThatThrownBy(() -> signIn("beleid", "guess"))
        .as("a success clears the account's count")
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void refusesAnAddressAfterTwentyFailuresOverAnyAccounts() {
    for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
      String user = "user-" + i;
      assertThatThrownBy(() -> provider.authenticate(login(user, "demo", "10.0.0.9")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> provider.authenticate(login("admin", "demo", "10.0.0.9")))
        .isInstanceOf(LoginThrottledException.class);
    assertThat(provider.authenticate(login("admin", "demo", "10.0.0.10")).getName())
        .as("other addresses are not held up")
        .isEqualTo("admin");
  }

  @Test
  void keepsTheFailureCountsBoundedUnderAFloodOfNamesAndAddresses() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < 3 * LoginThrottle.MAX_ENTRIES; i++) {
      throttle.failed("name-" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
      assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MAX_ENTRIES + 2);
    }
    clock.advance(LoginThrottle.FORGET_AFTER);
    throttle.failed("one-more", "10.9.9.9");
    throttle.failed("and-one-more", "10.9.9.9");
    assertThat(throttle.retryAfter("name-1", "10.0.0.1")).isZero();
  }

  @Test
  void acceptsOnlyTheVerifiedPasswordOfTheVerifiedAccount() {
    VerifiedLogins verified = new VerifiedLogins(clock);
    verified.remember("admin", "demo");
    assertThat(verified.matches("admin", "demo")).isTrue();
    assertThat(verified.matches("admin", "Demo")).isFalse();
    assertThat(verified.matches("beleid", "demo")).isFalse();
    assertThat(verified.size()).isEqualTo(1);
  }
}
