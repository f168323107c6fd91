package nl.jeugdregie.ggk;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.ggk.GgkEnvelopes.Berichtcode;
import nl.jeugdregie.ggk.GgkEnvelopes.Stuurgegevens;
import nl.jeugdregie.ijw.HardenedXml;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The StUF-GGk envelopes in and out ({@code ijw.ggk_envelope}): the ids of every envelope received,
 * and every envelope to send, whole, until the GGk confirms it (ijw.md §7.4).
 */
@Component
class GgkEnvelopeLog {

  /** An envelope received before: its row and the hash of the message it came in. */
  record Received(UUID id, String contentHash) {}

  /** An outgoing envelope claimed for one attempt to send it. */
  record Claimed(
      UUID id,
      Berichtcode berichtcode,
      String referentienummer,
      String functie,
      int attempts,
      byte[] soap) {}

  /** An envelope about to be stored, in or out. */
  record NewEnvelope(
      Stuurgegevens stuurgegevens,
      @Nullable String referentienummerBericht,
      @Nullable String crossRefnummerBericht,
      String contentHash) {}

  private final JdbcClient db;

  GgkEnvelopeLog(JdbcClient db) {
    this.db = db;
  }

  /** The envelope received earlier from {@code zender} under {@code referentienummer}. */
  Optional<Received> received(String zender, String referentienummer) {
    return db.sql(
            """
            select id, content_hash from ijw.ggk_envelope
            where direction = 'IN' and zender = :zender and referentienummer = :ref
            """)
        .param("zender", zender)
        .param("ref", referentienummer)
        .query(
            (rs, n) -> new Received(rs.getObject("id", UUID.class), rs.getString("content_hash")))
        .optional();
  }

  /** Stores an envelope received; a Fo01 with the GGk's error code and text. */
  UUID insertReceived(NewEnvelope e, GgkEnvelopes.@Nullable Fout fout, Instant now) {
    return insert("IN", e, null, "RECEIVED", fout, now);
  }

  /** Stores an envelope to send, WAITING until the GGk confirms it. */
  UUID insertToSend(NewEnvelope e, byte[] soap, Instant now) {
    return insert("OUT", e, soap, "WAITING", null, now);
  }

  private UUID insert(
      String direction,
      NewEnvelope e,
      byte @Nullable [] soap,
      String state,
      GgkEnvelopes.@Nullable Fout fout,
      Instant now) {
    UUID id = UUID.randomUUID();
    Stuurgegevens s = e.stuurgegevens();
    db.sql(
            """
            insert into ijw.ggk_envelope (id, direction, berichtcode, zender, ontvanger,
              referentienummer, cross_refnummer, functie, referentienummer_bericht,
              cross_refnummer_bericht, at, content_hash, soap, state, next_attempt_at, fout_code,
              fout)
            values (:id, :direction, :code, :zender, :ontvanger, :ref, :crossRef, :functie,
              :refBericht, :crossRefBericht, :at, :hash, :soap, :state, :next, :foutCode, :fout)
            """)
        .param("id", id)
        .param("direction", direction)
        .param("code", s.berichtcode().code())
        .param("zender", s.zender().naam())
        .param("ontvanger", s.ontvanger().naam())
        .param("ref", s.referentienummer())
        .param("crossRef", s.crossRefnummer())
        .param("functie", s.functie())
        .param("refBericht", e.referentienummerBericht())
        .param("crossRefBericht", e.crossRefnummerBericht())
        .param("at", Timestamp.from(now))
        .param("hash", e.contentHash())
        .param("soap", soap)
        .param("state", state)
        .param("next", soap == null ? null : Timestamp.from(now))
        .param("foutCode", fout == null ? null : fout.code())
        .param("fout", fout == null ? null : fout.omschrijving())
        .update();
    return id;
  }

  /** Outgoing envelopes due for an attempt at {@code now}, oldest first. */
  List<UUID> due(Instant now, int limit) {
    return db.sql(
            """
            select id from ijw.ggk_envelope
            where state = 'WAITING' and next_attempt_at <= :now order by at limit :limit
            """)
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query((rs, n) -> rs.getObject("id", UUID.class))
        .list();
  }

  /**
   * Claims envelope {@code id} for one attempt, if it is waiting and due: its next attempt moves
   * {@code every} times the number of attempts ahead (at most an hour), so a second sender (the
   * retry beside the first send) leaves it alone and a GGk that is down is not hammered.
   */
  Optional<Claimed> claim(UUID id, Instant now, Duration every) {
    return db.sql(
            """
            update ijw.ggk_envelope set attempts = attempts + 1,
              next_attempt_at = cast(:now as timestamptz)
                + least(make_interval(secs => :seconds * (attempts + 1)), interval '1 hour')
            where id = :id and state = 'WAITING' and next_attempt_at <= :now
            returning id, berichtcode, referentienummer, functie, attempts, soap
            """)
        .param("id", id)
        .param("now", Timestamp.from(now))
        .param("seconds", (double) every.toSeconds())
        .query(
            (rs, n) ->
                new Claimed(
                    rs.getObject("id", UUID.class),
                    Berichtcode.ofCode(rs.getString("berichtcode")),
                    rs.getString("referentienummer"),
                    rs.getString("functie"),
                    rs.getInt("attempts"),
                    rs.getBytes("soap")))
        .optional();
  }

  /** The GGk confirmed the envelope (Bv03). */
  void sent(UUID id, Instant now) {
    db.sql(
            """
            update ijw.ggk_envelope set state = 'SENT', sent_at = :now, next_attempt_at = null,
              fout_code = null, fout = null
            where id = :id
            """)
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update();
  }

  /** An attempt failed (unreachable, or the GGk's own fault): it stays waiting for the retry. */
  void failed(UUID id, String why) {
    db.sql("update ijw.ggk_envelope set fout = :why where id = :id")
        .param("id", id)
        .param("why", HardenedXml.shortened(why, 1000))
        .update();
  }

  /**
   * The GGk refused the outgoing envelope {@code referentienummer} (a Fo03 on sending, or a Fo01
   * later): it is not sent again. False when no envelope of ours has that referentienummer.
   */
  boolean refused(String referentienummer, String code, String fout) {
    return db.sql(
                """
                update ijw.ggk_envelope set state = 'REFUSED', next_attempt_at = null,
                  fout_code = :code, fout = :fout
                where direction = 'OUT' and referentienummer = :ref
                """)
            .param("ref", referentienummer)
            .param("code", code)
            .param("fout", HardenedXml.shortened(fout, 1000))
            .update()
        > 0;
  }
}
