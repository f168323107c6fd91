package nl.jeugdregie.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.policy.Decision;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.DecisionRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests, their decisions and referral letters in the {@code allocation} schema. */
@Component
class RequestStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient db;
  private final ApplicationEventPublisher events;

  RequestStore(JdbcClient db, ApplicationEventPublisher events) {
    this.db = db;
    this.events = events;
  }

  record Row(
      UUID id,
      RequestType type,
      UUID clientId,
      String providerAgb,
      String providerReference,
      String region,
      String municipality,
      LocalDate receivedOn,
      @Nullable String category,
      @Nullable String productCode,
      @Nullable UUID referralId,
      JsonNode body,
      RequestState state,
      LocalDate answerDue,
      @Nullable LocalDate investigationDue,
      @Nullable LocalDate answeredOn,
      @Nullable Integer rejectionReason,
      int lockVersion) {}

  record DecisionRow(
      int seq,
      String decidedBy,
      String packId,
      LocalDate packValidFrom,
      String outcome,
      JsonNode judgedRequest,
      JsonNode output,
      @Nullable Integer rejectionReason,
      @Nullable String note,
      Instant decidedAt) {}

  void insert(Row r, Instant now) {
    db.sql(
            """
            insert into allocation.request (id, type, client_id, provider_agb, provider_reference,
              region, municipality, received_on, category, product_code, referral_id, body, state,
              answer_due, investigation_due, answered_on, rejection_reason, created_at)
            values (:id, :type, :client, :agb, :ref, :region, :m, :received, :category, :code,
              :referral, cast(:body as jsonb), :state, :answerDue, :investigationDue, :answeredOn,
              :reason, :now)
            """)
        .param("id", r.id())
        .param("type", r.type().name())
        .param("client", r.clientId())
        .param("agb", r.providerAgb())
        .param("ref", r.providerReference())
        .param("region", r.region())
        .param("m", r.municipality())
        .param("received", r.receivedOn())
        .param("category", r.category())
        .param("code", r.productCode())
        .param("referral", r.referralId())
        .param("body", JSON.writeValueAsString(PersonalFields.stripped(r.body())))
        .param("state", r.state().name())
        .param("answerDue", r.answerDue())
        .param("investigationDue", r.investigationDue())
        .param("answeredOn", r.answeredOn())
        .param("reason", r.rejectionReason())
        .param("now", Timestamp.from(now))
        .update();
    // the engine decides on receipt: every outcome (approved, rejected, in investigation) is heard
    events.publishEvent(new RequestDecided(r.id()));
  }

  /**
   * Moves a request out of investigation, if nobody did first (optimistic lock): false when the
   * lock version moved on.
   */
  boolean close(
      UUID id, int lockVersion, RequestState state, @Nullable Integer reason, LocalDate on) {
    boolean closed =
        db.sql(
                    """
            update allocation.request set state = :state, rejection_reason = :reason,
              answered_on = :on, lock_version = lock_version + 1
            where id = :id and lock_version = :lock and state = 'IN_INVESTIGATION'
            """)
                .param("state", state.name())
                .param("reason", reason)
                .param("on", on)
                .param("id", id)
                .param("lock", lockVersion)
                .update()
            == 1;
    if (closed) events.publishEvent(new RequestDecided(id));
    return closed;
  }

  void insertDecision(
      UUID requestId,
      String decidedBy,
      Decision.PolicyRef policy,
      String outcome,
      DecisionRequest judged,
      JsonNode output,
      @Nullable Integer rejectionReason,
      @Nullable String note,
      Instant now) {
    db.sql(
            """
            insert into allocation.decision (request_id, seq, decided_by, pack_id, pack_valid_from,
              outcome, judged_request, output, rejection_reason, note, decided_at)
            values (:r, (select coalesce(max(seq), 0) + 1 from allocation.decision
                         where request_id = :r),
              :by, :pack, :from, :outcome, cast(:judged as jsonb), cast(:output as jsonb),
              :reason, :note, :now)
            """)
        .param("r", requestId)
        .param("by", decidedBy)
        .param("pack", policy.id())
        .param("from", policy.validFrom())
        .param("outcome", outcome)
        .param(
            "judged", JSON.writeValueAsString(PersonalFields.stripped(DecisionJson.toJson(judged))))
        .param("output", JSON.writeValueAsString(output))
        .param("reason", rejectionReason)
        .param("note", note)
        .param("now", Timestamp.from(now))
        .update();
  }

  Optional<Row> find(UUID id) {
    return db.sql("select * from allocation.request where id = :id")
        .param("id", id)
        .query(RequestStore::row)
        .optional();
  }

  Optional<Row> find(String agb, String reference) {
    return db.sql(
            """
            select * from allocation.request where provider_agb = :agb
              and provider_reference = :ref
            """)
        .param("agb", agb)
        .param("ref", reference)
        .query(RequestStore::row)
        .optional();
  }

  boolean referenceTaken(String agb, String reference) {
    return db.sql(
            """
            select exists (select 1 from allocation.request
                           where provider_agb = :agb and provider_reference = :ref)
            """)
        .param("agb", agb)
        .param("ref", reference)
        .query(Boolean.class)
        .single();
  }

  /** A request of this provider for this client still in investigation (iJw TR374). */
  boolean pending(UUID clientId, String agb) {
    return db.sql(
            """
            select exists (select 1 from allocation.request where client_id = :client
                           and provider_agb = :agb and state = 'IN_INVESTIGATION')
            """)
        .param("client", clientId)
        .param("agb", agb)
        .query(Boolean.class)
        .single();
  }

  List<Row> ofClient(UUID clientId) {
    return db.sql("select * from allocation.request where client_id = :c order by created_at, id")
        .param("c", clientId)
        .query(RequestStore::row)
        .list();
  }

  /** Requests whose answer or investigation deadline has passed on {@code today}. */
  List<Row> overdue(LocalDate today) {
    return db.sql(
            """
            select * from allocation.request
            where (state = 'IN_INVESTIGATION' and investigation_due < :today)
               or (answered_on is null and answer_due < :today)
            order by coalesce(investigation_due, answer_due), id
            """)
        .param("today", today)
        .query(RequestStore::row)
        .list();
  }

  List<DecisionRow> decisions(UUID requestId) {
    return db.sql("select * from allocation.decision where request_id = :r order by seq")
        .param("r", requestId)
        .query(
            (rs, n) ->
                new DecisionRow(
                    rs.getInt("seq"),
                    rs.getString("decided_by"),
                    rs.getString("pack_id"),
                    rs.getObject("pack_valid_from", LocalDate.class),
                    rs.getString("outcome"),
                    JSON.readTree(rs.getString("judged_request")),
                    JSON.readTree(rs.getString("output")),
                    (Integer) rs.getObject("rejection_reason"),
                    rs.getString("note"),
                    rs.getTimestamp("decided_at").toInstant()))
        .list();
  }

  /** The referral letter behind a request; found again when the same letter comes back. */
  record Referral(UUID id, @Nullable UUID usedBy) {}

  Referral referral(UUID clientId, String referrerType, LocalDate letterDate, Instant now) {
    Optional<Referral> known =
        db.sql(
                """
                select id, used_by from allocation.referral
                where client_id = :c and referrer_type = :t and letter_date = :d
                """)
            .param("c", clientId)
            .param("t", referrerType)
            .param("d", letterDate)
            .query(
                (rs, n) ->
                    new Referral(
                        rs.getObject("id", UUID.class), rs.getObject("used_by", UUID.class)))
            .optional();
    if (known.isPresent()) return known.get();
    UUID id = UUID.randomUUID();
    db.sql(
            """
            insert into allocation.referral (id, client_id, referrer_type, letter_date, created_at)
            values (:id, :c, :t, :d, :now)
            """)
        .param("id", id)
        .param("c", clientId)
        .param("t", referrerType)
        .param("d", letterDate)
        .param("now", Timestamp.from(now))
        .update();
    return new Referral(id, null);
  }

  /** Marks a referral letter used by the request whose allocation it led to (R-TWE-1). */
  void useReferral(UUID referralId, UUID requestId) {
    db.sql(
            """
            update allocation.referral set used_by = :r where id = :id and used_by is null
            """)
        .param("r", requestId)
        .param("id", referralId)
        .update();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        RequestType.valueOf(rs.getString("type")),
        rs.getObject("client_id", UUID.class),
        rs.getString("provider_agb"),
        rs.getString("provider_reference"),
        rs.getString("region"),
        rs.getString("municipality"),
        rs.getObject("received_on", LocalDate.class),
        rs.getString("category"),
        rs.getString("product_code"),
        rs.getObject("referral_id", UUID.class),
        JSON.readTree(rs.getString("body")),
        RequestState.valueOf(rs.getString("state")),
        rs.getObject("answer_due", LocalDate.class),
        rs.getObject("investigation_due", LocalDate.class),
        rs.getObject("answered_on", LocalDate.class),
        (Integer) rs.getObject("rejection_reason"),
        rs.getInt("lock_version"));
  }
}
