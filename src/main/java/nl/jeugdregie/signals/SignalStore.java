package nl.jeugdregie.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signals in the {@code signals} schema. Raising is an upsert on the partial unique index over
 * signals not done, so a signal that is open or acknowledged is never raised twice, and an
 * acknowledged one keeps its state.
 */
@Component
class SignalStore {

  /** {@code closed_by} of a signal the system closed because its condition no longer held. */
  static final String SYSTEM = "system";

  private final JdbcClient db;

  SignalStore(JdbcClient db) {
    this.db = db;
  }

  /** Where a subject's signals fall: municipality, region and provider. */
  record Scope(String municipality, String region, String providerAgb) {}

  /**
   * Raises the finding on {@code subject} unless a signal of its kind and rule is already open or
   * acknowledged there; then only its due date and message follow the finding.
   */
  void raise(UUID subject, Scope scope, Finding f, Instant now) {
    db.sql(
            """
            insert into signals.signal (id, kind, rule_id, subject, municipality, region,
              provider_agb, role, state, due_date, message, raised_at, updated_at)
            values (:id, :kind, :rule, :subject, :m, :region, :agb, :role, 'OPEN', :due, :message,
              :now, :now)
            on conflict (kind, subject, rule_id) where state <> 'DONE'
            do update set due_date = excluded.due_date, message = excluded.message,
              updated_at = excluded.updated_at
            where signals.signal.due_date is distinct from excluded.due_date
               or signals.signal.message is distinct from excluded.message
            """)
        .param("id", UUID.randomUUID())
        .param("kind", f.kind().name())
        .param("rule", f.rule())
        .param("subject", subject)
        .param("m", scope.municipality())
        .param("region", scope.region())
        .param("agb", scope.providerAgb())
        .param("role", f.role().claim())
        .param("due", f.due())
        .param("message", f.message())
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The signals on {@code subject} that are not done. */
  List<Signal> notDone(UUID subject) {
    return db.sql("select * from signals.signal where subject = :s and state <> 'DONE'")
        .param("s", subject)
        .query(SignalStore::signal)
        .list();
  }

  /** Every signal on {@code subject}, done ones too, in the order they were raised. */
  List<Signal> of(UUID subject) {
    return db.sql("select * from signals.signal where subject = :s order by raised_at, id")
        .param("s", subject)
        .query(SignalStore::signal)
        .list();
  }

  Optional<Signal> find(UUID id) {
    return db.sql("select * from signals.signal where id = :id")
        .param("id", id)
        .query(SignalStore::signal)
        .optional();
  }

  /**
   * Moves a signal that is not done to {@code next} (DONE with who closed it); false when it was
   * done already (or by someone else at the same time).
   */
  boolean move(UUID id, SignalState next, @Nullable String closedBy, Instant now) {
    return db.sql(
                """
            update signals.signal set state = :next, closed_by = :by, updated_at = :now
            where id = :id and state <> 'DONE'
            """)
            .param("next", next.name())
            .param("by", closedBy)
            .param("now", Timestamp.from(now))
            .param("id", id)
            .update()
        == 1;
  }

  /**
   * Signals in the given state (every state but DONE when null), for one role when given, within a
   * scope: {@code where} is a condition on the columns with the parameter {@code :scope}.
   */
  List<Signal> list(
      @Nullable SignalState state, @Nullable String role, String where, Object scope) {
    return db.sql(
            """
            select * from signals.signal
            where (cast(:state as text) is null and state <> 'DONE' or state = cast(:state as text))
              and (cast(:role as text) is null or role = cast(:role as text))
              and ("""
                + where
                + """
            )
            order by due_date nulls last, raised_at, id
            """)
        .param("state", state == null ? null : state.name())
        .param("role", role)
        .param("scope", scope)
        .query(SignalStore::signal)
        .list();
  }

  private static Signal signal(ResultSet rs, int n) throws SQLException {
    return new Signal(
        rs.getObject("id", UUID.class),
        SignalKind.valueOf(rs.getString("kind")),
        rs.getString("rule_id"),
        rs.getObject("subject", UUID.class),
        rs.getString("municipality"),
        rs.getString("region"),
        rs.getString("provider_agb"),
        rs.getString("role"),
        SignalState.valueOf(rs.getString("state")),
        rs.getObject("due_date", LocalDate.class),
        rs.getString("message"),
        rs.getTimestamp("raised_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("closed_by"));
  }
}
