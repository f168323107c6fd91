package nl.jeugdregie.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The WHERE clause of a list of the client route: the actor's scope first, as {@link Actor#mayRead}
 * has it for one case (access team: its municipalities; provider: its AGB; contract manager: its
 * region; admin: all; policy: aggregates only, refused), then the filters. Values are always bound
 * as parameters; only fixed column names reach the SQL.
 */
final class ListScope {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  /**
   * The scope of {@code actor} over rows with columns {@code alias.municipality}, {@code
   * alias.provider_agb} and {@code alias.region}.
   *
   * @throws RouteRefusedException NOT_PERMITTED for the policy role
   */
  static ListScope of(Actor actor, String alias) {
    ListScope scope = new ListScope();
    switch (actor.role()) {
      case ACCESS_TEAM ->
          scope.where(
              alias + ".municipality = any(:scopeMunicipalities)",
              "scopeMunicipalities",
              actor.municipalities().toArray(String[]::new));
      case PROVIDER ->
          scope.where(alias + ".provider_agb = :scopeAgb", "scopeAgb", String.valueOf(actor.agb()));
      case CONTRACT_MANAGER ->
          scope.where(
              alias + ".region = :scopeRegion", "scopeRegion", String.valueOf(actor.region()));
      case ADMIN -> {}
      case POLICY ->
          throw RouteRefusedException.notPermitted("the policy role sees aggregates only");
    }
    return scope;
  }

  /** Adds {@code condition} binding {@code name} to {@code value}. */
  ListScope where(String condition, String name, Object value) {
    conditions.add(condition);
    params.put(name, value);
    return this;
  }

  /** Adds {@code condition} binding {@code name} when {@code value} is given; else nothing. */
  ListScope whereGiven(String condition, String name, @Nullable Object value) {
    return value == null ? this : where(condition, name, value);
  }

  /** Adds a condition without parameters. */
  ListScope where(String condition) {
    conditions.add(condition);
    return this;
  }

  String sql() {
    return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
  }

  Map<String, Object> params() {
    return params;
  }
}
