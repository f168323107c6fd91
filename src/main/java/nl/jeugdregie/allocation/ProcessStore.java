package nl.jeugdregie.allocation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the process rules of the packs record on the client route: screenings (R-IJS-4), the
 * referrer's consultation before care ends (R-IJS-8) and shared help plans with a main contractor
 * (R-AAA-6). No personal data besides client ids.
 */
@Component
class ProcessStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient db;

  ProcessStore(JdbcClient db) {
    this.db = db;
  }

  /** A provider's screening of a client; {@code declineReason} null when accepted. */
  record Screening(
      UUID id,
      UUID clientId,
      String providerAgb,
      String municipality,
      String region,
      LocalDate screenedOn,
      boolean accepted,
      @Nullable String declineReason,
      Instant recordedAt,
      String recordedBy) {}

  void insertScreening(Screening s) {
    db.sql(
            """
            insert into allocation.screening (id, client_id, provider_agb, municipality, region,
              screened_on, outcome, decline_reason, recorded_at, recorded_by)
            values (:id, :client, :agb, :m, :region, :on, :outcome, :reason, :at, :by)
            """)
        .param("id", s.id())
        .param("client", s.clientId())
        .param("agb", s.providerAgb())
        .param("m", s.municipality())
        .param("region", s.region())
        .param("on", s.screenedOn())
        .param("outcome", s.accepted() ? "ACCEPTED" : "DECLINED")
        .param("reason", s.declineReason())
        .param("at", Timestamp.from(s.recordedAt()))
        .param("by", s.recordedBy())
        .update();
  }

  /** The client's screenings, oldest first. */
  List<Screening> screeningsOf(UUID clientId) {
    return db.sql(
            "select * from allocation.screening where client_id = :c order by screened_on, recorded_at")
        .param("c", clientId)
        .query(
            (rs, n) ->
                new Screening(
                    rs.getObject("id", UUID.class),
                    rs.getObject("client_id", UUID.class),
                    rs.getString("provider_agb"),
                    rs.getString("municipality"),
                    rs.getString("region"),
                    rs.getObject("screened_on", LocalDate.class),
                    rs.getString("outcome").equals("ACCEPTED"),
                    rs.getString("decline_reason"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  /**
   * The latest screening of the client by the provider in the municipality on or before {@code
   * day}: what a request received that day stands on.
   */
  Optional<Screening> latestScreening(
      UUID clientId, String providerAgb, String municipality, LocalDate day) {
    return screeningsOf(clientId).stream()
        .filter(s -> s.providerAgb().equals(providerAgb) && s.municipality().equals(municipality))
        .filter(s -> !s.screenedOn().isAfter(day))
        .reduce((first, second) -> second);
  }

  void insertConsultation(UUID allocationId, LocalDate consultedOn, Instant at, String by) {
    db.sql(
            """
            insert into allocation.ending_consultation (allocation_id, consulted_on, recorded_at,
              recorded_by) values (:a, :on, :at, :by)
            """)
        .param("a", allocationId)
        .param("on", consultedOn)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .update();
  }

  /** The latest recorded consultation of the referrer about ending this allocation's care. */
  Optional<LocalDate> lastConsultation(UUID allocationId) {
    return db.sql(
            """
            select consulted_on from allocation.ending_consultation where allocation_id = :a
            order by consulted_on desc limit 1
            """)
        .param("a", allocationId)
        .query((rs, n) -> rs.getObject(1, LocalDate.class))
        .optional();
  }

  /** A shared help plan: the main contractor and the results the providers work on. */
  record HelpPlan(
      UUID id,
      UUID clientId,
      String municipality,
      String region,
      String mainContractorAgb,
      String reference,
      List<String> results,
      Instant recordedAt,
      String recordedBy) {

    HelpPlan {
      results = List.copyOf(results);
    }
  }

  /** Records {@code plan} as the client's current plan in its municipality, replacing the last. */
  void replaceHelpPlan(HelpPlan plan) {
    db.sql(
            """
            update allocation.help_plan set superseded_at = :at
            where client_id = :c and municipality = :m and superseded_at is null
            """)
        .param("at", Timestamp.from(plan.recordedAt()))
        .param("c", plan.clientId())
        .param("m", plan.municipality())
        .update();
    db.sql(
            """
            insert into allocation.help_plan (id, client_id, municipality, region,
              main_contractor_agb, reference, results, recorded_at, recorded_by)
            values (:id, :c, :m, :region, :main, :ref, cast(:results as jsonb), :at, :by)
            """)
        .param("id", plan.id())
        .param("c", plan.clientId())
        .param("m", plan.municipality())
        .param("region", plan.region())
        .param("main", plan.mainContractorAgb())
        .param("ref", plan.reference())
        .param("results", JSON.writeValueAsString(plan.results()))
        .param("at", Timestamp.from(plan.recordedAt()))
        .param("by", plan.recordedBy())
        .update();
  }

  /** Every plan of the client, current and superseded, oldest first. */
  List<HelpPlan> helpPlansOf(UUID clientId) {
    return db.sql(
            "select * from allocation.help_plan where client_id = :c order by recorded_at, id")
        .param("c", clientId)
        .query(
            (rs, n) ->
                new HelpPlan(
                    rs.getObject("id", UUID.class),
                    rs.getObject("client_id", UUID.class),
                    rs.getString("municipality"),
                    rs.getString("region"),
                    rs.getString("main_contractor_agb"),
                    rs.getString("reference"),
                    List.of(JSON.readValue(rs.getString("results"), String[].class)),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  /** The client's current plan in the municipality, if any. */
  Optional<HelpPlan> currentHelpPlan(UUID clientId, String municipality) {
    return db.sql(
            """
            select id from allocation.help_plan
            where client_id = :c and municipality = :m and superseded_at is null
            """)
        .param("c", clientId)
        .param("m", municipality)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .optional()
        .flatMap(id -> helpPlansOf(clientId).stream().filter(p -> p.id().equals(id)).findFirst());
  }
}
