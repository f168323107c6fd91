package nl.jeugdregie.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients and the audit log of their personal data. Every method that hands out or changes
 * personal data for an actor writes an audit line in the same transaction, so a read that is not
 * logged cannot happen.
 */
@Service
public class Clients {

  private final JdbcClient db;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Clients(JdbcClient db, Clock clock, ApplicationEventPublisher events) {
    this.db = db;
    this.clock = clock;
    this.events = events;
  }

  /**
   * The client with this BSN, registered now when unknown. A known client keeps its data; a
   * different birth date is refused ({@link ClientMismatchException}); a new municipality of
   * residence (relocation) is recorded.
   */
  @Transactional
  public Client register(
      Actor actor,
      Bsn bsn,
      @Nullable String name,
      LocalDate birthDate,
      String municipality,
      String why) {
    Optional<Client> known = find(bsn);
    if (known.isPresent()) {
      Client client = known.get();
      if (!client.birthDate().equals(birthDate)) {
        throw new ClientMismatchException(
            "request.client.birthDate",
            "client "
                + client.pseudonym()
                + " is registered with another birth date; correct the request or the client");
      }
      if (!client.municipality().equals(municipality)
          || (name != null && !name.equals(client.name()))) {
        db.sql(
                """
                update clients.client set municipality = :municipality,
                  name = coalesce(:name, name) where id = :id
                """)
            .param("municipality", municipality)
            .param("name", name)
            .param("id", client.id())
            .update();
        audit(actor, "UPDATE", client.id(), "municipality, name", why);
        client =
            new Client(
                client.id(),
                client.pseudonym(),
                bsn,
                name != null ? name : client.name(),
                birthDate,
                municipality,
                client.address(),
                client.gender());
      }
      return client;
    }
    UUID id = UUID.randomUUID();
    String pseudonym = pseudonymFor(id);
    db.sql(
            """
            insert into clients.client (id, bsn, pseudonym, name, birth_date, municipality, created_at)
            values (:id, :bsn, :pseudonym, :name, :birthDate, :municipality, :now)
            """)
        .param("id", id)
        .param("bsn", bsn.value())
        .param("pseudonym", pseudonym)
        .param("name", name)
        .param("birthDate", birthDate)
        .param("municipality", municipality)
        .param("now", Timestamp.from(clock.instant()))
        .update();
    audit(actor, "CREATE", id, "bsn, name, birth date, municipality", why);
    return new Client(id, pseudonym, bsn, name, birthDate, municipality, null, Gender.UNKNOWN);
  }

  /**
   * Records a client's BRP address and sex (iJw COD046; null keeps the one recorded), as the access
   * team of the client's municipality (or an administrator) knows them from the BRP; audited, and
   * announced ({@link ClientAddressChanged}) so a JW301 waiting for them can be made.
   *
   * @throws ClientRefusedException NOT_PERMITTED for other roles, NOT_FOUND for a client unknown or
   *     outside the access team's municipalities
   */
  @Transactional
  public void setAddress(
      Actor actor, String pseudonym, Address address, @Nullable Gender gender, String why) {
    if (actor.role() != Role.ACCESS_TEAM && actor.role() != Role.ADMIN) {
      throw new ClientRefusedException(
          ClientRefusedException.Kind.NOT_PERMITTED,
          "address",
          "only the access team of the client's municipality records a BRP address");
    }
    Client client =
        findByPseudonym(pseudonym)
            .filter(
                c ->
                    actor.role() == Role.ADMIN || actor.municipalities().contains(c.municipality()))
            .orElseThrow(
                () ->
                    new ClientRefusedException(
                        ClientRefusedException.Kind.NOT_FOUND,
                        "pseudonym",
                        "no client " + pseudonym + " for you"));
    db.sql(
            """
            update clients.client set street = :street, house_number = :number,
              house_letter = :letter, house_number_addition = :addition, postcode = :postcode,
              city = :city, gender = coalesce(:gender, gender)
            where id = :id
            """)
        .param("street", address.street())
        .param("number", address.houseNumber())
        .param("letter", address.houseLetter())
        .param("addition", address.houseNumberAddition())
        .param("postcode", address.postcode())
        .param("city", address.city())
        .param("gender", gender == null ? null : gender.code())
        .param("id", client.id())
        .update();
    audit(actor, "UPDATE", client.id(), "address, gender", why);
    events.publishEvent(new ClientAddressChanged(client.id()));
  }

  /** Internal lookup for the client route's services; what they show goes through {@link #view}. */
  public Optional<Client> find(Bsn bsn) {
    return db.sql("select * from clients.client where bsn = :bsn")
        .param("bsn", bsn.value())
        .query(Clients::client)
        .optional();
  }

  /** Internal lookup by pseudonym (the id contract managers use). */
  public Optional<Client> findByPseudonym(String pseudonym) {
    return db.sql("select * from clients.client where pseudonym = :p")
        .param("p", pseudonym.toUpperCase(Locale.ROOT))
        .query(Clients::client)
        .optional();
  }

  public Client get(UUID id) {
    return db.sql("select * from clients.client where id = :id")
        .param("id", id)
        .query(Clients::client)
        .single();
  }

  /**
   * The pseudonyms of these clients, for lists that name clients without personal data (a pseudonym
   * is no personal data: it cannot be traced back to the person, so it is not audited).
   */
  public Map<UUID, String> pseudonyms(Collection<UUID> clientIds) {
    if (clientIds.isEmpty()) return Map.of();
    Map<UUID, String> pseudonyms = new HashMap<>();
    db.sql("select id, pseudonym from clients.client where id = any(:ids)")
        .param("ids", clientIds.toArray(UUID[]::new))
        .query((rs, n) -> pseudonyms.put(rs.getObject("id", UUID.class), rs.getString("pseudonym")))
        .list();
    return pseudonyms;
  }

  /**
   * What {@code actor} may see of a client. Personal data only for roles that need it, and then the
   * read is audited with {@code why} (e.g. the endpoint).
   */
  @Transactional
  public ClientView view(Actor actor, UUID clientId, String why) {
    Client client = get(clientId);
    if (!actor.role().seesPersonalData()) {
      return new ClientView(client.pseudonym(), null, null, null, client.municipality());
    }
    audit(actor, "READ", clientId, "bsn, name, birth date", why);
    return new ClientView(
        client.pseudonym(),
        client.bsn().value(),
        client.name(),
        client.birthDate(),
        client.municipality());
  }

  /** Writes one audit line; the table refuses updates and deletes. */
  public void audit(Actor actor, String action, UUID clientId, String what, String why) {
    db.sql(
            """
            insert into clients.audit_entry (at, actor, role, action, client_id, what, why)
            values (:at, :actor, :role, :action, :client, :what, :why)
            """)
        .param("at", Timestamp.from(clock.instant()))
        .param("actor", actor.name())
        .param("role", actor.role().claim())
        .param("action", action)
        .param("client", clientId)
        .param("what", what)
        .param("why", why)
        .update();
    AuditCapture.record(clientId, action, what);
  }

  /** The audit log, newest first; for one client when {@code clientId} is given. */
  public List<AuditEntry> auditLog(@Nullable UUID clientId, int limit) {
    return db.sql(
            """
            select a.*, c.pseudonym from clients.audit_entry a
            join clients.client c on c.id = a.client_id
            where cast(:client as uuid) is null or a.client_id = cast(:client as uuid)
            order by a.id desc limit :limit
            """)
        .param("client", clientId)
        .param("limit", Math.clamp(limit, 1, 10_000))
        .query(Clients::auditEntry)
        .list();
  }

  private static AuditEntry auditEntry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("role"),
        rs.getString("action"),
        rs.getObject("client_id", UUID.class),
        rs.getString("pseudonym"),
        rs.getString("what"),
        rs.getString("why"));
  }

  /** The audit log's sort keys: when (default, newest first), who, what was done. */
  static final Map<String, String> AUDIT_SORT =
      Map.of("at", "a.at", "actor", "a.actor", "action", "a.action");

  /** The days of the audit filter's period are Dutch days. */
  static final java.time.ZoneId DUTCH = java.time.ZoneId.of("Europe/Amsterdam");

  /**
   * The audit log filtered and paged (issue 12): by who (any part of the user name), action,
   * subject (the client's pseudonym) and period, newest first. Administrators only: the log says
   * whose data was read, itself a fact about those clients.
   *
   * @throws ClientRefusedException NOT_PERMITTED for every other role
   */
  @Transactional(readOnly = true)
  public nl.jeugdregie.shared.Page<AuditEntry> auditLog(
      Actor actor, AuditFilter filter, nl.jeugdregie.shared.PageRequest page) {
    if (actor.role() != Role.ADMIN) {
      throw new ClientRefusedException(
          ClientRefusedException.Kind.NOT_PERMITTED,
          "audit",
          "only an administrator reads the audit log");
    }
    StringBuilder where =
        new StringBuilder(
            " from clients.audit_entry a join clients.client c on c.id = a.client_id where true");
    Map<String, Object> params = new HashMap<>();
    if (filter.actor() != null && !filter.actor().isBlank()) {
      where.append(" and a.actor ilike :actor escape '\\'");
      params.put("actor", nl.jeugdregie.shared.Like.containing(filter.actor()));
    }
    if (filter.action() != null) {
      where.append(" and a.action = :action");
      params.put("action", filter.action());
    }
    if (filter.client() != null) {
      where.append(" and c.pseudonym = :pseudonym");
      params.put("pseudonym", filter.client().toUpperCase(Locale.ROOT));
    }
    if (filter.from() != null) {
      where.append(" and a.at >= :from");
      params.put("from", Timestamp.from(filter.from().atStartOfDay(DUTCH).toInstant()));
    }
    if (filter.to() != null) {
      where.append(" and a.at < :to");
      params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(DUTCH).toInstant()));
    }
    return nl.jeugdregie.database.PagedQuery.fetch(
        db,
        "a.*, c.pseudonym",
        where.toString(),
        params,
        page,
        page.orderBy(AUDIT_SORT, "a.at DESC", "a.id DESC"),
        Clients::auditEntry);
  }

  /**
   * A pseudonym from the random id, not from the BSN, so it cannot be traced back to the person.
   */
  static String pseudonymFor(UUID id) {
    byte[] bytes = new byte[5];
    long bits = id.getMostSignificantBits();
    for (int i = 0; i < 5; i++) bytes[i] = (byte) (bits >>> (8 * i));
    return "C-" + HexFormat.of().withUpperCase().formatHex(bytes);
  }

  private static Client client(ResultSet rs, int row) throws SQLException {
    String street = rs.getString("street");
    Address address =
        street == null
            ? null
            : new Address(
                street,
                rs.getInt("house_number"),
                rs.getString("house_letter"),
                rs.getString("house_number_addition"),
                rs.getString("postcode"),
                rs.getString("city"));
    return new Client(
        rs.getObject("id", UUID.class),
        rs.getString("pseudonym"),
        Bsn.of(rs.getString("bsn")),
        rs.getString("name"),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("municipality"),
        address,
        Gender.parse(rs.getString("gender")));
  }
}
