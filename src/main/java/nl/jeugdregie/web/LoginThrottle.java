package nl.jeugdregie.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed password sign-ins, counted per account and per client address (docs/security.md). After
 * {@link #ACCOUNT_LIMIT} failures for an account, or {@link #ADDRESS_LIMIT} from an address, the
 * next attempt waits: 1 s after the last failure, doubling with every further failure up to {@link
 * #MAX_DELAY}; until then attempts are refused (429 with Retry-After) without checking the
 * password. A count is forgotten {@link #FORGET_AFTER} after its last failure; a success clears its
 * account's count (not its address's: one good account must not reset the guesses of another).
 *
 * <p>Bounded: at most {@link #MAX_ENTRIES} counts; past that the forgotten ones are dropped, and if
 * that is not enough, the oldest half, so a flood of names or addresses cannot grow the map.
 */
final class LoginThrottle {

  static final int ACCOUNT_LIMIT = 5;
  static final int ADDRESS_LIMIT = 20;
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofMinutes(5);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  static final int MAX_ENTRIES = 10_000;
  private static final int MAX_NAME = 100;

  private record Failures(int count, Instant last) {}

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this attempt must wait; zero when it may be checked now. */
  Duration retryAfter(String account, String address) {
    Instant now = clock.instant();
    Duration byAccount = wait(accountKey(account), ACCOUNT_LIMIT, now);
    Duration byAddress = wait(addressKey(address), ADDRESS_LIMIT, now);
    return byAccount.compareTo(byAddress) >= 0 ? byAccount : byAddress;
  }

  void failed(String account, String address) {
    Instant now = clock.instant();
    count(accountKey(account), now);
    count(addressKey(address), now);
    if (failures.size() > MAX_ENTRIES) prune(now);
  }

  void succeeded(String account) {
    failures.remove(accountKey(account));
  }

  int size() {
    return failures.size();
  }

  private Duration wait(String key, int limit, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.count() < limit || forgotten(f, now)) return Duration.ZERO;
    Instant until = f.last().plus(delay(f.count() - limit));
    return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
  }

  /** 1 s for the limit's failure, doubling with each one after it, at most {@link #MAX_DELAY}. */
  static Duration delay(int beyondLimit) {
    Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyondLimit, 20));
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private void count(String key, Instant now) {
    failures.compute(
        key,
        (k, f) ->
            f == null || forgotten(f, now)
                ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
  }

  private static boolean forgotten(Failures f, Instant now) {
    return !now.isBefore(f.last().plus(FORGET_AFTER));
  }

  private void prune(Instant now) {
    failures.values().removeIf(f -> forgotten(f, now));
    if (failures.size() <= MAX_ENTRIES) return;
    failures.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getValue().last()))
        .limit(failures.size() - MAX_ENTRIES / 2)
        .map(Map.Entry::getKey)
        .toList()
        .forEach(failures::remove);
  }

  private static String accountKey(String account) {
    return "account:" + (account.length() > MAX_NAME ? account.substring(0, MAX_NAME) : account);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
