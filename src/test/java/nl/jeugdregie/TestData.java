package nl.jeugdregie;

import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.shared.Bsn;

/**
 * Fresh identities for tests that share one database: a random BSN (fictitious, starting with 9,
 * passing the 11-proef) and an AGB code outside the demo accounts' codes.
 */
public final class TestData {

  private TestData() {}

  public static String bsn() {
    while (true) {
      StringBuilder digits = new StringBuilder("9");
      for (int i = 1; i < 8; i++) digits.append(ThreadLocalRandom.current().nextInt(10));
      int sum = 0;
      for (int i = 0; i < 8; i++) sum += (9 - i) * (digits.charAt(i) - '0');
      int check = sum % 11;
      if (check == 10) continue;
      String candidate = digits.append(check).toString();
      if (Bsn.isValid(candidate)) return candidate;
    }
  }

  public static String agb() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
  }
}
