package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Waiting times (Twente R-TWE-6, 002 p.4: the Beschikbaarheidswijzer shows "welke zorgaanbieders
 * wanneer plek hebben, inclusief wachttijden"; issue 13, ADR 0012 Waiting times), measured from
 * what the route records, per region, provider and product, for the allocation requests (VOT;
 * change requests are not waiting for care) received in a period:
 *
 * <ul>
 *   <li><b>to decision</b>: days from {@code received_on} to the first final decision (the first
 *       APPROVE or REJECT in allocation.decision, its {@code decided_at} as a date in
 *       Europe/Amsterdam; else the request's {@code answered_on});
 *   <li><b>to start</b>: days from that decision to the first START of delivery (JW305) on an
 *       allocation of the request that was not withdrawn (iJw IV008);
 *   <li><b>total</b>: days from receipt to that start;
 * </ul>
 *
 * each as count, median and 80th percentile (PostgreSQL {@code percentile_cont}, interpolated, one
 * decimal). Requests still waiting are counted apart with the median of their days so far (to
 * {@code today}): undecided ones, and approved ones without a start. Rejected requests count for
 * "to decision" only.
 *
 * <p>The Treeknorm (the national norm of waiting times in care: 4 weeks to the intake, 6 weeks from
 * intake to treatment, 10 weeks in all) is context only: the route records no intake date, so "to
 * start" stands for Treeknorm's whole trajectory after the decision; no norm is scored here. CBS
 * Beleidsinformatie Jeugd publishes no waiting time; we follow no CBS definition.
 *
 * <p>Scope: a contract manager sees their region, admin and policy every region; for policy (k = 5)
 * every row of fewer than 5 clients has its figures null and {@code suppressed: true}.
 */
@Service
public class WaitingTimes {

  private static final int K = 5;

  private final JdbcClient db;
  private final PolicyCatalog catalog;

  WaitingTimes(JdbcClient db, PolicyCatalog catalog) {
    this.db = db;
    this.catalog = catalog;
  }

  /** The filter: the receipt period (inclusive) and optional region, provider and product. */
  public record Query(
      LocalDate from,
      LocalDate to,
      @Nullable String region,
      @Nullable String providerAgb,
      @Nullable String productCode) {}

  /** One row; days are null where nothing was measured or where suppressed. */
  public record WaitingTime(
      String region,
      String providerAgb,
      @Nullable String category,
      @Nullable String productCode,
      @Nullable Long requests,
      @Nullable Long clients,
      @Nullable Long decided,
      @Nullable BigDecimal toDecisionMedianDays,
      @Nullable BigDecimal toDecisionP80Days,
      @Nullable Long started,
      @Nullable BigDecimal toStartMedianDays,
      @Nullable BigDecimal toStartP80Days,
      @Nullable BigDecimal totalMedianDays,
      @Nullable BigDecimal totalP80Days,
      @Nullable Long waitingForDecision,
      @Nullable BigDecimal waitingForDecisionMedianDays,
      @Nullable Long waitingForStart,
      @Nullable BigDecimal waitingForStartMedianDays,
      boolean suppressed) {}

  @Transactional(readOnly = true)
  public List<WaitingTime> measure(Actor actor, Query query, LocalDate today) {
    if (query.to().isBefore(query.from())) {
      throw new InvalidRequestException(
          "to", "must not be before from (" + query.from() + "), got " + query.to());
    }
    String region =
        ControlScope.region(
            actor,
            query.region(),
            catalog,
            "waiting times are for contract managers, policy and admins; access teams read the"
                + " availability feed");
    boolean policy = actor.role() == Role.POLICY;
    return db.sql(
            """
            with req as (
              select r.region, r.provider_agb, r.category, r.product_code, r.client_id,
                r.received_on, r.state,
                coalesce((select min((d.decided_at at time zone 'Europe/Amsterdam')::date)
                          from allocation.decision d
                          where d.request_id = r.id and d.outcome in ('APPROVE', 'REJECT')),
                         r.answered_on) as decided_on,
                (select min(e.on_date) from allocation.delivery_event e
                   join allocation.allocation a on a.id = e.allocation_id
                 where a.request_id = r.id and e.kind = 'START'
                   and e.withdrawn_at is null) as started_on
              from allocation.request r
              where r.type = 'ALLOCATION' and r.received_on between :from and :to
                and (cast(:region as text) is null or r.region = :region)
                and (cast(:provider as text) is null or r.provider_agb = :provider)
                and (cast(:product as text) is null or r.product_code = :product))
            select region, provider_agb, category, product_code, count(*) as requests,
              count(distinct client_id) as clients,
              count(decided_on) as decided,
              percentile_cont(0.5) within group (order by decided_on - received_on)
                filter (where decided_on is not null) as d50,
              percentile_cont(0.8) within group (order by decided_on - received_on)
                filter (where decided_on is not null) as d80,
              count(*) filter (where decided_on is not null and started_on is not null) as started,
              percentile_cont(0.5) within group (order by started_on - decided_on)
                filter (where decided_on is not null and started_on is not null) as s50,
              percentile_cont(0.8) within group (order by started_on - decided_on)
                filter (where decided_on is not null and started_on is not null) as s80,
              percentile_cont(0.5) within group (order by started_on - received_on)
                filter (where decided_on is not null and started_on is not null) as t50,
              percentile_cont(0.8) within group (order by started_on - received_on)
                filter (where decided_on is not null and started_on is not null) as t80,
              count(*) filter (where decided_on is null) as open_decision,
              percentile_cont(0.5) within group (order by cast(:today as date) - received_on)
                filter (where decided_on is null) as od50,
              count(*) filter (where decided_on is not null and state = 'APPROVED'
                               and started_on is null) as open_start,
              percentile_cont(0.5) within group (order by cast(:today as date) - decided_on)
                filter (where decided_on is not null and state = 'APPROVED'
                        and started_on is null) as os50
            from req
            group by region, provider_agb, category, product_code
            order by region, provider_agb, category, product_code nulls first
            """)
        .param("from", query.from())
        .param("to", query.to())
        .param("region", region)
        .param("provider", query.providerAgb())
        .param("product", query.productCode())
        .param("today", today)
        .query(
            (rs, n) -> {
              long clients = rs.getLong("clients");
              String r = rs.getString("region");
              String agb = rs.getString("provider_agb");
              String category = rs.getString("category");
              String code = rs.getString("product_code");
              if (policy && clients < K) {
                return new WaitingTime(
                    r, agb, category, code, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, true);
              }
              return new WaitingTime(
                  r,
                  agb,
                  category,
                  code,
                  rs.getLong("requests"),
                  clients,
                  rs.getLong("decided"),
                  days(rs, "d50"),
                  days(rs, "d80"),
                  rs.getLong("started"),
                  days(rs, "s50"),
                  days(rs, "s80"),
                  days(rs, "t50"),
                  days(rs, "t80"),
                  rs.getLong("open_decision"),
                  days(rs, "od50"),
                  rs.getLong("open_start"),
                  days(rs, "os50"),
                  false);
            })
        .list();
  }

  private static @Nullable BigDecimal days(java.sql.ResultSet rs, String column)
      throws java.sql.SQLException {
    double value = rs.getDouble(column);
    if (rs.wasNull()) return null;
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }
}
