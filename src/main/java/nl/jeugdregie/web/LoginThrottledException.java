package nl.jeugdregie.web;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins for the account or from the address: answered 429 with Retry-After. A
 * {@link LockedException}, so no other sign-in provider is asked after it.
 */
final class LoginThrottledException extends LockedException {

  private final long retryAfterSeconds;

  LoginThrottledException(Duration retryAfter) {
    super("too many failed sign-ins");
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    this.retryAfterSeconds = Math.max(1, seconds);
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
