package nl.jeugdregie.control;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.TestData;
import nl.jeugdregie.catalog.Providers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A route history of one fresh provider written straight into the route tables. The services
 * (Requests, Allocations, Delivery) take today from the clock and refuse dates years back, and the
 * KPIs need whole years with 12-month and 2-year follow-ups (2021 to 2024); so the rows are
 * inserted as those services would have left them: a request approved by decision seq 1, its
 * allocation with versions, starts and stops (JZ588 reasons, the end-of-care report), declared
 * lines and ledger entries. The provider itself is registered through the catalog service.
 */
final class RouteHistory {

  /** An allocation as inserted. */
  record Alloc(UUID id, int number, UUID client, String category, @Nullable String product) {}

  private final JdbcClient db;
  final String region;
  final String municipality;
  final String agb;

  RouteHistory(JdbcClient db, Providers providers, String region, String municipality) {
    this.db = db;
    this.region = region;
    this.municipality = municipality;
    this.agb = TestData.agb();
    providers.register(agb, "KPI-aanbieder " + agb);
  }

  UUID client() {
    UUID id = UUID.randomUUID();
    db.sql(
            """
            insert into clients.client (id, bsn, pseudonym, birth_date, municipality, created_at)
            values (:id, :bsn, :pseudonym, date '2012-03-04', :municipality, now())
            """)
        .param("id", id)
        .param("bsn", TestData.bsn())
        .param("pseudonym", "C-" + Long.toHexString(random(1L << 36, 1L << 40)))
        .param("municipality", municipality)
        .update();
    return id;
  }

  /**
   * An allocation approved on {@code approvedOn}, for care from {@code from} to {@code until} (open
   * when null), version 1 at {@code level} with {@code budgetCents}.
   */
  Alloc allocation(
      UUID client,
      String category,
      @Nullable String product,
      @Nullable String scheme,
      LocalDate approvedOn,
      LocalDate from,
      @Nullable LocalDate until,
      @Nullable Integer level,
      @Nullable Long budgetCents) {
    UUID request = UUID.randomUUID();
    db.sql(
            """
            insert into allocation.request (id, type, client_id, provider_agb, provider_reference,
              region, municipality, received_on, category, product_code, body, state, answer_due,
              answered_on, created_at)
            values (:id, 'ALLOCATION', :client, :agb, :ref, :region, :municipality, :received,
              :category, :product, '{}'::jsonb, 'APPROVED', :received, :approved, :at)
            """)
        .param("id", request)
        .param("client", client)
        .param("agb", agb)
        .param("ref", "K" + random(1L << 40, 1L << 50))
        .param("region", region)
        .param("municipality", municipality)
        .param("received", approvedOn.minusDays(3))
        .param("category", category)
        .param("product", product)
        .param("approved", approvedOn)
        .param("at", approvedOn.minusDays(3).atStartOfDay().atOffset(ZoneOffset.UTC))
        .update();
    db.sql(
            """
            insert into allocation.decision (request_id, seq, decided_by, pack_id, pack_valid_from,
              outcome, judged_request, output, decided_at)
            values (:request, 1, 'engine', :region, date '2020-01-01', 'APPROVE', '{}'::jsonb,
              '{}'::jsonb, :at)
            """)
        .param("request", request)
        .param("region", region)
        .param("at", approvedOn.atTime(12, 0).atOffset(ZoneOffset.UTC))
        .update();
    UUID id = UUID.randomUUID();
    int number = (int) random(100_000_000L, 999_999_999L);
    String basis = scheme == null ? "{}" : "{\"budget\": {\"scheme\": \"" + scheme + "\"}}";
    db.sql(
            """
            insert into allocation.allocation (id, municipality, number, client_id, provider_agb,
              region, request_id, category, product_code, basis, created_at)
            values (:id, :municipality, :number, :client, :agb, :region, :request, :category,
              :product, cast(:basis as jsonb), :at)
            """)
        .param("id", id)
        .param("municipality", municipality)
        .param("number", number)
        .param("client", client)
        .param("agb", agb)
        .param("region", region)
        .param("request", request)
        .param("category", category)
        .param("product", product)
        .param("basis", basis)
        .param("at", approvedOn.atTime(12, 0).atOffset(ZoneOffset.UTC))
        .update();
    Alloc a = new Alloc(id, number, client, category, product);
    insertVersion(a, 1, from, until, level, budgetCents);
    return a;
  }

  /** A later version (JZ002 02) at another level or budget; it becomes the current one. */
  void version(
      Alloc a, int version, LocalDate from, @Nullable Integer level, @Nullable Long budgetCents) {
    insertVersion(a, version, from, null, level, budgetCents);
    db.sql("update allocation.allocation set current_version = :v where id = :id")
        .param("v", version)
        .param("id", a.id())
        .update();
  }

  private void insertVersion(
      Alloc a,
      int version,
      LocalDate from,
      @Nullable LocalDate until,
      @Nullable Integer level,
      @Nullable Long budgetCents) {
    db.sql(
            """
            insert into allocation.allocation_version (allocation_id, version, start_date, end_date,
              budget_cents, level, change_reason, recorded_at, recorded_by)
            values (:id, :version, :from, :until, :budget, :level, :reason, now(), 'test')
            """)
        .param("id", a.id())
        .param("version", version)
        .param("from", from)
        .param("until", until)
        .param("budget", budgetCents)
        .param("level", level)
        .param("reason", version == 1 ? null : "02")
        .update();
  }

  void start(Alloc a, LocalDate on) {
    db.sql(
            """
            insert into allocation.delivery_event (allocation_id, kind, on_date, recorded_at,
              recorded_by)
            values (:id, 'START', :on, now(), 'test')
            """)
        .param("id", a.id())
        .param("on", on)
        .update();
    db.sql("update allocation.allocation set delivery = 'STARTED' where id = :id")
        .param("id", a.id())
        .update();
  }

  /** A definitive stop with its JZ588 reason and the end-of-care report (null: not reported). */
  void stop(
      Alloc a, LocalDate on, String reason, @Nullable String goals, @Nullable Boolean inTime) {
    db.sql(
            """
            insert into allocation.delivery_event (allocation_id, kind, on_date, stop_reason,
              start_date, goals_reached, goals_in_time, recorded_at, recorded_by)
            values (:id, 'STOP', :on, :reason,
              (select min(on_date) from allocation.delivery_event
                where allocation_id = :id and kind = 'START'),
              :goals, :inTime, now(), 'test')
            """)
        .param("id", a.id())
        .param("on", on)
        .param("reason", reason)
        .param("goals", goals)
        .param("inTime", inTime)
        .update();
    db.sql("update allocation.allocation set delivery = 'ENDED' where id = :id")
        .param("id", a.id())
        .update();
  }

  /** Started on {@code from} and stopped on {@code to}. */
  void care(
      Alloc a,
      LocalDate from,
      LocalDate to,
      String reason,
      @Nullable String goals,
      @Nullable Boolean inTime) {
    start(a, from);
    stop(a, to, reason, goals, inTime);
  }

  /** A change request (VOW) that names the allocation, still in investigation. */
  void changeRequest(Alloc a, LocalDate received) {
    UUID id = UUID.randomUUID();
    db.sql(
            """
            insert into allocation.request (id, type, client_id, provider_agb, provider_reference,
              region, municipality, received_on, body, state, answer_due, investigation_due,
              created_at)
            values (:id, 'CHANGE', :client, :agb, :ref, :region, :municipality, :received,
              cast(:body as jsonb), 'IN_INVESTIGATION', :received, :received, now())
            """)
        .param("id", id)
        .param("client", a.client())
        .param("agb", agb)
        .param("ref", "V" + random(1L << 40, 1L << 50))
        .param("region", region)
        .param("municipality", municipality)
        .param("received", received)
        .param("body", "{\"change\": [{\"number\": " + a.number() + "}]}")
        .update();
  }

  /**
   * One declared line for the month of care: {@code volume} in {@code unit} (04 uur, 01 minuut),
   * debit or credit, approved or rejected. Returns the line id.
   */
  long line(
      Alloc a,
      LocalDate month,
      long volume,
      String unit,
      String debitCredit,
      long cents,
      boolean approved) {
    UUID declaration = UUID.randomUUID();
    LocalDate first = month.withDayOfMonth(1);
    db.sql(
            """
            insert into billing.declaration (id, provider_agb, number, municipality, period_start,
              received_on, content_hash, answer, created_at)
            values (:id, :agb, :number, :municipality, :first, :received, repeat('0', 64),
              '{}'::jsonb, now())
            """)
        .param("id", declaration)
        .param("agb", agb)
        .param("number", Long.toString(random(1L << 40, 1L << 50), 36))
        .param("municipality", municipality)
        .param("first", first)
        .param("received", first.plusMonths(1))
        .update();
    return db.sql(
            """
            insert into billing.line (declaration_id, idx, provider_agb, reference,
              previous_reference, debit_credit, allocation_number, allocation_id, client_id,
              category, product_code, period_start, period_end, volume, unit, amount_cents,
              approved, return_codes)
            values (:declaration, 0, :agb, :reference, :previous, :dc, :number, :allocation,
              :client, :category, :product, :first, :last, :volume, :unit, :cents, :approved,
              cast(:codes as jsonb))
            returning id
            """)
        .param("declaration", declaration)
        .param("agb", agb)
        .param("reference", "R" + random(1L << 30, 1L << 40))
        .param("previous", "C".equals(debitCredit) ? "P" + random(1L << 30, 1L << 40) : null)
        .param("dc", debitCredit)
        .param("number", a.number())
        .param("allocation", a.id())
        .param("client", a.client())
        .param("category", a.category())
        .param("product", a.product())
        .param("first", first)
        .param("last", first.plusMonths(1).minusDays(1))
        .param("volume", volume)
        .param("unit", unit)
        .param("cents", cents)
        .param("approved", approved)
        .param("codes", approved ? "[]" : "[\"8001\"]")
        .query(Long.class)
        .single();
  }

  /** An approved line of {@code cents} booked in the ledger (a credit takes money back). */
  void pay(Alloc a, LocalDate month, long cents, String debitCredit) {
    long line = line(a, month, 1, "83", debitCredit, cents, true);
    db.sql("insert into billing.budget (allocation_id) values (:id) on conflict do nothing")
        .param("id", a.id())
        .update();
    db.sql(
            """
            insert into billing.ledger_entry (line_id, provider_agb, reference, credits_reference,
              debit_credit, allocation_id, municipality, period_start, amount_cents, booked_at)
            select l.id, l.provider_agb, l.reference, l.previous_reference, l.debit_credit,
              l.allocation_id, :municipality, l.period_start, l.amount_cents, now()
            from billing.line l where l.id = :line
            """)
        .param("municipality", municipality)
        .param("line", line)
        .update();
  }

  private static long random(long from, long to) {
    return ThreadLocalRandom.current().nextLong(from, to);
  }
}
