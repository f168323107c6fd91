package nl.jeugdregie.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Declarations, their lines, budgets and the ledger in the {@code billing} schema. */
@Component
class LedgerStore {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient db;

  LedgerStore(JdbcClient db) {
    this.db = db;
  }

  record StoredDeclaration(UUID id, String contentHash, String answer) {}

  /** Whether an approved debit on the allocation has not been credited (iJw TR385). */
  boolean hasUncreditedDebit(UUID allocationId) {
    return db.sql(
            """
            select exists (select 1 from billing.ledger_entry d
              where d.allocation_id = :id and d.debit_credit = 'D'
                and not exists (select 1 from billing.ledger_entry c
                                where c.provider_agb = d.provider_agb
                                  and c.credits_reference = d.reference))
            """)
        .param("id", allocationId)
        .query(Boolean.class)
        .single();
  }

  Optional<StoredDeclaration> declaration(String agb, String number) {
    return db.sql(
            """
            select id, content_hash, answer::text as answer from billing.declaration
            where provider_agb = :agb and number = :number
            """)
        .param("agb", agb)
        .param("number", number)
        .query(
            (rs, n) ->
                new StoredDeclaration(
                    rs.getObject("id", UUID.class),
                    rs.getString("content_hash"),
                    rs.getString("answer")))
        .optional();
  }

  /** The latest declaration month of the provider to the municipality (iJw TR318), if any. */
  Optional<YearMonth> lastPeriod(String agb, String municipality) {
    return db.sql(
            """
            select period_start from billing.declaration
            where provider_agb = :agb and municipality = :m
            order by period_start desc limit 1
            """)
        .param("agb", agb)
        .param("m", municipality)
        .query((rs, n) -> rs.getObject("period_start", LocalDate.class))
        .optional()
        .map(YearMonth::from);
  }

  /** The declaration row, before its lines; {@link #answer} fills in the answer at the end. */
  void insertDeclarationShell(UUID id, DeclarationSubmission d, Instant now) {
    db.sql(
            """
            insert into billing.declaration (id, provider_agb, number, municipality, period_start,
              received_on, content_hash, answer, created_at)
            values (:id, :agb, :number, :m, :period, :received, :hash, '{}'::jsonb, :now)
            """)
        .param("id", id)
        .param("agb", d.providerAgb())
        .param("number", d.number())
        .param("m", d.municipality())
        .param("period", d.period().atDay(1))
        .param("received", d.receivedOn())
        .param("hash", d.contentHash())
        .param("now", Timestamp.from(now))
        .update();
  }

  void answer(UUID id, DeclarationAnswer answer) {
    db.sql("update billing.declaration set answer = cast(:answer as jsonb) where id = :id")
        .param("id", id)
        .param("answer", JSON.writeValueAsString(answer))
        .update();
  }

  /**
   * The allocation's budget row, created on first use, with its limit brought up to date, and
   * locked for this transaction: every booking on one allocation waits for the one before it. A
   * budget lowered below what was already paid holds at the paid amount (nothing more can be
   * booked; nothing paid is undone). Returns the consumption so far.
   */
  long lockBudget(UUID allocationId, @Nullable Long limitCents) {
    db.sql(
            """
            insert into billing.budget (allocation_id, limit_cents) values (:id, :limit)
            on conflict (allocation_id) do update
              set limit_cents = case when excluded.limit_cents is null then null
                else greatest(excluded.limit_cents, billing.budget.consumed_cents) end
              where billing.budget.limit_cents is distinct from excluded.limit_cents
            """)
        .param("id", allocationId)
        .param("limit", limitCents)
        .update();
    return db.sql("select consumed_cents from billing.budget where allocation_id = :id for update")
        .param("id", allocationId)
        .query(Long.class)
        .single();
  }

  /** Approved lines on the allocation, in booking order. */
  List<BookedLine> booked(UUID allocationId) {
    return db.sql(
            """
            select l.* from billing.line l join billing.ledger_entry e on e.line_id = l.id
            where e.allocation_id = :id order by e.id
            """)
        .param("id", allocationId)
        .query(LedgerStore::bookedLine)
        .list();
  }

  /** Which of {@code references} the provider used on earlier lines (iJw TR314), in one query. */
  java.util.Set<String> referencesUsed(String agb, List<String> references) {
    if (references.isEmpty()) return java.util.Set.of();
    return java.util.Set.copyOf(
        db.sql(
                """
                select distinct reference from billing.line
                where provider_agb = :agb and reference = any(:refs)
                """)
            .param("agb", agb)
            .param("refs", references.toArray(String[]::new))
            .query(String.class)
            .list());
  }

  /**
   * The provider's approved debit with this reference, booked on {@code allocationId}: a credit
   * reverses a debit of its own allocation only (any allocation when the credit names none that
   * exists; it is rejected for that anyway).
   */
  Optional<BookedLine> approvedDebit(String agb, String reference, @Nullable UUID allocationId) {
    return db.sql(
            """
            select l.* from billing.line l join billing.ledger_entry e on e.line_id = l.id
            where e.provider_agb = :agb and e.reference = :r and e.debit_credit = 'D'
              and (cast(:allocation as uuid) is null or e.allocation_id = :allocation)
            """)
        .param("agb", agb)
        .param("r", reference)
        .param("allocation", allocationId)
        .query(LedgerStore::bookedLine)
        .optional();
  }

  boolean credited(String agb, String debitReference) {
    return db.sql(
            """
            select exists (select 1 from billing.ledger_entry
                           where provider_agb = :agb and credits_reference = :r)
            """)
        .param("agb", agb)
        .param("r", debitReference)
        .query(Boolean.class)
        .single();
  }

  long insertLine(
      UUID declarationId,
      int index,
      String agb,
      DeclaredLine line,
      @Nullable UUID allocationId,
      @Nullable UUID clientId,
      List<ReturnCode> codes) {
    return db.sql(
            """
            insert into billing.line (declaration_id, idx, provider_agb, reference,
              previous_reference, debit_credit, allocation_number, allocation_id, client_id,
              category, product_code, period_start, period_end, volume, unit, tariff_cents,
              amount_cents, approved, return_codes)
            values (:d, :idx, :agb, :ref, :prev, :dc, :number, :allocation, :client, :category,
              :code, :start, :end, :volume, :unit, :tariff, :amount, :approved,
              cast(:codes as jsonb))
            returning id
            """)
        .param("d", declarationId)
        .param("idx", index)
        .param("agb", agb)
        .param("ref", line.reference())
        .param("prev", line.previousReference())
        .param("dc", line.debitCredit().code())
        .param("number", line.allocationNumber())
        .param("allocation", allocationId)
        .param("client", clientId)
        .param("category", line.category())
        .param("code", line.productCode())
        .param("start", line.productPeriod().start())
        .param("end", line.productPeriod().end())
        .param("volume", line.volume())
        .param("unit", line.unit().code())
        .param("tariff", line.tariffCents())
        .param("amount", line.amountCents())
        .param("approved", codes.isEmpty())
        .param("codes", JSON.writeValueAsString(codes))
        .query(Long.class)
        .single();
  }

  void book(
      long lineId,
      String agb,
      DeclaredLine line,
      UUID allocationId,
      String municipality,
      Instant now) {
    db.sql(
            """
            insert into billing.ledger_entry (line_id, provider_agb, reference, credits_reference,
              debit_credit, allocation_id, municipality, period_start, amount_cents, booked_at)
            values (:line, :agb, :ref, :credits, :dc, :allocation, :m, :period, :amount, :now)
            """)
        .param("line", lineId)
        .param("agb", agb)
        .param("ref", line.reference())
        .param(
            "credits", line.debitCredit() == DebitCredit.CREDIT ? line.previousReference() : null)
        .param("dc", line.debitCredit().code())
        .param("allocation", allocationId)
        .param("m", municipality)
        .param("period", line.productPeriod().start().withDayOfMonth(1))
        .param("amount", line.amountCents())
        .param("now", Timestamp.from(now))
        .update();
  }

  private static BookedLine bookedLine(ResultSet rs, int n) throws SQLException {
    return new BookedLine(
        rs.getString("reference"),
        rs.getString("previous_reference"),
        DebitCredit.parse(rs.getString("debit_credit")),
        DateRange.of(
            rs.getObject("period_start", LocalDate.class),
            rs.getObject("period_end", LocalDate.class)),
        rs.getLong("volume"),
        Unit.parse(rs.getString("unit")),
        rs.getLong("amount_cents"),
        rs.getString("product_code"));
  }
}
