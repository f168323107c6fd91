package nl.jeugdregie.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that passed the bcrypt check a moment ago (ADR 0007): per account, an HMAC-SHA256 of
 * the user name and password under a random key made at start and held only in memory, valid for
 * {@link #VALID_FOR} after the check. A request whose password gives the same HMAC within that time
 * is signed in without bcrypt again; any other password goes through the full check. Only accounts
 * that exist and signed in are kept, one entry each, so the map is bounded by the accounts.
 */
final class VerifiedLogins {

  /** How long one bcrypt check stands; then the next request pays it again. */
  static final Duration VALID_FOR = Duration.ofMinutes(5);

  private record Verified(byte[] digest, Instant until) {}

  private final SecretKeySpec key;
  private final Clock clock;
  private final Map<String, Verified> byAccount = new ConcurrentHashMap<>();

  VerifiedLogins(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.clock = clock;
  }

  /**
   * Whether {@code password} is the one {@code account} signed in with, less than 5 minutes ago.
   */
  boolean matches(String account, String password) {
    Verified verified = byAccount.get(account);
    if (verified == null) return false;
    if (!clock.instant().isBefore(verified.until())) {
      byAccount.remove(account, verified);
      return false;
    }
    return MessageDigest.isEqual(verified.digest(), digest(account, password));
  }

  /** {@code account} just passed the full check with {@code password}. */
  void remember(String account, String password) {
    byAccount.put(
        account, new Verified(digest(account, password), clock.instant().plus(VALID_FOR)));
  }

  int size() {
    return byAccount.size();
  }

  private byte[] digest(String account, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(account.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
