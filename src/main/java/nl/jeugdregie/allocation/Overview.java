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

  public List<RegionFigures> figures(Actor actor) {
    String region =
        switch (actor.role()) {
          case POLICY, ADMIN -> null;
          case CONTRACT_MANAGER -> actor.region();
          case ACCESS_TEAM, PROVIDER ->
              throw RouteRefusedException.notPermitted(
                  "region-wide figures are for policy, contract management and admin");
        };
    return query(region);
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
