package nl.jeugdregie.billing;

import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly task-based settlement of IJsselland's crisis function (001 §4.4.3, R-IJS-7): "De
 * bereikbaarheid ... en het beschikbaar zijn, wordt taakgericht bekostigd via solidariteit. Het
 * uitrukken van de crisisdienst ... op basis van profijtbeginsel (aantal keren dat de
 * crisisinterventie is uitgevoerd per gemeente)". Availability is shared over the municipalities in
 * proportion to the pack's solidarity key; every call-out is paid by the municipality it was in.
 * Exact: the availability shares add up to the availability sum to the cent (largest remainder,
 * ties to the lower CBS code), and every sum is overflow-checked. Pure: no database.
 */
public record CrisisSettlement(
    String region,
    YearMonth month,
    String rule,
    String source,
    long availabilityCents,
    long callOutCents,
    List<Share> municipalities,
    long totalCents) {

  public CrisisSettlement {
    municipalities = List.copyOf(municipalities);
  }

  /** One municipality's part: its availability share by solidarity and its call-outs by use. */
  public record Share(
      String municipality,
      String name,
      long weight,
      long availabilityCents,
      long callOuts,
      long callOutsCents,
      long totalCents) {}

  /**
   * Settles {@code month}: {@code weights} by CBS code (every member municipality, positive),
   * {@code names} by code, {@code callOuts} by code (absent = none).
   */
  static CrisisSettlement compute(
      String region,
      YearMonth month,
      String rule,
      String source,
      long availabilityCents,
      long callOutCents,
      Map<String, Long> weights,
      Map<String, String> names,
      Map<String, Long> callOuts) {
    if (weights.isEmpty()) throw new IllegalArgumentException("no solidarity key");
    Map<String, Long> sorted = new TreeMap<>(weights);
    BigInteger total = BigInteger.ZERO;
    for (long w : sorted.values()) total = total.add(BigInteger.valueOf(w));
    BigInteger sum = BigInteger.valueOf(availabilityCents);
    Map<String, Long> shares = new TreeMap<>();
    Map<String, BigInteger> remainders = new TreeMap<>();
    long given = 0;
    for (Map.Entry<String, Long> e : sorted.entrySet()) {
      BigInteger[] qr = sum.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(total);
      shares.put(e.getKey(), qr[0].longValueExact());
      remainders.put(e.getKey(), qr[1]);
      given = Math.addExact(given, qr[0].longValueExact());
    }
    List<String> byRemainder = new ArrayList<>(remainders.keySet());
    byRemainder.sort(
        Comparator.comparing((String code) -> remainders.getOrDefault(code, BigInteger.ZERO))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    long left = availabilityCents - given; // fewer than the number of municipalities
    for (int i = 0; i < left; i++) shares.merge(byRemainder.get(i), 1L, Math::addExact);
    List<Share> result = new ArrayList<>();
    long grand = 0;
    for (Map.Entry<String, Long> e : sorted.entrySet()) {
      String code = e.getKey();
      long count = callOuts.getOrDefault(code, 0L);
      long used = Math.multiplyExact(count, callOutCents);
      long share = shares.getOrDefault(code, 0L);
      long totalCents = Math.addExact(share, used);
      grand = Math.addExact(grand, totalCents);
      result.add(
          new Share(
              code, names.getOrDefault(code, code), e.getValue(), share, count, used, totalCents));
    }
    for (String code : callOuts.keySet()) {
      if (!sorted.containsKey(code)) {
        throw new IllegalArgumentException("call-outs in " + code + ", not a member municipality");
      }
    }
    return new CrisisSettlement(
        region, month, rule, source, availabilityCents, callOutCents, result, grand);
  }
}
