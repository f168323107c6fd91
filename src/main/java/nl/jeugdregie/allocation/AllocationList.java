package nl.jeugdregie.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.database.PagedQuery;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allocation list of the client route (issue 11): every allocation in the caller's scope with
 * its current version, paged, sorted and filtered; for a provider the list of its own allocations.
 * Deleted allocations (ended on their start with JZ002 13) are left out: iJw treats them as never
 * sent (CS335).
 *
 * <p>Like {@link RequestList}, the rows name the client by pseudonym only, for every role: a list
 * (and its CSV or Excel file) is for finding the allocation; the client's personal data is in
 * {@code GET /api/v1/allocations/{municipality}/{number}}, which audits the read. So the list reads
 * no personal data and audits nothing.
 */
@Service
public class AllocationList {

  /**
   * One allocation as a row of the list (and a CSV line): its iJw identity, the provider's
   * reference of the request it was made on, the client's pseudonym, the product, the delivery
   * state and the current version's terms (volume: amount, iJw unit WJ756 and frequency WMO757).
   */
  public record AllocationRow(
      String municipality,
      int number,
      String region,
      String providerAgb,
      String providerReference,
      UUID requestId,
      String clientPseudonym,
      String category,
      @Nullable String productCode,
      DeliveryState state,
      LocalDate start,
      @Nullable LocalDate end,
      @Nullable Long volumeAmount,
      @Nullable String volumeUnit,
      @Nullable String volumeFrequency,
      @Nullable Long budgetCents,
      @Nullable Integer level,
      int version,
      @Nullable String changeReason) {

    AllocationRow withClient(String pseudonym) {
      return new AllocationRow(
          municipality,
          number,
          region,
          providerAgb,
          providerReference,
          requestId,
          pseudonym,
          category,
          productCode,
          state,
          start,
          end,
          volumeAmount,
          volumeUnit,
          volumeFrequency,
          budgetCents,
          level,
          version,
          changeReason);
    }
  }

  /** The sort keys and their columns. */
  static final Map<String, String> SORT =
      Map.of(
          "start", "v.start_date",
          "end", "v.end_date",
          "number", "a.number",
          "state", "a.delivery",
          "municipality", "a.municipality",
          "provider", "a.provider_agb",
          "reference", "r.provider_reference");

  private final JdbcClient db;
  private final Clients clients;

  AllocationList(JdbcClient db, Clients clients) {
    this.db = db;
    this.clients = clients;
  }

  /**
   * The allocations in {@code actor}'s scope that match {@code filter}, latest start first unless
   * {@code page} asks another order. A client pseudonym nobody has matches nothing.
   *
   * @throws RouteRefusedException NOT_PERMITTED for the policy role (aggregates only)
   * @throws nl.jeugdregie.shared.ListRefusedException for an unknown sort key
   */
  @Transactional(readOnly = true)
  public Page<AllocationRow> list(Actor actor, AllocationFilter filter, PageRequest page) {
    String order = page.orderBy(SORT, "v.start_date DESC", "a.id");
    ListScope where = ListScope.of(actor, "a").where("v.change_reason is distinct from '13'");
    if (filter.client() != null) {
      Optional<Client> client = clients.findByPseudonym(filter.client());
      if (client.isEmpty()) return Page.of(List.of(), page, 0);
      where.where("a.client_id = :client", "client", client.get().id());
    }
    where
        .whereGiven("a.municipality = :municipality", "municipality", filter.municipality())
        .whereGiven("a.provider_agb = :provider", "provider", filter.provider())
        .whereGiven("a.category = :category", "category", RequestList.upper(filter.category()))
        .whereGiven("a.product_code = :product", "product", RequestList.upper(filter.product()))
        .whereGiven("a.delivery = :state", "state", RequestList.name(filter.state()))
        .whereGiven("v.end_date >= :endingFrom", "endingFrom", filter.endingFrom())
        .whereGiven("v.end_date <= :endingTo", "endingTo", filter.endingTo());
    String from =
        """
         from allocation.allocation a
         join allocation.allocation_version v
           on v.allocation_id = a.id and v.version = a.current_version
         join allocation.request r on r.id = a.request_id
        where\s"""
            + where.sql();
    Page<Found> found =
        PagedQuery.fetch(
            db,
            """
            a.municipality, a.number, a.region, a.provider_agb, a.request_id,
              a.client_id, a.category, a.product_code, a.delivery, a.current_version,
              r.provider_reference, v.start_date, v.end_date, v.volume_amount, v.volume_unit,
              v.volume_frequency, v.budget_cents, v.level, v.change_reason""",
            from,
            where.params(),
            page,
            order,
            AllocationList::found);
    Map<UUID, String> pseudonyms =
        clients.pseudonyms(found.items().stream().map(Found::clientId).distinct().toList());
    return found.map(f -> f.row().withClient(String.valueOf(pseudonyms.get(f.clientId()))));
  }

  /** A row as read, with its client's id to find the pseudonym by. */
  private record Found(UUID clientId, AllocationRow row) {}

  private static Found found(ResultSet rs, int n) throws SQLException {
    Object frequency = rs.getObject("volume_frequency");
    Object level = rs.getObject("level");
    return new Found(
        rs.getObject("client_id", UUID.class),
        new AllocationRow(
            rs.getString("municipality"),
            rs.getInt("number"),
            rs.getString("region"),
            rs.getString("provider_agb"),
            rs.getString("provider_reference"),
            rs.getObject("request_id", UUID.class),
            "",
            String.valueOf(RequestList.trimmed(rs.getString("category"))),
            rs.getString("product_code"),
            DeliveryState.valueOf(rs.getString("delivery")),
            rs.getObject("start_date", LocalDate.class),
            rs.getObject("end_date", LocalDate.class),
            rs.getObject("volume_amount", Long.class),
            rs.getString("volume_unit"),
            frequency == null ? null : String.valueOf(frequency),
            rs.getObject("budget_cents", Long.class),
            level == null ? null : ((Number) level).intValue(),
            rs.getInt("current_version"),
            rs.getString("change_reason")));
  }
}
