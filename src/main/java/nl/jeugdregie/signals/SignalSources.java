package nl.jeugdregie.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.RequestState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts the signal rules read, straight from the allocation and billing schemas, read-only: the
 * allocation's current version, its first start of delivery (not withdrawn), the referral letter of
 * the request it was made on, its budget's consumption and the net amount booked per month. Only
 * these queries know those schemas; nothing here writes outside {@code signals}.
 */
@Component
class SignalSources {

  private static final String ALLOCATION =
      """
      select a.id, a.municipality, a.number, a.region, a.provider_agb, a.category, a.product_code,
             a.delivery, v.start_date, v.end_date, v.budget_cents, v.change_reason,
             r.referrer_type, r.letter_date, coalesce(b.consumed_cents, 0) as consumed_cents,
             (select min(e.on_date) from allocation.delivery_event e
               where e.allocation_id = a.id and e.kind = 'START'
                 and e.withdrawn_at is null) as care_started_on
      from allocation.allocation a
      join allocation.allocation_version v
        on v.allocation_id = a.id and v.version = a.current_version
      join allocation.request q on q.id = a.request_id
      left join allocation.referral r on r.id = q.referral_id
      left join billing.budget b on b.allocation_id = a.id
      """;

  private final JdbcClient db;

  SignalSources(JdbcClient db) {
    this.db = db;
  }

  Optional<AllocationSituation> allocation(UUID id) {
    return db.sql(ALLOCATION + " where a.id = :id")
        .param("id", id)
        .query((rs, n) -> allocation(rs))
        .optional();
  }

  Optional<RequestSituation> request(UUID id) {
    return db.sql(
            """
            select id, type, provider_reference, municipality, region, provider_agb, state,
                   answer_due, answered_on, investigation_due
            from allocation.request where id = :id
            """)
        .param("id", id)
        .query(SignalSources::request)
        .optional();
  }

  /**
   * The allocations the sweep looks at on {@code today}: those not past their end, and those with a
   * signal not yet done (so it can close).
   */
  List<UUID> liveAllocations(LocalDate today) {
    return db.sql(
            """
            select a.id from allocation.allocation a
            join allocation.allocation_version v
              on v.allocation_id = a.id and v.version = a.current_version
            where a.delivery <> 'ENDED' and (v.end_date is null or v.end_date >= :today)
            union
            select s.subject from signals.signal s
            join allocation.allocation a on a.id = s.subject
            where s.state <> 'DONE'
            """)
        .param("today", today)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list();
  }

  /** The requests the sweep looks at: still unanswered or in investigation, or with a signal. */
  List<UUID> liveRequests() {
    return db.sql(
            """
            select id from allocation.request
            where answered_on is null or state = 'IN_INVESTIGATION'
            union
            select s.subject from signals.signal s
            join allocation.request q on q.id = s.subject
            where s.state <> 'DONE'
            """)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list();
  }

  private AllocationSituation allocation(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<Exhaustion.Month> booked =
        db.sql(
                """
                select period_start, sum(signed_cents) as cents from billing.ledger_entry
                where allocation_id = :id group by period_start
                order by period_start desc limit :months
                """)
            .param("id", id)
            .param("months", Exhaustion.RATE_MONTHS)
            .query(
                (r, n) ->
                    new Exhaustion.Month(
                        YearMonth.from(r.getObject("period_start", LocalDate.class)),
                        r.getLong("cents")))
            .list();
    return new AllocationSituation(
        id,
        rs.getString("municipality"),
        rs.getInt("number"),
        rs.getString("region"),
        rs.getString("provider_agb"),
        rs.getString("category"),
        rs.getString("product_code"),
        rs.getString("delivery"),
        "13".equals(rs.getString("change_reason")),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        (Long) rs.getObject("budget_cents"),
        rs.getLong("consumed_cents"),
        booked,
        rs.getObject("care_started_on", LocalDate.class),
        rs.getString("referrer_type"),
        rs.getObject("letter_date", LocalDate.class));
  }

  private static RequestSituation request(ResultSet rs, int n) throws SQLException {
    return new RequestSituation(
        rs.getObject("id", UUID.class),
        rs.getString("type").equals("CHANGE"),
        rs.getString("provider_reference"),
        rs.getString("municipality"),
        rs.getString("region"),
        rs.getString("provider_agb"),
        RequestState.valueOf(rs.getString("state")),
        rs.getObject("answer_due", LocalDate.class),
        rs.getObject("answered_on", LocalDate.class),
        rs.getObject("investigation_due", LocalDate.class));
  }
}
