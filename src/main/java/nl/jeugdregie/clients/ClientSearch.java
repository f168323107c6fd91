package nl.jeugdregie.clients;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.database.PagedQuery;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Like;
import nl.jeugdregie.shared.ListRefusedException;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access team's client search (issue 11): the residents of its own municipalities only, by BSN,
 * name, birth date or pseudonym, paged. Only the access team searches (it decides on residents;
 * providers and others know their clients from their own cases). Every client shown is a read of
 * personal data and written to the audit log as SEARCH in the same transaction; the why names the
 * criteria, never their values.
 */
@Service
public class ClientSearch {

  static final Map<String, String> SORT =
      Map.of(
          "name", "c.name",
          "birthDate", "c.birth_date",
          "pseudonym", "c.pseudonym",
          "municipality", "c.municipality");

  private final JdbcClient db;
  private final Clients clients;

  ClientSearch(JdbcClient db, Clients clients) {
    this.db = db;
    this.clients = clients;
  }

  /**
   * One page of the clients of the actor's municipalities that match every given criterion, each
   * audited.
   *
   * @throws ClientRefusedException NOT_PERMITTED for every role but the access team
   * @throws ListRefusedException when no criterion is given
   */
  @Transactional
  public Page<ClientView> search(Actor actor, ClientFilter filter, PageRequest page) {
    if (actor.role() != Role.ACCESS_TEAM) {
      throw new ClientRefusedException(
          ClientRefusedException.Kind.NOT_PERMITTED,
          "role",
          "only an access team searches clients, among the residents of its municipalities");
    }
    if (filter.criteria().isEmpty()) {
      throw new ListRefusedException(
          "bsn", "or name, birthDate or pseudonym: give at least one to search by");
    }
    StringBuilder where = new StringBuilder(" where c.municipality in (:municipalities)");
    Map<String, Object> params = new HashMap<>();
    params.put("municipalities", List.copyOf(actor.municipalities()));
    if (filter.bsn() != null) {
      where.append(" and c.bsn = :bsn");
      params.put("bsn", filter.bsn());
    }
    if (filter.name() != null) {
      where.append(" and c.name ilike :name escape '\\'");
      params.put("name", Like.containing(filter.name()));
    }
    if (filter.birthDate() != null) {
      where.append(" and c.birth_date = :birthDate");
      params.put("birthDate", filter.birthDate());
    }
    if (filter.pseudonym() != null) {
      where.append(" and c.pseudonym = :pseudonym");
      params.put("pseudonym", filter.pseudonym().toUpperCase(Locale.ROOT));
    }
    Page<Found> found =
        PagedQuery.fetch(
            db,
            "c.id, c.pseudonym, c.bsn, c.name, c.birth_date, c.municipality",
            "from clients.client c" + where,
            params,
            page,
            page.orderBy(SORT, "c.name, c.birth_date", "c.id"),
            (rs, n) ->
                new Found(
                    rs.getObject("id", UUID.class),
                    new ClientView(
                        rs.getString("pseudonym"),
                        rs.getString("bsn"),
                        rs.getString("name"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("municipality"))));
    String why = "GET /api/v1/clients search by " + String.join(", ", filter.criteria());
    for (Found f : found.items()) {
      clients.audit(actor, "SEARCH", f.id(), "bsn, name, birth date", why);
    }
    return found.map(Found::view);
  }

  private record Found(UUID id, ClientView view) {}
}
