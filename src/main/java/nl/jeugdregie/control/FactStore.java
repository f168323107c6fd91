package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.policy.Metric;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the control facts of one region (the views {@link ControlFacts} refreshes) and the national
 * references. Only the control schema; no BSN or name is in any of them.
 */
@Component
class FactStore {

  /** Something a measurement can be broken down by: its provider and its form. */
  interface Item {
    String providerAgb();

    /** The sub-segment, or the product category where the region has none. */
    String form();

    UUID clientId();
  }

  /** One row of control.trajectory. */
  record Trajectory(
      String providerAgb,
      UUID clientId,
      String form,
      LocalDate start,
      @Nullable LocalDate end,
      @Nullable Integer firstLevel,
      @Nullable Integer heaviestLevel,
      @Nullable String endReason,
      @Nullable String goalsReached,
      @Nullable Boolean goalsInTime,
      int extensionRequests)
      implements Item {

    boolean endedIn(int year) {
      return end != null && end.getYear() == year;
    }

    boolean activeIn(int year) {
      return start.getYear() <= year && (end == null || end.getYear() >= year);
    }

    /** The end of an ended trajectory. */
    LocalDate ended() {
      if (end == null) throw new IllegalStateException("the trajectory is open");
      return end;
    }

    /** Days in care, both ends counted. */
    long days() {
      return ended().toEpochDay() - start.toEpochDay() + 1;
    }
  }

  /** One row of control.allocation_fact, the fields the allocation metrics use. */
  record Allocation(
      String providerAgb,
      UUID clientId,
      String form,
      @Nullable String productCode,
      @Nullable String budgetScheme,
      LocalDate approvedOn,
      @Nullable LocalDate allocatedUntil,
      @Nullable LocalDate careStart,
      @Nullable LocalDate careEnd,
      @Nullable Integer firstLevel,
      @Nullable Long firstBudgetCents,
      @Nullable Long budgetCents,
      long paidCents)
      implements Item {}

  /** Declared hours of one client at one provider in one form in one calendar year. */
  record ClientHours(String providerAgb, UUID clientId, String form, int year, BigDecimal hours)
      implements Item {}

  private final JdbcClient db;

  FactStore(JdbcClient db) {
    this.db = db;
  }

  List<Trajectory> trajectories(String region) {
    return db.sql(
            """
            select provider_agb, client_id, form, start_date, end_date, first_level,
              heaviest_level, end_reason, goals_reached, goals_in_time, extension_requests
            from control.trajectory where region = :region
            """)
        .param("region", region)
        .query(
            (rs, n) ->
                new Trajectory(
                    rs.getString("provider_agb"),
                    rs.getObject("client_id", UUID.class),
                    rs.getString("form"),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class),
                    rs.getObject("first_level", Integer.class),
                    rs.getObject("heaviest_level", Integer.class),
                    rs.getString("end_reason"),
                    rs.getString("goals_reached"),
                    rs.getObject("goals_in_time", Boolean.class),
                    rs.getInt("extension_requests")))
        .list();
  }

  List<Allocation> allocations(String region) {
    return db.sql(
            """
            select provider_agb, client_id, form, product_code, budget_scheme, approved_on,
              allocated_until, care_start, care_end, first_level, first_budget_cents,
              budget_cents, paid_cents
            from control.allocation_fact where region = :region
            """)
        .param("region", region)
        .query(
            (rs, n) ->
                new Allocation(
                    rs.getString("provider_agb"),
                    rs.getObject("client_id", UUID.class),
                    rs.getString("form"),
                    rs.getString("product_code"),
                    rs.getString("budget_scheme"),
                    rs.getObject("approved_on", LocalDate.class),
                    rs.getObject("allocated_until", LocalDate.class),
                    rs.getObject("care_start", LocalDate.class),
                    rs.getObject("care_end", LocalDate.class),
                    rs.getObject("first_level", Integer.class),
                    rs.getObject("first_budget_cents", Long.class),
                    rs.getObject("budget_cents", Long.class),
                    rs.getLong("paid_cents")))
        .list();
  }

  List<ClientHours> hours(String region) {
    return db.sql(
            """
            select provider_agb, client_id, form, extract(year from month)::int as year,
              sum(hours) as hours
            from control.declared_month where region = :region
            group by provider_agb, client_id, form, extract(year from month)
            """)
        .param("region", region)
        .query(
            (rs, n) ->
                new ClientHours(
                    rs.getString("provider_agb"),
                    rs.getObject("client_id", UUID.class),
                    rs.getString("form"),
                    rs.getInt("year"),
                    rs.getBigDecimal("hours")))
        .list();
  }

  Optional<BigDecimal> nationalReference(Metric metric, int year) {
    return db.sql("select value from control.national_reference where metric = :m and year = :y")
        .param("m", metric.name())
        .param("y", year)
        .query(BigDecimal.class)
        .optional();
  }
}
