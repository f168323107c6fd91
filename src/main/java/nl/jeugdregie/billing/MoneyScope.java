package nl.jeugdregie.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;

/**
 * Which declarations and lines an actor may see, as an SQL condition on a provider, a municipality
 * and a month column (issue 11, docs/security.md), so a page and its total are counted in scope: a
 * provider its own AGB, an access team its municipalities, a contract manager the municipalities
 * its region's pack had as members in that month (as {@link Payments} judges with {@code
 * regionOf}), an administrator all. Policy sees aggregates only ({@code GET /payments}), never a
 * provider's lines.
 */
record MoneyScope(String condition, Map<String, Object> params) {

  static MoneyScope of(
      Actor actor, PolicyCatalog catalog, String agb, String municipality, String month) {
    return switch (actor.role()) {
      case ADMIN -> new MoneyScope("true", Map.of());
      case PROVIDER ->
          new MoneyScope(agb + " = :scopeAgb", params("scopeAgb", String.valueOf(actor.agb())));
      case ACCESS_TEAM ->
          new MoneyScope(
              municipality + " in (:scopeMunicipalities)",
              params("scopeMunicipalities", List.copyOf(actor.municipalities())));
      case CONTRACT_MANAGER -> region(catalog, String.valueOf(actor.region()), municipality, month);
      case POLICY ->
          throw RouteRefusedException.notPermitted(
              "declarations and payment specifications name single cases; policy reads"
                  + " GET /api/v1/payments");
    };
  }

  /** Every (municipality, valid from, valid to) of the region's pack versions, as arrays. */
  private static MoneyScope region(
      PolicyCatalog catalog, String region, String municipality, String month) {
    List<String> members = new ArrayList<>();
    List<String> from = new ArrayList<>();
    List<String> to = new ArrayList<>();
    for (PolicyPack pack : catalog.versions(region)) {
      for (String member : pack.municipalities().keySet()) {
        members.add(member);
        from.add(pack.validFrom().toString());
        to.add(pack.validTo() == null ? null : String.valueOf(pack.validTo()));
      }
    }
    Map<String, Object> params = new HashMap<>();
    params.put("scopeMembers", members.toArray(String[]::new));
    params.put("scopeFrom", from.toArray(String[]::new));
    params.put("scopeTo", to.toArray(String[]::new));
    return new MoneyScope(
        """
        exists (select 1 from unnest(cast(:scopeMembers as text[]), cast(:scopeFrom as date[]),
                  cast(:scopeTo as date[])) as r(m, f, t)
                where r.m = %s and %s >= r.f and (r.t is null or %s <= r.t))
        """
            .formatted(municipality, month, month),
        params);
  }

  private static Map<String, Object> params(String name, Object value) {
    Map<String, Object> params = new HashMap<>();
    params.put(name, value);
    return params;
  }
}
