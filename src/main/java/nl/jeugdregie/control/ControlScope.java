package nl.jeugdregie.control;

import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The region a control list may show an actor: a contract manager only their own, policy and admin
 * the asked one (or every region: null); access teams and providers are refused with {@code
 * refusal}, which says where they look instead.
 */
final class ControlScope {

  private ControlScope() {}

  static @Nullable String region(
      Actor actor, @Nullable String region, PolicyCatalog catalog, String refusal) {
    return switch (actor.role()) {
      case CONTRACT_MANAGER -> {
        if (region != null && !region.equals(actor.region())) {
          throw RouteRefusedException.notPermitted(
              "a contract manager sees only region " + actor.region());
        }
        yield actor.region();
      }
      case POLICY, ADMIN -> {
        if (region != null && catalog.versions(region).isEmpty()) {
          throw new InvalidRequestException(
              "region", "no region '" + region + "' (known: " + catalog.ids() + ")");
        }
        yield region;
      }
      case ACCESS_TEAM, PROVIDER -> throw RouteRefusedException.notPermitted(refusal);
    };
  }
}
