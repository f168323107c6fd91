package nl.jeugdregie.ijw;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every iJw message in and out, whole ({@code ijw.message}). */
@Component
public class MessageLog {

  public enum Direction {
    IN,
    OUT
  }

  /** One stored message; {@code xml} is only loaded where asked for. */
  public record Entry(
      UUID id,
      Direction direction,
      MessageType type,
      String sender,
      String receiver,
      String identification,
      LocalDate dated,
      Instant at,
      String contentHash,
      String state,
      @Nullable String returnCode,
      @Nullable UUID answerTo,
      @Nullable Instant sentAt,
      @Nullable Instant retourAt,
      @Nullable String clientPseudonym,
      @Nullable String providerAgb,
      @Nullable String municipality) {}

  /** A message about to be stored. */
  public record NewMessage(
      Direction direction,
      MessageType type,
      Header header,
      byte[] xml,
      String state,
      @Nullable String returnCode,
      @Nullable UUID answerTo,
      @Nullable String clientPseudonym,
      @Nullable String providerAgb,
      @Nullable String municipality) {}

  private static final String COLUMNS =
      """
      id, direction, type, sender, receiver, identification, dated, at, content_hash, state,
      return_code, answer_to, sent_at, retour_at, client_pseudonym, provider_agb, municipality
      """;

  private final JdbcClient db;

  MessageLog(JdbcClient db) {
    this.db = db;
  }

  public static String hash(byte[] xml) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(xml));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public UUID insert(NewMessage m, Instant now) {
    UUID id = UUID.randomUUID();
    db.sql(
            """
            insert into ijw.message (id, direction, type, sender, receiver, identification, dated,
              at, content_hash, xml, state, return_code, answer_to, sent_at, client_pseudonym,
              provider_agb, municipality)
            values (:id, :direction, :type, :sender, :receiver, :identification, :dated, :at,
              :hash, :xml, :state, :code, :answerTo, :sentAt, :client, :agb, :municipality)
            """)
        .param("id", id)
        .param("direction", m.direction().name())
        .param("type", m.type().name())
        .param("sender", m.header().sender())
        .param("receiver", m.header().receiver())
        .param("identification", m.header().identification())
        .param("dated", m.header().dated())
        .param("at", Timestamp.from(now))
        .param("hash", hash(m.xml()))
        .param("xml", m.xml())
        .param("state", m.state())
        .param("code", m.returnCode())
        .param("answerTo", m.answerTo())
        .param("sentAt", m.state().equals("DELIVERED") ? Timestamp.from(now) : null)
        .param("client", m.clientPseudonym())
        .param("agb", m.providerAgb())
        .param("municipality", m.municipality())
        .update();
    return id;
  }

  /** The message of this type, sender and identification that is not rejected (TR056). */
  Optional<Entry> find(
      Direction direction, MessageType type, String sender, String identification) {
    return db.sql(
            "select "
                + COLUMNS
                + """
                from ijw.message where direction = :direction and type = :type
                  and sender = :sender and identification = :identification
                  and state <> 'REJECTED'
                """)
        .param("direction", direction.name())
        .param("type", type.name())
        .param("sender", sender)
        .param("identification", identification)
        .query(MessageLog::entry)
        .optional();
  }

  public Optional<Entry> get(UUID id) {
    return db.sql("select " + COLUMNS + " from ijw.message where id = :id")
        .param("id", id)
        .query(MessageLog::entry)
        .optional();
  }

  public byte[] xml(UUID id) {
    return db.sql("select xml from ijw.message where id = :id")
        .param("id", id)
        .query(byte[].class)
        .single();
  }

  /** The answer we gave to message {@code id} (its retour or JW325), if any. */
  Optional<Entry> answerTo(UUID id, MessageType type) {
    return db.sql(
            "select "
                + COLUMNS
                + " from ijw.message where answer_to = :id and type = :type order by at limit 1")
        .param("id", id)
        .param("type", type.name())
        .query(MessageLog::entry)
        .optional();
  }

  void finish(UUID id, String state, @Nullable String returnCode) {
    db.sql("update ijw.message set state = :state, return_code = :code where id = :id")
        .param("id", id)
        .param("state", state)
        .param("code", returnCode)
        .update();
  }

  void delete(UUID id) {
    db.sql("delete from ijw.message where id = :id").param("id", id).update();
  }

  /** Outgoing messages in any of {@code states}, oldest first. */
  List<Entry> outgoing(List<String> states) {
    return db.sql(
            "select "
                + COLUMNS
                + " from ijw.message where direction = 'OUT' and state in (:states) order by at")
        .param("states", states)
        .query(MessageLog::entry)
        .list();
  }

  public void markSent(UUID id, Instant now) {
    db.sql(
            """
            update ijw.message set state = 'SENT', sent_at = :now
            where id = :id and state = 'WAITING'
            """)
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update();
  }

  void markAnswered(UUID id, UUID retourId, @Nullable String code, Instant now) {
    db.sql(
            """
            update ijw.message set state = 'ANSWERED', retour_at = :now, retour_id = :retour,
              return_code = :code, sent_at = coalesce(sent_at, :now)
            where id = :id
            """)
        .param("id", id)
        .param("retour", retourId)
        .param("code", code)
        .param("now", Timestamp.from(now))
        .update();
  }

  private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    Timestamp retour = rs.getTimestamp("retour_at");
    return new Entry(
        rs.getObject("id", UUID.class),
        Direction.valueOf(rs.getString("direction")),
        MessageType.valueOf(rs.getString("type")),
        rs.getString("sender"),
        rs.getString("receiver"),
        rs.getString("identification"),
        rs.getObject("dated", LocalDate.class),
        rs.getTimestamp("at").toInstant(),
        rs.getString("content_hash"),
        rs.getString("state"),
        rs.getString("return_code"),
        rs.getObject("answer_to", UUID.class),
        sent == null ? null : sent.toInstant(),
        retour == null ? null : retour.toInstant(),
        rs.getString("client_pseudonym"),
        rs.getString("provider_agb"),
        rs.getString("municipality"));
  }
}
