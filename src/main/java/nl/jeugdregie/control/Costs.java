package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.jeugdregie.policy.Metric;
import nl.jeugdregie.policy.Norm;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The costs pillar (R-IJS-11, 001 bijlage 2 §1 "Pijler – kosten": "de kosten per jeugdige,
 * gemiddelde cliëntprijzen en kosten per aanbieder ... trends over de jaren"), read-only over the
 * ledger and the allocations. Per region, period (month, quarter or year of care), provider,
 * municipality and product category:
 *
 * <ul>
 *   <li><b>paid</b>: the sum of {@code billing.ledger_entry.signed_cents} (debits minus credits)
 *       for the month of care ({@code period_start}), not the month of booking;
 *   <li><b>declared</b>: the signed sum of {@code billing.line.amount_cents} of lines tied to an
 *       allocation, approved or not (a rejected line without an allocation has no region and is
 *       left out);
 *   <li><b>clients</b>: distinct clients whose paid sum in the cell is above zero (a fully credited
 *       client is no client with paid care);
 *   <li><b>cost per youth</b>: paid / clients, in cents, rounded half up. CBS Beleidsinformatie
 *       Jeugd counts youths with care, not with payments; we count paid care because that is what
 *       the costs pillar is about.
 *   <li><b>average client price</b> (assumption: the seed does not define it): over the allocations
 *       whose delivery ended definitively (last stop not 20 or 37) in the period, the whole sum
 *       ever paid on them divided by their number. An allocation stands in for CBS's trajectory (an
 *       uninterrupted run of allocations, ADR 0012) until the trajectory family exists.
 * </ul>
 *
 * <p>{@link Metric#COST_PER_CLIENT} (the measurement the traffic lights judge): the change of the
 * cost per youth of a calendar year. The IJsselland norm reads "at most 5% a year versus 2022", so
 * with a base year {@code b} (the pack's norm {@code baseline.year}) the value is the yearly
 * average change {@code (c_y / c_b)^(1/(y-b)) - 1}; without a base year it is the change against
 * the year before. Numerator and denominator are the two costs per youth in cents; clients is the
 * year's clients. A year still running is measured to date.
 */
@Service
public class Costs implements MeasurementSource {

  private final JdbcClient db;
  private final PolicyCatalog catalog;

  Costs(JdbcClient db, PolicyCatalog catalog) {
    this.db = db;
    this.catalog = catalog;
  }

  /** The grain of a series. */
  public enum Period {
    MONTH,
    QUARTER,
    YEAR
  }

  /** What to compute: filters are optional (null = all). {@code to} is inclusive. */
  public record Query(
      @Nullable String region,
      Period period,
      LocalDate from,
      LocalDate to,
      @Nullable String providerAgb,
      @Nullable String municipality) {}

  /** One cell of the series; a null amount with {@code suppressed} is hidden under k = 5. */
  public record Row(
      String region,
      String period,
      LocalDate periodStart,
      String providerAgb,
      String municipality,
      String category,
      @Nullable Long paidCents,
      @Nullable Long declaredCents,
      long clients,
      @Nullable Long costPerYouthCents,
      long closedAllocations,
      @Nullable Long averageClientPriceCents,
      boolean suppressed) {

    /** The same cell with its amounts hidden (k-anonymity for the policy role). */
    Row suppress() {
      return new Row(
          region,
          period,
          periodStart,
          providerAgb,
          municipality,
          category,
          null,
          null,
          clients,
          null,
          closedAllocations,
          null,
          true);
    }
  }

  /** The series, by period, region, provider, municipality and category. */
  public List<Row> series(Query q) {
    String unit = q.period().name().toLowerCase(java.util.Locale.ROOT);
    return db.sql(
            """
            with paid_client as (
              select a.region, cast(date_trunc(:unit, e.period_start) as date) as period,
                e.provider_agb, a.municipality, a.category, a.client_id,
                sum(e.signed_cents) as cents
              from billing.ledger_entry e join allocation.allocation a on a.id = e.allocation_id
              where e.period_start between :from and :to
                and (cast(:region as text) is null or a.region = :region)
                and (cast(:provider as text) is null or e.provider_agb = :provider)
                and (cast(:municipality as text) is null or a.municipality = :municipality)
              group by 1, 2, 3, 4, 5, 6),
            paid as (
              select region, period, provider_agb, municipality, category,
                sum(cents) as paid, count(*) filter (where cents > 0) as clients
              from paid_client group by 1, 2, 3, 4, 5),
            declared as (
              select a.region, cast(date_trunc(:unit, l.period_start) as date) as period,
                l.provider_agb, a.municipality, a.category,
                sum(case l.debit_credit when 'D' then l.amount_cents else -l.amount_cents end)
                  as declared
              from billing.line l join allocation.allocation a on a.id = l.allocation_id
              where l.period_start >= cast(date_trunc('month', cast(:from as date)) as date)
                and l.period_start <= :to
                and (cast(:region as text) is null or a.region = :region)
                and (cast(:provider as text) is null or l.provider_agb = :provider)
                and (cast(:municipality as text) is null or a.municipality = :municipality)
              group by 1, 2, 3, 4, 5),
            last_stop as (
              select distinct on (s.allocation_id) s.allocation_id, s.on_date, s.stop_reason
              from allocation.delivery_event s
              where s.kind = 'STOP' and s.withdrawn_at is null
              order by s.allocation_id, s.id desc),
            closed as (
              select a.region, cast(date_trunc(:unit, s.on_date) as date) as period,
                a.provider_agb, a.municipality, a.category, count(*) as closed,
                sum((select coalesce(sum(x.signed_cents), 0) from billing.ledger_entry x
                     where x.allocation_id = a.id)) as closed_paid
              from allocation.allocation a join last_stop s on s.allocation_id = a.id
              where a.delivery = 'ENDED' and s.stop_reason not in ('20', '37')
                and s.on_date between :from and :to
                and (cast(:region as text) is null or a.region = :region)
                and (cast(:provider as text) is null or a.provider_agb = :provider)
                and (cast(:municipality as text) is null or a.municipality = :municipality)
              group by 1, 2, 3, 4, 5)
            select coalesce(p.region, d.region, c.region) as region,
              coalesce(p.period, d.period, c.period) as period,
              coalesce(p.provider_agb, d.provider_agb, c.provider_agb) as provider_agb,
              coalesce(p.municipality, d.municipality, c.municipality) as municipality,
              coalesce(p.category, d.category, c.category) as category,
              coalesce(p.paid, 0) as paid, coalesce(d.declared, 0) as declared,
              coalesce(p.clients, 0) as clients, coalesce(c.closed, 0) as closed,
              c.closed_paid
            from paid p
            full join declared d using (region, period, provider_agb, municipality, category)
            full join closed c using (region, period, provider_agb, municipality, category)
            order by 2, 1, 3, 4, 5
            """)
        .param("unit", unit)
        .param("from", q.from())
        .param("to", q.to())
        .param("region", q.region())
        .param("provider", q.providerAgb())
        .param("municipality", q.municipality())
        .query((rs, n) -> row(rs, q.period()))
        .list();
  }

  private static Row row(ResultSet rs, Period period) throws SQLException {
    LocalDate start = rs.getObject("period", LocalDate.class);
    long paid = rs.getLong("paid");
    long clients = rs.getLong("clients");
    long closed = rs.getLong("closed");
    long closedPaid = rs.getLong("closed_paid");
    return new Row(
        rs.getString("region"),
        label(start, period),
        start,
        rs.getString("provider_agb"),
        rs.getString("municipality"),
        rs.getString("category"),
        paid,
        rs.getLong("declared"),
        clients,
        clients == 0 ? null : divide(paid, clients),
        closed,
        closed == 0 ? null : divide(closedPaid, closed),
        false);
  }

  /** 2025-03, 2025-Q1 or 2025. */
  static String label(LocalDate start, Period period) {
    return switch (period) {
      case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  static long divide(long cents, long count) {
    return BigDecimal.valueOf(cents)
        .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** COST_PER_CLIENT per provider and for the region (see the class comment). */
  @Override
  public List<Measurement> measure(String region, int year) {
    int base = baseYear(region, year);
    record Year(long paid, long clients) {}
    Map<@Nullable String, Map<Integer, Year>> years = new HashMap<>();
    db.sql(
            """
            with c as (
              select e.provider_agb, cast(extract(year from e.period_start) as int) as yr,
                a.client_id, sum(e.signed_cents) as cents
              from billing.ledger_entry e join allocation.allocation a on a.id = e.allocation_id
              where a.region = :region
                and (e.period_start between make_date(:base, 1, 1) and make_date(:base, 12, 31)
                  or e.period_start between make_date(:year, 1, 1) and make_date(:year, 12, 31))
              group by grouping sets ((e.provider_agb, extract(year from e.period_start), a.client_id),
                (extract(year from e.period_start), a.client_id)))
            select provider_agb, yr, sum(cents) as paid,
              count(*) filter (where cents > 0) as clients
            from c group by 1, 2
            """)
        .param("region", region)
        .param("base", base)
        .param("year", year)
        .query(
            (rs, n) ->
                years
                    .computeIfAbsent(rs.getString("provider_agb"), k -> new HashMap<>())
                    .put(rs.getInt("yr"), new Year(rs.getLong("paid"), rs.getLong("clients"))))
        .list();
    List<Measurement> result = new ArrayList<>();
    TreeSet<String> providers = new TreeSet<>();
    years.keySet().stream().filter(Objects::nonNull).forEach(providers::add);
    List<@Nullable String> keys = new ArrayList<>();
    keys.add(null);
    keys.addAll(providers);
    for (String provider : keys) {
      Map<Integer, Year> of = years.getOrDefault(provider, Map.of());
      Year now = of.getOrDefault(year, new Year(0, 0));
      Year then = of.getOrDefault(base, new Year(0, 0));
      String missing = null;
      if (base >= year) missing = "the base year " + base + " itself is not judged";
      else if (then.clients() == 0 || then.paid() <= 0)
        missing = "no paid care in the base year " + base;
      else if (now.clients() == 0 || now.paid() <= 0) missing = "no paid care in " + year;
      BigDecimal value =
          missing == null
              ? change(now.paid(), now.clients(), then.paid(), then.clients(), year - base)
              : null;
      result.add(
          new Measurement(
              Metric.COST_PER_CLIENT,
              region,
              provider,
              null,
              year,
              value,
              now.clients() == 0 ? 0 : divide(now.paid(), now.clients()),
              then.clients() == 0 ? 0 : divide(then.paid(), then.clients()),
              now.clients(),
              missing));
    }
    return result;
  }

  /** The yearly average change of paid/clients over {@code years} years, 4 decimals. */
  static BigDecimal change(long paid, long clients, long basePaid, long baseClients, int years) {
    // (paid / clients) / (basePaid / baseClients), exact until the root
    BigDecimal ratio =
        BigDecimal.valueOf(paid)
            .multiply(BigDecimal.valueOf(baseClients))
            .divide(
                BigDecimal.valueOf(clients).multiply(BigDecimal.valueOf(basePaid)),
                MathContext.DECIMAL64);
    if (years > 1) {
      ratio = BigDecimal.valueOf(Math.pow(ratio.doubleValue(), 1.0 / years));
    }
    return ratio.subtract(BigDecimal.ONE).setScale(4, RoundingMode.HALF_UP);
  }

  /** The COST_PER_CLIENT norm's base year in the pack in force that year, else the year before. */
  private int baseYear(String region, int year) {
    for (Norm norm : ControlDashboard.norms(catalog, region, year)) {
      if (norm.metric() == Metric.COST_PER_CLIENT && norm.baselineYear() != null) {
        return norm.baselineYear();
      }
    }
    return year - 1;
  }

  /** The municipalities of every version of a region's pack. */
  static List<String> municipalities(PolicyCatalog catalog, String region) {
    return catalog.versions(region).stream()
        .map(PolicyPack::municipalities)
        .flatMap(m -> m.keySet().stream())
        .distinct()
        .sorted()
        .toList();
  }
}
