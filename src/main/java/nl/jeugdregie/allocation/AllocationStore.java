package nl.jeugdregie.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Allocations in the {@code allocation} schema. Numbers come from a per-municipality counter row
 * (locked by the update, so two allocations never get one number; iJw TR332). Every change bumps
 * {@code lock_version} only if nobody else did first: the optimistic lock behind the 409s.
 */
@Component
class AllocationStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient db;
  private final ApplicationEventPublisher events;

  AllocationStore(JdbcClient db, ApplicationEventPublisher events) {
    this.db = db;
    this.events = events;
  }

  /** An allocation row with its current version's terms. */
  record Row(
      UUID id,
      String municipality,
      int number,
      UUID clientId,
      String providerAgb,
      String region,
      UUID requestId,
      String category,
      @Nullable String productCode,
      DeliveryState delivery,
      int currentVersion,
      int lockVersion,
      AllocationTerms terms,
      @Nullable Integer level,
      @Nullable String lastChangeReason,
      JsonNode basis) {

    /** Deleted: ended on its start with reason 13, to be treated as never sent (iJw CS335). */
    boolean isDeleted() {
      return "13".equals(lastChangeReason);
    }

    /** Current: not deleted and not ended before {@code day} (iJw OP087, TR349). */
    boolean isCurrentOn(LocalDate day) {
      LocalDate end = terms.period().end();
      return !isDeleted() && (end == null || !end.isBefore(day));
    }
  }

  record Version(
      int version,
      AllocationTerms terms,
      @Nullable Integer level,
      @Nullable String changeReason,
      @Nullable UUID requestId,
      Instant recordedAt,
      String recordedBy) {}

  /**
   * A start or stop of delivery as recorded: for a stop also the Begindatum of the start it ends
   * ({@code startDate}) and its JZ588 reason; {@code withdrawnAt} when a later notice with
   * StatusAanlevering 3 took it back (iJw IV008).
   */
  record Event(
      long id,
      String kind,
      LocalDate date,
      @Nullable LocalDate startDate,
      @Nullable String stopReason,
      Instant recordedAt,
      String recordedBy,
      @Nullable Instant withdrawnAt,
      @Nullable String goalsReached,
      @Nullable Boolean goalsInTime) {

    static final String START = "START";
    static final String STOP = "STOP";

    /** A start, or a stop without an end-of-care report. */
    Event(
        long id,
        String kind,
        LocalDate date,
        @Nullable LocalDate startDate,
        @Nullable String stopReason,
        Instant recordedAt,
        String recordedBy,
        @Nullable Instant withdrawnAt) {
      this(id, kind, date, startDate, stopReason, recordedAt, recordedBy, withdrawnAt, null, null);
    }

    boolean isStart() {
      return kind.equals(START);
    }

    /** Not withdrawn: it counts for the delivery state and the iJw rules. */
    boolean inForce() {
      return withdrawnAt == null;
    }
  }

  private static final String SELECT =
      """
      select a.*, v.start_date, v.end_date, v.volume_amount, v.volume_unit, v.volume_frequency,
             v.budget_cents, v.level, v.change_reason
      from allocation.allocation a
      join allocation.allocation_version v
        on v.allocation_id = a.id and v.version = a.current_version
      """;

  int nextNumber(String municipality) {
    return db.sql(
            """
            insert into allocation.number_sequence (municipality, last_number) values (:m, 1)
            on conflict (municipality)
            do update set last_number = allocation.number_sequence.last_number + 1
            returning last_number
            """)
        .param("m", municipality)
        .query(Integer.class)
        .single();
  }

  /** Creates an allocation with version 1 and returns its number. */
  int create(
      UUID clientId,
      String providerAgb,
      String region,
      String municipality,
      UUID requestId,
      String category,
      @Nullable String productCode,
      AllocationTerms terms,
      @Nullable Integer level,
      JsonNode basis,
      Instant now,
      String by) {
    UUID id = UUID.randomUUID();
    int number = nextNumber(municipality);
    db.sql(
            """
            insert into allocation.allocation (id, municipality, number, client_id, provider_agb,
              region, request_id, category, product_code, basis, created_at)
            values (:id, :m, :number, :client, :agb, :region, :request, :category, :code,
              cast(:basis as jsonb), :now)
            """)
        .param("id", id)
        .param("m", municipality)
        .param("number", number)
        .param("client", clientId)
        .param("agb", providerAgb)
        .param("region", region)
        .param("request", requestId)
        .param("category", category)
        .param("code", productCode)
        .param("basis", JSON.writeValueAsString(PersonalFields.stripped(basis)))
        .param("now", Timestamp.from(now))
        .update();
    insertVersion(id, 1, terms, level, null, requestId, now, by);
    return number;
  }

  void insertVersion(
      UUID allocationId,
      int version,
      AllocationTerms terms,
      @Nullable Integer level,
      @Nullable ChangeReason reason,
      @Nullable UUID requestId,
      Instant now,
      String by) {
    Volume volume = terms.volume();
    db.sql(
            """
            insert into allocation.allocation_version (allocation_id, version, start_date, end_date,
              volume_amount, volume_unit, volume_frequency, budget_cents, level, change_reason,
              request_id, recorded_at, recorded_by)
            values (:id, :version, :start, :end, :amount, :unit, :frequency, :budget, :level,
              :reason, :request, :now, :by)
            """)
        .param("id", allocationId)
        .param("version", version)
        .param("start", terms.period().start())
        .param("end", terms.period().end())
        .param("amount", volume == null ? null : volume.amount())
        .param("unit", volume == null ? null : volume.unit().code())
        .param("frequency", volume == null ? null : Integer.valueOf(volume.frequency().code()))
        .param("budget", terms.budgetCents())
        .param("level", level)
        .param("reason", reason == null ? null : reason.code())
        .param("request", requestId)
        .param("now", Timestamp.from(now))
        .param("by", by)
        .update();
    events.publishEvent(new AllocationChanged(allocationId));
  }

  /**
   * Records a new version as current, if the allocation is still at {@code lockVersion}; false when
   * someone else changed it first.
   */
  boolean appendVersion(
      Row row,
      AllocationTerms terms,
      @Nullable Integer level,
      ChangeReason reason,
      @Nullable UUID requestId,
      Instant now,
      String by) {
    if (!bump(row, "current_version = current_version + 1")) return false;
    insertVersion(row.id(), row.currentVersion() + 1, terms, level, reason, requestId, now, by);
    return true;
  }

  /** Moves the delivery state, if the allocation is still at the lock version read. */
  boolean moveDelivery(Row row, DeliveryState next) {
    return db.sql(
                """
            update allocation.allocation set delivery = :next, lock_version = lock_version + 1
            where id = :id and lock_version = :lock
            """)
            .param("next", next.name())
            .param("id", row.id())
            .param("lock", row.lockVersion())
            .update()
        == 1;
  }

  private boolean bump(Row row, String set) {
    return db.sql(
                "update allocation.allocation set "
                    + set
                    + ", lock_version = lock_version + 1 where id = :id and lock_version = :lock")
            .param("id", row.id())
            .param("lock", row.lockVersion())
            .update()
        == 1;
  }

  /**
   * Records a start ({@code reason}, {@code startDate} and {@code report} null) or a stop, a
   * definitive one with the provider's end-of-care report when given.
   */
  void addEvent(
      UUID allocationId,
      String kind,
      LocalDate date,
      @Nullable LocalDate startDate,
      @Nullable StopReason reason,
      @Nullable EndReport report,
      Instant now,
      String by) {
    db.sql(
            """
            insert into allocation.delivery_event
              (allocation_id, kind, on_date, start_date, stop_reason, goals_reached,
               goals_in_time, recorded_at, recorded_by)
            values (:id, :kind, :date, :start, :reason, :goals, :inTime, :now, :by)
            """)
        .param("id", allocationId)
        .param("kind", kind)
        .param("date", date)
        .param("start", startDate)
        .param("reason", reason == null ? null : reason.code())
        .param("goals", report == null ? null : report.goals().name())
        .param("inTime", report == null ? null : report.inTime())
        .param("now", Timestamp.from(now))
        .param("by", by)
        .update();
    events.publishEvent(new AllocationChanged(allocationId));
  }

  /** Marks event {@code id} of {@code allocationId} withdrawn; the row itself stays. */
  void withdrawEvent(UUID allocationId, long id, Instant now, String by) {
    int changed =
        db.sql(
                """
                update allocation.delivery_event set withdrawn_at = :now, withdrawn_by = :by
                where id = :id and allocation_id = :allocation and withdrawn_at is null
                """)
            .param("id", id)
            .param("allocation", allocationId)
            .param("now", Timestamp.from(now))
            .param("by", by)
            .update();
    if (changed != 1) {
      throw new IllegalStateException("delivery event " + id + " is not in force to withdraw");
    }
    events.publishEvent(new AllocationChanged(allocationId));
  }

  Optional<Row> find(String municipality, int number) {
    return db.sql(SELECT + " where a.municipality = :m and a.number = :n")
        .param("m", municipality)
        .param("n", number)
        .query(AllocationStore::row)
        .optional();
  }

  List<Row> ofClientAndProvider(UUID clientId, String providerAgb, String municipality) {
    return db.sql(
            SELECT
                + """
                 where a.client_id = :client and a.provider_agb = :agb and a.municipality = :m
                 order by a.number
                """)
        .param("client", clientId)
        .param("agb", providerAgb)
        .param("m", municipality)
        .query(AllocationStore::row)
        .list();
  }

  /**
   * An allocation's current version with the moment it was decided (recorded) and the request (VOT
   * or VOW) that version honours, if any: what a JW301 needs beyond the terms.
   */
  record Decided(
      Row row,
      Instant decidedAt,
      @Nullable UUID requestId,
      @Nullable RequestType requestType,
      @Nullable String providerReference) {}

  List<Decided> decidedOfClientAndProvider(UUID clientId, String providerAgb, String municipality) {
    return db.sql(
            """
            select a.*, v.start_date, v.end_date, v.volume_amount, v.volume_unit,
                   v.volume_frequency, v.budget_cents, v.level, v.change_reason,
                   v.recorded_at as decided_at, v.request_id as honours,
                   r.type as request_type, r.provider_reference
            from allocation.allocation a
            join allocation.allocation_version v
              on v.allocation_id = a.id and v.version = a.current_version
            left join allocation.request r on r.id = v.request_id
            where a.client_id = :client and a.provider_agb = :agb and a.municipality = :m
            order by a.number
            """)
        .param("client", clientId)
        .param("agb", providerAgb)
        .param("m", municipality)
        .query(
            (rs, n) -> {
              String type = rs.getString("request_type");
              return new Decided(
                  row(rs, n),
                  rs.getTimestamp("decided_at").toInstant(),
                  rs.getObject("honours", UUID.class),
                  type == null ? null : RequestType.valueOf(type),
                  rs.getString("provider_reference"));
            })
        .list();
  }

  Optional<Row> find(UUID id) {
    return db.sql(SELECT + " where a.id = :id")
        .param("id", id)
        .query(AllocationStore::row)
        .optional();
  }

  List<Row> ofClient(UUID clientId) {
    return db.sql(SELECT + " where a.client_id = :client order by a.municipality, a.number")
        .param("client", clientId)
        .query(AllocationStore::row)
        .list();
  }

  List<Row> ofRequest(UUID requestId) {
    return db.sql(
            SELECT
                + """
                 where a.request_id = :r or exists (select 1 from allocation.allocation_version x
                   where x.allocation_id = a.id and x.request_id = :r)
                 order by a.municipality, a.number
                """)
        .param("r", requestId)
        .query(AllocationStore::row)
        .list();
  }

  List<Version> versions(UUID allocationId) {
    return db.sql(
            "select * from allocation.allocation_version where allocation_id = :id order by version")
        .param("id", allocationId)
        .query(
            (rs, n) ->
                new Version(
                    rs.getInt("version"),
                    terms(rs),
                    (Integer) rs.getObject("level"),
                    rs.getString("change_reason"),
                    rs.getObject("request_id", UUID.class),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  /** The first start of delivery recorded and not withdrawn (JW305, POST .../start), if any. */
  @Nullable LocalDate firstStart(UUID allocationId) {
    return db.sql(
            "select on_date from allocation.delivery_event where allocation_id = :id"
                + " and kind = 'START' and withdrawn_at is null order by on_date limit 1")
        .param("id", allocationId)
        .query(LocalDate.class)
        .optional()
        .orElse(null);
  }

  /**
   * What the ledger booked against the allocation's budget (billing.budget, read-only, as the
   * signals module reads it): 0 when nothing was declared.
   */
  long consumedCents(UUID allocationId) {
    return db.sql("select consumed_cents from billing.budget where allocation_id = :id")
        .param("id", allocationId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Every start and stop of the allocation in the order recorded, withdrawn ones included. */
  List<Event> events(UUID allocationId) {
    return db.sql("select * from allocation.delivery_event where allocation_id = :id order by id")
        .param("id", allocationId)
        .query(
            (rs, n) -> {
              Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
              return new Event(
                  rs.getLong("id"),
                  rs.getString("kind"),
                  rs.getObject("on_date", LocalDate.class),
                  rs.getObject("start_date", LocalDate.class),
                  rs.getString("stop_reason"),
                  rs.getTimestamp("recorded_at").toInstant(),
                  rs.getString("recorded_by"),
                  withdrawn == null ? null : withdrawn.toInstant(),
                  rs.getString("goals_reached"),
                  rs.getObject("goals_in_time", Boolean.class));
            })
        .list();
  }

  /** The starts and stops in force (not withdrawn), in the order recorded. */
  List<Event> eventsInForce(UUID allocationId) {
    return events(allocationId).stream().filter(Event::inForce).toList();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getString("municipality"),
        rs.getInt("number"),
        rs.getObject("client_id", UUID.class),
        rs.getString("provider_agb"),
        rs.getString("region"),
        rs.getObject("request_id", UUID.class),
        rs.getString("category"),
        rs.getString("product_code"),
        DeliveryState.valueOf(rs.getString("delivery")),
        rs.getInt("current_version"),
        rs.getInt("lock_version"),
        terms(rs),
        (Integer) rs.getObject("level"),
        rs.getString("change_reason"),
        JSON.readTree(rs.getString("basis")));
  }

  private static AllocationTerms terms(ResultSet rs) throws SQLException {
    long amount = rs.getLong("volume_amount");
    Volume volume =
        rs.wasNull()
            ? null
            : new Volume(
                amount,
                Unit.parse(rs.getString("volume_unit")),
                Frequency.parse(String.valueOf(rs.getInt("volume_frequency"))));
    long budget = rs.getLong("budget_cents");
    Long budgetCents = rs.wasNull() ? null : budget;
    return new AllocationTerms(
        DateRange.of(
            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)),
        volume,
        budgetCents);
  }
}
