package nl.jeugdregie.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.database.PagedQuery;
import nl.jeugdregie.ijw.AllocationMessage.Product;
import nl.jeugdregie.ijw.MessageLog;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.ProductLine;
import nl.jeugdregie.ijw.SentMessages;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the outbox remembers of the messages it sent ({@code ijw.sent_product}, {@code
 * ijw.sent_answer}), the messages it holds back ({@code ijw.held_message}), and the outbox as its
 * readers see it. A message the provider rejected (a retour with a code other than 0200) counts as
 * not sent (iJw OP286) and is left out of every question about what was sent.
 */
@Component
class OutboxStore implements SentMessages {

  /** A sent message that was not rejected by its retour. */
  private static final String NOT_REJECTED =
      "not (m.state = 'ANSWERED' and coalesce(m.return_code, '0200') <> '0200')";

  private final JdbcClient db;

  OutboxStore(JdbcClient db) {
    this.db = db;
  }

  /** A new BerichtIdentificatie/Identificatie for a message we send (TR056: unique, 1-12). */
  String nextIdentification() {
    return String.valueOf(
        db.sql("select nextval('ijw.outbox_identification')").query(Long.class).single());
  }

  // ---- JW301

  /** The terms of a ToegewezenProduct: what makes it changed or not (iJw IV099). */
  record Terms(
      @Nullable String category,
      @Nullable String code,
      LocalDate start,
      @Nullable LocalDate end,
      ProductLine.@Nullable Volume volume,
      @Nullable Integer budget) {

    static Terms of(Product p) {
      return new Terms(p.category(), p.code(), p.start(), p.end(), p.volume(), p.budget());
    }
  }

  /** A ToegewezenProduct as last sent: its terms, its Toewijzingsdatum and -tijd, its reference. */
  record SentProduct(
      int number,
      Terms terms,
      LocalDate decidedOn,
      LocalTime decidedAt,
      @Nullable String reference) {}

  void recordProducts(
      UUID messageId, String municipality, String clientPseudonym, String agb, List<Product> ps) {
    for (Product p : ps) {
      ProductLine.Volume volume = p.volume();
      db.sql(
              """
              insert into ijw.sent_product (message_id, municipality, number, client_pseudonym,
                provider_agb, category, product_code, start_date, end_date, volume_amount,
                volume_unit, volume_frequency, budget_cents, decided_on, decided_at,
                change_reason, reference)
              values (:message, :m, :number, :client, :agb, :category, :code, :start, :end,
                :amount, :unit, :frequency, :budget, :decidedOn, :decidedAt, :reason, :reference)
              """)
          .param("message", messageId)
          .param("m", municipality)
          .param("number", p.number())
          .param("client", clientPseudonym)
          .param("agb", agb)
          .param("category", p.category())
          .param("code", p.code())
          .param("start", p.start())
          .param("end", p.end())
          .param("amount", volume == null ? null : volume.amount())
          .param("unit", volume == null ? null : volume.unit())
          .param("frequency", volume == null ? null : volume.frequency())
          .param("budget", p.budget())
          .param("decidedOn", p.decidedOn())
          .param("decidedAt", p.decidedAt())
          .param("reason", p.changeReason())
          .param("reference", p.reference())
          .update();
    }
  }

  /** The last sent version of each of these allocation numbers of a municipality (IV099). */
  Map<Integer, SentProduct> lastSent(String municipality, Collection<Integer> numbers) {
    Map<Integer, SentProduct> last = new HashMap<>();
    if (numbers.isEmpty()) return last;
    db.sql(
            """
            select distinct on (p.number) p.* from ijw.sent_product p
            join ijw.message m on m.id = p.message_id
            where p.municipality = :m and p.number in (:numbers) and
            """
                + NOT_REJECTED
                + " order by p.number, m.at desc")
        .param("m", municipality)
        .param("numbers", List.copyOf(numbers))
        .query(OutboxStore::sentProduct)
        .list()
        .forEach(p -> last.put(p.number(), p));
    return last;
  }

  /** Whether this allocation number was sent for another client or provider (TR332). */
  @Override
  public boolean numberSentForOther(
      String municipality, int number, String clientPseudonym, String agb) {
    return db.sql(
            """
            select exists (select 1 from ijw.sent_product p join ijw.message m on m.id = p.message_id
              where p.municipality = :m and p.number = :number
                and (p.client_pseudonym <> :client or p.provider_agb <> :agb) and
            """
                + NOT_REJECTED
                + ")")
        .param("m", municipality)
        .param("number", number)
        .param("client", clientPseudonym)
        .param("agb", agb)
        .query(Boolean.class)
        .single();
  }

  /** Whether a JW301 to this provider already carried this reference (TR359, TR379). */
  @Override
  public boolean referenceAllocated(String agb, String reference) {
    return db.sql(
            """
            select exists (select 1 from ijw.sent_product p join ijw.message m on m.id = p.message_id
              where p.provider_agb = :agb and p.reference = :ref and
            """
                + NOT_REJECTED
                + ")")
        .param("agb", agb)
        .param("ref", reference)
        .query(Boolean.class)
        .single();
  }

  // ---- JW319

  void recordAnswer(UUID messageId, UUID requestId, String agb, String reference, String answer) {
    db.sql(
            """
            insert into ijw.sent_answer (message_id, request_id, provider_agb, reference, answer)
            values (:message, :request, :agb, :ref, :answer)
            """)
        .param("message", messageId)
        .param("request", requestId)
        .param("agb", agb)
        .param("ref", reference)
        .param("answer", answer)
        .update();
  }

  /** The VerzoekAntwoord of every JW319 sent on this reference, oldest first (TR360, TR365). */
  @Override
  public List<String> answersSent(String agb, String reference) {
    return db.sql(
            """
            select a.answer from ijw.sent_answer a join ijw.message m on m.id = a.message_id
            where a.provider_agb = :agb and a.reference = :ref and
            """
                + NOT_REJECTED
                + " order by m.at")
        .param("agb", agb)
        .param("ref", reference)
        .query((rs, n) -> rs.getString("answer"))
        .list();
  }

  // ---- held

  /** Holds the JW301 of a client at a provider, or updates why it is held. */
  void hold(String clientPseudonym, String agb, String municipality, String reason, Instant now) {
    db.sql(
            """
            insert into ijw.held_message (id, type, client_pseudonym, provider_agb, municipality,
              reason, since)
            values (:id, 'JW301', :client, :agb, :m, :reason, :now)
            on conflict (type, client_pseudonym, provider_agb, municipality)
            do update set reason = excluded.reason
            """)
        .param("id", UUID.randomUUID())
        .param("client", clientPseudonym)
        .param("agb", agb)
        .param("m", municipality)
        .param("reason", reason)
        .param("now", Timestamp.from(now))
        .update();
  }

  void release(String clientPseudonym, String agb, String municipality) {
    db.sql(
            """
            delete from ijw.held_message where type = 'JW301' and client_pseudonym = :client
              and provider_agb = :agb and municipality = :m
            """)
        .param("client", clientPseudonym)
        .param("agb", agb)
        .param("m", municipality)
        .update();
  }

  /** A held JW301: for whom, to whom, why. */
  record Held(
      UUID id,
      String clientPseudonym,
      String providerAgb,
      String municipality,
      String reason,
      Instant since) {}

  List<Held> heldFor(String clientPseudonym) {
    return db.sql("select * from ijw.held_message where client_pseudonym = :client")
        .param("client", clientPseudonym)
        .query(OutboxStore::held)
        .list();
  }

  // ---- the outbox as read

  /**
   * The outbox within a scope: only to {@code agb} when given, only from {@code municipalities}
   * when given; newest first. Overdue is left false: the caller knows today.
   */
  List<OutboxEntry> entries(@Nullable String agb, @Nullable Set<String> municipalities) {
    String where =
        (agb == null ? "" : " and receiver = :agb")
            + (municipalities == null ? "" : " and municipality in (:municipalities)");
    var sent =
        db.sql(
            """
            select id, type, sender, receiver, client_pseudonym, at, state, sent_at, return_code
            from ijw.message where direction = 'OUT' and state in ('WAITING', 'SENT', 'ANSWERED')
            """
                + where
                + " order by at desc");
    if (agb != null) sent = sent.param("agb", agb);
    if (municipalities != null) sent = sent.param("municipalities", List.copyOf(municipalities));
    List<OutboxEntry> entries =
        new java.util.ArrayList<>(sent.query((rs, n) -> entry(rs, false)).list());
    String heldWhere =
        (agb == null ? "" : " and provider_agb = :agb")
            + (municipalities == null ? "" : " and municipality in (:municipalities)");
    var held = db.sql("select * from ijw.held_message where true" + heldWhere + " order by since");
    if (agb != null) held = held.param("agb", agb);
    if (municipalities != null) held = held.param("municipalities", List.copyOf(municipalities));
    for (Held h : held.query(OutboxStore::held).list()) {
      entries.add(
          new OutboxEntry(
              h.id(),
              MessageType.JW301,
              h.municipality(),
              h.providerAgb(),
              h.clientPseudonym(),
              h.since(),
              "HELD",
              null,
              null,
              false,
              "held: " + h.reason()));
    }
    return entries;
  }

  /** A sent message as a row of the outbox; {@code note} only where the query selects one. */
  private static OutboxEntry entry(java.sql.ResultSet rs, boolean withNote)
      throws java.sql.SQLException {
    Timestamp sentAt = rs.getTimestamp("sent_at");
    return new OutboxEntry(
        rs.getObject("id", UUID.class),
        MessageType.valueOf(rs.getString("type")),
        rs.getString("sender"),
        rs.getString("receiver"),
        rs.getString("client_pseudonym"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("state"),
        sentAt == null ? null : sentAt.toInstant(),
        rs.getString("return_code"),
        false,
        withNote ? rs.getString("note") : null);
  }

  /** The outbox's messages and held JW301s as one relation, for paging in the database. */
  private static final String OUTBOX =
      """
      (select id, type, sender, receiver, client_pseudonym, at, state, sent_at, return_code,
         cast(null as text) as note, 0 as held, municipality
       from ijw.message where direction = 'OUT' and state in ('WAITING', 'SENT', 'ANSWERED')
       union all
       select id, type, municipality, provider_agb, client_pseudonym, since, 'HELD', null, null,
         'held: ' || reason, 1, municipality
       from ijw.held_message) o
      """;

  /**
   * One page of the outbox within a scope (only to {@code agb}, only from {@code municipalities},
   * when given), filtered, in {@code order} (a checked ORDER BY), with the total; {@code
   * sentBefore}: only SENT messages fetched before it. Overdue is left false: the caller knows
   * today.
   */
  Page<OutboxEntry> page(
      @Nullable String agb,
      @Nullable Set<String> municipalities,
      OutboxFilter filter,
      @Nullable Instant sentBefore,
      String order,
      PageRequest request) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    if (agb != null) {
      where.append(" and o.receiver = :agb");
      params.put("agb", agb);
    }
    if (municipalities != null) {
      where.append(" and o.municipality in (:municipalities)");
      params.put("municipalities", List.copyOf(municipalities));
    }
    if (filter.state() != null) {
      where.append(" and o.state = :state");
      params.put("state", filter.state());
    }
    if (filter.type() != null) {
      where.append(" and o.type = :type");
      params.put("type", filter.type());
    }
    if (filter.provider() != null) {
      where.append(" and o.receiver = :provider");
      params.put("provider", filter.provider());
    }
    if (filter.municipality() != null) {
      where.append(" and o.municipality = :municipality");
      params.put("municipality", filter.municipality());
    }
    if (sentBefore != null) {
      where.append(" and o.state = 'SENT' and o.sent_at < :sentBefore");
      params.put("sentBefore", Timestamp.from(sentBefore));
    }
    return PagedQuery.fetch(
        db, "o.*", "from " + OUTBOX + where, params, request, order, (rs, n) -> entry(rs, true));
  }

  /** The stored message {@code id} when it is an outgoing JW301 or JW319. */
  Optional<MessageLog.Entry> outgoing(MessageLog log, UUID id) {
    return log.get(id)
        .filter(e -> e.direction() == MessageLog.Direction.OUT)
        .filter(e -> e.type() == MessageType.JW301 || e.type() == MessageType.JW319);
  }

  private static SentProduct sentProduct(ResultSet rs, int n) throws SQLException {
    int amount = rs.getInt("volume_amount");
    ProductLine.Volume volume =
        rs.wasNull()
            ? null
            : new ProductLine.Volume(
                amount, rs.getString("volume_unit"), rs.getString("volume_frequency"));
    int budget = rs.getInt("budget_cents");
    Integer budgetCents = rs.wasNull() ? null : budget;
    return new SentProduct(
        rs.getInt("number"),
        new Terms(
            rs.getString("category"),
            rs.getString("product_code"),
            rs.getObject("start_date", LocalDate.class),
            rs.getObject("end_date", LocalDate.class),
            volume,
            budgetCents),
        rs.getObject("decided_on", LocalDate.class),
        rs.getObject("decided_at", LocalTime.class),
        rs.getString("reference"));
  }

  private static Held held(ResultSet rs, int n) throws SQLException {
    return new Held(
        rs.getObject("id", UUID.class),
        rs.getString("client_pseudonym"),
        rs.getString("provider_agb"),
        rs.getString("municipality"),
        rs.getString("reason"),
        rs.getTimestamp("since").toInstant());
  }
}
