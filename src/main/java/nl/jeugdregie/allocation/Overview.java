package nl.jeugdregie.allocation;

import java.util.List;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Aggregates of the client route per region, without any client: what the policy role sees (issue
 * 3: "BELEID: aggregates only"), and a contract manager for their own region.
 */
@Service
public class Overview {

  private final JdbcClient db;

  Overview(JdbcClient db) {
    this.db = db;
  }

  /** Counts for one region. */
  public record RegionFigures(
      String region,
      long requests,
      long inInvestigation,
      long approved,
      long rejected,
      long allocations,
      long deliveryStarted,
      long deliveryEnded) {}

  /**
   * The same counts for one provider in one region: a contract manager's view of who carries the
   * region's care. Counts only, so the policy role (aggregates only) sees them too.
   */
  public record ProviderFigures(
      String region,
      String providerAgb,
      String providerName,
      long requests,
      long inInvestigation,
      long approved,
      long rejected,
      long allocations,
      long deliveryStarted,
      long deliveryEnded) {}

  /** Per region: every region for policy and admin, its own for a contract manager. */
  public List<RegionFigures> figures(Actor actor) {
    return query(scope(actor));
  }

  /**
   * Per region and provider, in the same scope as {@link #figures}, by region then provider name;
   * the sums per region equal {@link #figures}.
   */
  public List<ProviderFigures> byProvider(Actor actor) {
    return db.sql(
            """
            with r as (
              select region, provider_agb, count(*) as requests,
                count(*) filter (where state = 'IN_INVESTIGATION') as investigation,
                count(*) filter (where state = 'APPROVED') as approved,
                count(*) filter (where state = 'REJECTED') as rejected
              from allocation.request group by region, provider_agb),
            a as (
              select region, provider_agb, count(*) as allocations,
                count(*) filter (where delivery in ('STARTED', 'PAUSED')) as started,
                count(*) filter (where delivery = 'ENDED') as ended
              from allocation.allocation group by region, provider_agb)
            select coalesce(r.region, a.region) as region,
              coalesce(r.provider_agb, a.provider_agb) as provider_agb, p.name,
              coalesce(requests, 0) as requests, coalesce(investigation, 0) as investigation,
              coalesce(approved, 0) as approved, coalesce(rejected, 0) as rejected,
              coalesce(allocations, 0) as allocations, coalesce(started, 0) as started,
              coalesce(ended, 0) as ended
            from r full join a on a.region = r.region and a.provider_agb = r.provider_agb
            join catalog.provider p on p.agb = coalesce(r.provider_agb, a.provider_agb)
            where cast(:region as text) is null or coalesce(r.region, a.region) = :region
            order by 1, p.name, 2
            """)
        .param("region", scope(actor))
        .query(
            (rs, n) ->
                new ProviderFigures(
                    rs.getString("region"),
                    rs.getString("provider_agb"),
                    rs.getString("name"),
                    rs.getLong("requests"),
                    rs.getLong("investigation"),
                    rs.getLong("approved"),
                    rs.getLong("rejected"),
                    rs.getLong("allocations"),
                    rs.getLong("started"),
                    rs.getLong("ended")))
        .list();
  }

  /** The region the actor's figures are limited to; null for all. */
  private static @Nullable String scope(Actor actor) {
    return switch (actor.role()) {
      case POLICY, ADMIN -> null;
      case CONTRACT_MANAGER -> actor.region();
      case ACCESS_TEAM, PROVIDER ->
          throw RouteRefusedException.notPermitted(
              "region-wide figures are for policy, contract management and admin");
    };
  }

  private List<RegionFigures> query(@Nullable String region) {
    return db.sql(
            """
            with r as (
              select region, count(*) as requests,
                count(*) filter (where state = 'IN_INVESTIGATION') as investigation,
                count(*) filter (where state = 'APPROVED') as approved,
                count(*) filter (where state = 'REJECTED') as rejected
              from allocation.request group by region),
            a as (
              select region, count(*) as allocations,
                count(*) filter (where delivery in ('STARTED', 'PAUSED')) as started,
                count(*) filter (where delivery = 'ENDED') as ended
              from allocation.allocation group by region)
            select coalesce(r.region, a.region) as region,
              coalesce(requests, 0) as requests, coalesce(investigation, 0) as investigation,
              coalesce(approved, 0) as approved, coalesce(rejected, 0) as rejected,
              coalesce(allocations, 0) as allocations, coalesce(started, 0) as started,
              coalesce(ended, 0) as ended
            from r full join a on a.region = r.region
            where cast(:region as text) is null or coalesce(r.region, a.region) = :region
            order by 1
            """)
        .param("region", region)
        .query(
            (rs, n) ->
                new RegionFigures(
                    rs.getString("region"),
                    rs.getLong("requests"),
                    rs.getLong("investigation"),
                    rs.getLong("approved"),
                    rs.getLong("rejected"),
                    rs.getLong("allocations"),
                    rs.getLong("started"),
                    rs.getLong("ended")))
        .list();
  }
}
