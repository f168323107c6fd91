package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.jeugdregie.policy.Metric;
import nl.jeugdregie.policy.PolicyCatalog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The pillar scores of R-IJS-11 (001 bijlage 2 §1, the pillars; §4.8 "hoe een aanbieder scoort op
 * de vier inhoudelijke pijlers") per provider per calendar year, each 0..1, from facts the route
 * records. A score is the unweighted mean of its parts that could be measured (equal weights are an
 * <b>assumption</b>: the seed gives none); a part without observations is left out, and a score
 * without any part is missing. {@code numerator}/{@code denominator} are the parts' hits and
 * observations pooled (for reading, not the score itself); {@code clients} the distinct clients
 * involved. Only the provider's allocations in the region count; definitive stops are the last
 * not-withdrawn stop of an allocation with a reason other than 20 (temporary) and 37 (a change
 * request ends one allocation for the next: no end of care).
 *
 * <ul>
 *   <li><b>QUALITY_SCORE</b> ("Pijler – kwaliteit"): (a) ended according to plan: stops with JZ588
 *       31 / definitive stops in the year (CBS Beleidsinformatie Jeugd "beëindigd volgens plan"; we
 *       count per allocation, CBS per trajectory); (b) results reached, from the end-of-care report
 *       on those stops ({@code goals_reached}): YES counts 1, PARTLY 0.5 (assumption), NO 0, over
 *       the stops that report it; unreported stops are left out, never guessed.
 *   <li><b>CONTINUITY_SCORE</b> ("Pijler – continuïteit": "tijdig kan rekenen op beschikbare
 *       jeugdhulp ... geen tot acceptabele wachttijden"): (a) first starts in the year within
 *       {@value #WAITING_DAYS} days (assumption: four weeks) of the later of the decision and the
 *       allocated start; a decision recorded after the start (history entered later) counts from
 *       the request's receipt; (b) 1 - stops by the provider unilaterally (JZ588 33) / definitive
 *       stops.
 *   <li><b>WORK_PROCESS_SCORE</b> ("Pijler – werkprocessen": "de tijdigheid van declareren"): (a)
 *       declarations for a month of the year received before the end of the next month (assumption:
 *       one month after the month), of the region's municipalities (the packs); (b) starts and
 *       stops reported within {@value #REPORT_DAYS} calendar days of the day they name (assumption:
 *       about iJw's five working days for JW305/JW307).
 * </ul>
 */
@Service
public class PillarScores implements MeasurementSource {

  static final int WAITING_DAYS = 28;
  static final int REPORT_DAYS = 7;

  private final JdbcClient db;
  private final PolicyCatalog catalog;

  PillarScores(JdbcClient db, PolicyCatalog catalog) {
    this.db = db;
    this.catalog = catalog;
  }

  /** One part of a score: hits of observations. */
  record Part(long hits, long of) {
    @Nullable BigDecimal share() {
      return of == 0
          ? null
          : BigDecimal.valueOf(hits).divide(BigDecimal.valueOf(of), 6, RoundingMode.HALF_UP);
    }
  }

  /** The parts measured for one provider. */
  static final class Parts {
    Part planned = new Part(0, 0);
    long goalsHalves;
    long goalsReported;
    Part timelyStarts = new Part(0, 0);
    Part notEndedByProvider = new Part(0, 0);
    Part timelyDeclarations = new Part(0, 0);
    Part timelyReports = new Part(0, 0);
    long qualityClients;
    long continuityClients;
    long workClients;
  }

  @Override
  public List<Measurement> measure(String region, int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year + 1, 1, 1);
    Map<String, Parts> parts = new TreeMap<>();
    db.sql(
            """
            with last_stop as (
              select distinct on (s.allocation_id) s.allocation_id, s.on_date, s.stop_reason,
                s.goals_reached
              from allocation.delivery_event s
              where s.kind = 'STOP' and s.withdrawn_at is null
              order by s.allocation_id, s.id desc)
            select a.provider_agb, count(*) as stops,
              count(*) filter (where s.stop_reason = '31') as planned,
              count(*) filter (where s.stop_reason = '33') as by_provider,
              count(s.goals_reached) as reported,
              count(*) filter (where s.goals_reached = 'YES') as yes,
              count(*) filter (where s.goals_reached = 'PARTLY') as partly,
              count(distinct a.client_id) as clients
            from last_stop s join allocation.allocation a on a.id = s.allocation_id
            where a.region = :region and a.delivery = 'ENDED'
              and s.stop_reason not in ('20', '37')
              and s.on_date >= :from and s.on_date < :to
            group by a.provider_agb
            """)
        .param("region", region)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) -> {
              Parts p = parts.computeIfAbsent(rs.getString("provider_agb"), k -> new Parts());
              long stops = rs.getLong("stops");
              p.planned = new Part(rs.getLong("planned"), stops);
              p.goalsHalves = 2 * rs.getLong("yes") + rs.getLong("partly");
              p.goalsReported = rs.getLong("reported");
              p.notEndedByProvider = new Part(stops - rs.getLong("by_provider"), stops);
              p.qualityClients = rs.getLong("clients");
              return p;
            })
        .list();
    db.sql(
            """
            with first_start as (
              select distinct on (e.allocation_id) e.allocation_id, e.on_date
              from allocation.delivery_event e
              where e.kind = 'START' and e.withdrawn_at is null
              order by e.allocation_id, e.id)
            select a.provider_agb, count(*) as starts,
              count(*) filter (where f.on_date - greatest(
                case when r.answered_on is not null and r.answered_on <= f.on_date
                  then r.answered_on else r.received_on end, v.start_date) <= :days) as timely,
              count(distinct a.client_id) as clients
            from first_start f
            join allocation.allocation a on a.id = f.allocation_id
            join allocation.request r on r.id = a.request_id
            join allocation.allocation_version v on v.allocation_id = a.id and v.version = 1
            where a.region = :region and f.on_date >= :from and f.on_date < :to
            group by a.provider_agb
            """)
        .param("region", region)
        .param("from", from)
        .param("to", to)
        .param("days", WAITING_DAYS)
        .query(
            (rs, n) -> {
              Parts p = parts.computeIfAbsent(rs.getString("provider_agb"), k -> new Parts());
              p.timelyStarts = new Part(rs.getLong("timely"), rs.getLong("starts"));
              p.continuityClients = rs.getLong("clients");
              return p;
            })
        .list();
    List<String> municipalities = Costs.municipalities(catalog, region);
    if (!municipalities.isEmpty()) {
      db.sql(
              """
              select d.provider_agb, count(*) as declarations,
                count(*) filter (where d.received_on < d.period_start + interval '2 months')
                  as timely
              from billing.declaration d
              where d.municipality in (:municipalities)
                and d.period_start >= :from and d.period_start < :to
              group by d.provider_agb
              """)
          .param("municipalities", municipalities)
          .param("from", from)
          .param("to", to)
          .query(
              (rs, n) -> {
                Parts p = parts.computeIfAbsent(rs.getString("provider_agb"), k -> new Parts());
                p.timelyDeclarations = new Part(rs.getLong("timely"), rs.getLong("declarations"));
                return p;
              })
          .list();
    }
    db.sql(
            """
            select a.provider_agb, count(*) as events,
              count(*) filter (where
                cast(e.recorded_at at time zone 'Europe/Amsterdam' as date) - e.on_date <= :days)
                as timely,
              count(distinct a.client_id) as clients
            from allocation.delivery_event e join allocation.allocation a on a.id = e.allocation_id
            where a.region = :region and e.withdrawn_at is null
              and e.on_date >= :from and e.on_date < :to
            group by a.provider_agb
            """)
        .param("region", region)
        .param("from", from)
        .param("to", to)
        .param("days", REPORT_DAYS)
        .query(
            (rs, n) -> {
              Parts p = parts.computeIfAbsent(rs.getString("provider_agb"), k -> new Parts());
              p.timelyReports = new Part(rs.getLong("timely"), rs.getLong("events"));
              p.workClients = rs.getLong("clients");
              return p;
            })
        .list();
    List<Measurement> result = new ArrayList<>();
    parts.forEach(
        (agb, p) -> {
          Part goals = new Part(p.goalsHalves, 2 * p.goalsReported);
          result.add(
              score(
                  Metric.QUALITY_SCORE,
                  region,
                  agb,
                  year,
                  p.qualityClients,
                  "no definitive stops in " + year,
                  p.planned,
                  goals));
          result.add(
              score(
                  Metric.CONTINUITY_SCORE,
                  region,
                  agb,
                  year,
                  Math.max(p.continuityClients, p.qualityClients),
                  "no starts or definitive stops in " + year,
                  p.timelyStarts,
                  p.notEndedByProvider));
          result.add(
              score(
                  Metric.WORK_PROCESS_SCORE,
                  region,
                  agb,
                  year,
                  p.workClients,
                  "no declarations, starts or stops in " + year,
                  p.timelyDeclarations,
                  p.timelyReports));
        });
    return result;
  }

  /**
   * The mean of the parts that have observations, 4 decimals. The client count is the largest of
   * the parts' (a lower bound of the distinct clients, good enough for k = 5).
   */
  static Measurement score(
      Metric metric,
      String region,
      String agb,
      int year,
      long clients,
      String missing,
      Part... of) {
    BigDecimal sum = BigDecimal.ZERO;
    int measured = 0;
    long hits = 0;
    long total = 0;
    for (Part part : of) {
      BigDecimal share = part.share();
      if (share == null) continue;
      sum = sum.add(share);
      measured++;
      hits += part.hits();
      total += part.of();
    }
    BigDecimal value =
        measured == 0 ? null : sum.divide(BigDecimal.valueOf(measured), 4, RoundingMode.HALF_UP);
    return new Measurement(
        metric,
        region,
        agb,
        null,
        year,
        value,
        hits,
        total,
        clients,
        value == null ? missing : null);
  }
}
