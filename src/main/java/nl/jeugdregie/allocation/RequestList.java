package nl.jeugdregie.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.database.PagedQuery;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request lists of the client route (issue 11): every request in the caller's scope, paged,
 * sorted and filtered, and the access team's caseload of requests waiting for its decision, oldest
 * first, with the iJw deadline ({@link Deadlines}).
 *
 * <p>The rows carry no personal data, for every role: the client is named by pseudonym only. A list
 * shows hundreds of clients at once and is exported to CSV and Excel files that leave the system;
 * one audit line per client per page would bury the audit log and still not follow the file. A list
 * is for finding the case; its personal data is one click further, in {@code GET
 * /api/v1/requests/{id}}, which audits the read. So the lists never read personal data and audit
 * nothing, and a contract manager's list is the same as anyone's.
 */
@Service
public class RequestList {

  /** One request as a row of the list (and a CSV line): flat, no personal data. */
  public record RequestRow(
      UUID id,
      RequestType type,
      RequestState state,
      String municipality,
      String region,
      String providerAgb,
      String providerReference,
      String clientPseudonym,
      @Nullable String category,
      @Nullable String productCode,
      LocalDate receivedOn,
      LocalDate deadline,
      @Nullable LocalDate answeredOn,
      @Nullable String rejectionReason) {

    RequestRow withClient(String pseudonym) {
      return new RequestRow(
          id,
          type,
          state,
          municipality,
          region,
          providerAgb,
          providerReference,
          pseudonym,
          category,
          productCode,
          receivedOn,
          deadline,
          answeredOn,
          rejectionReason);
    }
  }

  /**
   * A request waiting for the access team's decision: the iJw deadline for its final answer (8
   * weeks after the request, iJw OP274), the days it has waited and the days left (negative when
   * overdue) on the day asked for.
   */
  public record CaseloadRow(
      UUID id,
      RequestType type,
      String municipality,
      String providerAgb,
      String providerReference,
      String clientPseudonym,
      @Nullable String category,
      @Nullable String productCode,
      LocalDate receivedOn,
      LocalDate deadline,
      String deadlineRule,
      long daysWaiting,
      long daysLeft,
      boolean overdue) {}

  /** The request list's sort keys and their columns. */
  static final Map<String, String> REQUEST_SORT =
      Map.of(
          "receivedOn", "r.received_on",
          "state", "r.state",
          "deadline", RequestList.DEADLINE,
          "municipality", "r.municipality",
          "provider", "r.provider_agb",
          "reference", "r.provider_reference");

  /** The caseload's sort keys and their columns. */
  static final Map<String, String> CASELOAD_SORT =
      Map.of(
          "receivedOn", "r.received_on",
          "deadline", "r.investigation_due",
          "municipality", "r.municipality",
          "provider", "r.provider_agb");

  /**
   * The deadline that matters for the request's state: the final answer after investigation (8
   * weeks), else the first answer (5 working days).
   */
  private static final String DEADLINE =
      "(case when r.state = 'IN_INVESTIGATION' then r.investigation_due else r.answer_due end)";

  private static final String INVESTIGATION_RULE =
      "final answer within 8 weeks after the request (iJw OP274)";

  private final JdbcClient db;
  private final Clients clients;

  RequestList(JdbcClient db, Clients clients) {
    this.db = db;
    this.clients = clients;
  }

  /**
   * The requests in {@code actor}'s scope that match {@code filter}, newest received first unless
   * {@code page} asks another order.
   *
   * @throws RouteRefusedException NOT_PERMITTED for the policy role (aggregates only)
   * @throws nl.jeugdregie.shared.ListRefusedException for an unknown sort key
   */
  @Transactional(readOnly = true)
  public Page<RequestRow> list(Actor actor, RequestFilter filter, PageRequest page) {
    String order = page.orderBy(REQUEST_SORT, "r.received_on DESC", "r.id");
    ListScope where =
        ListScope.of(actor, "r")
            .whereGiven("r.state = :state", "state", name(filter.state()))
            .whereGiven("r.municipality = :municipality", "municipality", filter.municipality())
            .whereGiven("r.provider_agb = :provider", "provider", filter.provider())
            .whereGiven("r.category = :category", "category", upper(filter.category()))
            .whereGiven("r.product_code = :product", "product", upper(filter.product()))
            .whereGiven("r.received_on >= :receivedFrom", "receivedFrom", filter.receivedFrom())
            .whereGiven("r.received_on <= :receivedTo", "receivedTo", filter.receivedTo());
    return named(query(where, DEADLINE + " as deadline", order, page));
  }

  /**
   * The requests waiting for the decision of {@code actor}'s access team (in investigation), oldest
   * first unless {@code page} asks another order; for an administrator all of them.
   *
   * @throws RouteRefusedException NOT_PERMITTED for every role but the access team and admin (those
   *     who decide requests, {@link Requests#decide})
   */
  @Transactional(readOnly = true)
  public Page<CaseloadRow> caseload(
      Actor actor, CaseloadFilter filter, PageRequest page, LocalDate today) {
    if (actor.role() != Role.ACCESS_TEAM && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted(
          "the caseload is the access team's: the requests waiting for its decision");
    }
    LocalDate on = filter.on() != null ? filter.on() : today;
    String order = page.orderBy(CASELOAD_SORT, "r.received_on ASC", "r.id");
    ListScope where =
        ListScope.of(actor, "r")
            .where("r.state = 'IN_INVESTIGATION'")
            .whereGiven("r.municipality = :municipality", "municipality", filter.municipality())
            .whereGiven("r.provider_agb = :provider", "provider", filter.provider())
            .whereGiven("r.category = :category", "category", upper(filter.category()))
            .whereGiven("r.product_code = :product", "product", upper(filter.product()));
    return named(query(where, "r.investigation_due as deadline", order, page))
        .map(r -> caseloadRow(r, on));
  }

  private Page<Found> query(ListScope where, String deadline, String order, PageRequest page) {
    return PagedQuery.fetch(
        db,
        // the row's columns only: not the stored request body (a page may be 10,000 rows)
        "r.id, r.type, r.state, r.municipality, r.region, r.provider_agb, r.provider_reference,"
            + " r.client_id, r.category, r.product_code, r.received_on, r.answered_on,"
            + " r.rejection_reason, "
            + deadline,
        "from allocation.request r where " + where.sql(),
        where.params(),
        page,
        order,
        RequestList::found);
  }

  /** A row as read, with its client's id to find the pseudonym by. */
  private record Found(RequestRow row, UUID clientId) {}

  /** The rows with their clients' pseudonyms, read in one query from the clients module. */
  private Page<RequestRow> named(Page<Found> found) {
    Map<UUID, String> pseudonyms =
        clients.pseudonyms(found.items().stream().map(Found::clientId).distinct().toList());
    return found.map(f -> f.row().withClient(String.valueOf(pseudonyms.get(f.clientId()))));
  }

  private static CaseloadRow caseloadRow(RequestRow row, LocalDate on) {
    long left = ChronoUnit.DAYS.between(on, row.deadline());
    return new CaseloadRow(
        row.id(),
        row.type(),
        row.municipality(),
        row.providerAgb(),
        row.providerReference(),
        row.clientPseudonym(),
        row.category(),
        row.productCode(),
        row.receivedOn(),
        row.deadline(),
        INVESTIGATION_RULE,
        ChronoUnit.DAYS.between(row.receivedOn(), on),
        left,
        Deadlines.isOverdue(row.deadline(), on));
  }

  private static Found found(ResultSet rs, int n) throws SQLException {
    Object reason = rs.getObject("rejection_reason");
    RequestRow row =
        new RequestRow(
            rs.getObject("id", UUID.class),
            RequestType.valueOf(rs.getString("type")),
            RequestState.valueOf(rs.getString("state")),
            rs.getString("municipality"),
            rs.getString("region"),
            rs.getString("provider_agb"),
            rs.getString("provider_reference"),
            "",
            trimmed(rs.getString("category")),
            rs.getString("product_code"),
            rs.getObject("received_on", LocalDate.class),
            rs.getObject("deadline", LocalDate.class),
            rs.getObject("answered_on", LocalDate.class),
            reason == null ? null : String.valueOf(reason));
    return new Found(row, rs.getObject("client_id", UUID.class));
  }

  static @Nullable String trimmed(@Nullable String text) {
    return text == null ? null : text.strip();
  }

  static @Nullable String upper(@Nullable String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }
}
