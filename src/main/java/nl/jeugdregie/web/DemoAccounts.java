package nl.jeugdregie.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * The fixed demo accounts (HTTP Basic, every password {@value #PASSWORD}), one per role and scope,
 * listed in docs/security.md. An access team's municipalities are every member municipality of its
 * region's policy pack (all versions), so the accounts follow the packs.
 */
final class DemoAccounts {

  static final String PASSWORD = "demo";
  static final String PROVIDER_1_AGB = "12345678";
  static final String PROVIDER_2_AGB = "87654321";

  /**
   * One demo account: for {@link Role#ACCESS_TEAM} and {@link Role#CONTRACT_MANAGER} {@code region}
   * is the policy pack id (the access team gets that pack's municipalities), for {@link
   * Role#PROVIDER} {@code agb} is its AGB code.
   */
  record Account(String username, Role role, @Nullable String region, @Nullable String agb) {

    /** The actor this account signs in as; the access team's scope is read from {@code catalog}. */
    Actor actor(PolicyCatalog catalog) {
      return new Actor(
          username,
          role,
          role == Role.ACCESS_TEAM ? municipalities(catalog, required(region)) : Set.of(),
          role == Role.PROVIDER ? agb : null,
          role == Role.CONTRACT_MANAGER ? region : null);
    }
  }

  static final List<Account> ACCOUNTS =
      List.of(
          accessTeam("amersfoort"),
          accessTeam("ijsselland"),
          accessTeam("twente"),
          accessTeam("noord-limburg"),
          accessTeam("amstelveen-aalsmeer"),
          new Account("aanbieder-1", Role.PROVIDER, null, PROVIDER_1_AGB),
          new Account("aanbieder-2", Role.PROVIDER, null, PROVIDER_2_AGB),
          new Account("contract-twente", Role.CONTRACT_MANAGER, "twente", null),
          new Account("contract-ijsselland", Role.CONTRACT_MANAGER, "ijsselland", null),
          new Account("beleid", Role.POLICY, null, null),
          new Account("admin", Role.ADMIN, null, null));

  private DemoAccounts() {}

  /** Every account's actor by user name, in the order of {@link #ACCOUNTS}. */
  static Map<String, Actor> actors(PolicyCatalog catalog) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Account account : ACCOUNTS) actors.put(account.username(), account.actor(catalog));
    return actors;
  }

  private static Account accessTeam(String region) {
    return new Account("toegang-" + region, Role.ACCESS_TEAM, region, null);
  }

  /** The member municipalities (CBS codes) of every version of pack {@code region}. */
  static Set<String> municipalities(PolicyCatalog catalog, String region) {
    Set<String> codes = new TreeSet<>();
    for (PolicyPack pack : catalog.versions(region)) codes.addAll(pack.municipalities().keySet());
    if (codes.isEmpty()) {
      throw new IllegalStateException(
          "demo account toegang-"
              + region
              + ": no policy pack '"
              + region
              + "' with municipalities");
    }
    return codes;
  }

  private static String required(@Nullable String region) {
    if (region == null) throw new IllegalStateException("an access-team account needs a region");
    return region;
  }
}
