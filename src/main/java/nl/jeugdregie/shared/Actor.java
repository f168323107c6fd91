package nl.jeugdregie.shared;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting, and the scope their role gives them: an access team's municipalities (CBS codes),
 * a provider's AGB code, a contract manager's region (policy pack id). Every service call that
 * reads or changes the client route takes an actor and checks the scope itself, so no adapter can
 * forget it.
 */
public record Actor(
    String name,
    Role role,
    Set<String> municipalities,
    @Nullable String agb,
    @Nullable String region) {

  public Actor {
    municipalities = Set.copyOf(municipalities);
    switch (role) {
      case ACCESS_TEAM -> {
        if (municipalities.isEmpty())
          throw new IllegalArgumentException("an access-team actor needs municipalities");
      }
      case PROVIDER -> {
        if (agb == null) throw new IllegalArgumentException("a provider actor needs an AGB code");
        AgbCode.of(agb);
      }
      case CONTRACT_MANAGER -> {
        if (region == null) throw new IllegalArgumentException("a contract manager needs a region");
      }
      case POLICY, ADMIN -> {}
    }
  }

  public static Actor accessTeam(String name, Set<String> municipalities) {
    return new Actor(name, Role.ACCESS_TEAM, municipalities, null, null);
  }

  public static Actor provider(String name, String agb) {
    return new Actor(name, Role.PROVIDER, Set.of(), agb, null);
  }

  public static Actor contractManager(String name, String region) {
    return new Actor(name, Role.CONTRACT_MANAGER, Set.of(), null, region);
  }

  public static Actor policy(String name) {
    return new Actor(name, Role.POLICY, Set.of(), null, null);
  }

  public static Actor admin(String name) {
    return new Actor(name, Role.ADMIN, Set.of(), null, null);
  }

  /** The system itself (demo loader, engine): acts as admin, named so the audit log shows it. */
  public static Actor system(String name) {
    return admin("system:" + name);
  }

  /**
   * Whether this actor may see one case of the client route: a request or allocation of {@code
   * municipality}, in {@code region}, with provider {@code providerAgb}.
   */
  public boolean mayRead(String municipality, String region, String providerAgb) {
    return switch (role) {
      case ACCESS_TEAM -> municipalities.contains(municipality);
      case PROVIDER -> providerAgb.equals(agb);
      case CONTRACT_MANAGER -> region.equals(this.region);
      case POLICY -> false;
      case ADMIN -> true;
    };
  }
}
