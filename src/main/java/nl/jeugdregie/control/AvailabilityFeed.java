package nl.jeugdregie.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.policy.kinds.AvailabilityGuide;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The availability feed (Twente R-TWE-6, 002 p.4 Beschikbaarheidswijzer: "geeft inzicht in welke
 * zorgaanbieders wanneer plek hebben, inclusief wachttijden ... alleen aanbieders met een contract
 * ... Aanbieders dienen gegevens over hulpverlening en wachttijden actueel te houden"): a
 * contracted provider reports its free places and waiting weeks per product per region; access
 * teams, contract managers, policy and admins read who has room when, shortest wait first.
 *
 * <p>A report older than the region's {@link AvailabilityGuide#maxAgeDays()} is marked stale. A
 * region whose pack has no such rule gets 30 days, an assumption (the same term Twente's pack
 * assumes; docs/control.md), shown as {@code maxAgeAssumed}. CBS has no such figure.
 *
 * <p>A provider reports for itself only, and only for a product its contract in the region covers
 * today (catalog.contract, for the product or its whole category): another provider's AGB is
 * refused (403), a product outside the region's product book is bad input (400), an uncontracted
 * one refused (403, field {@code product}).
 */
@Service
public class AvailabilityFeed {

  /** The stale term for a region whose pack has no AvailabilityGuide (an assumption). */
  static final int DEFAULT_MAX_AGE_DAYS = 30;

  private final JdbcClient db;
  private final PolicyCatalog catalog;
  private final Clock clock;

  AvailabilityFeed(JdbcClient db, PolicyCatalog catalog, Clock clock) {
    this.db = db;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** A report: free places now, weeks of waiting otherwise; admins name the provider. */
  public record Report(
      int freePlaces, int waitingWeeks, @Nullable String note, @Nullable String providerAgb) {}

  /**
   * One provider's room for one product: {@code roomFrom} is the report's day when it has free
   * places, else that day plus the waiting weeks.
   */
  public record Availability(
      String region,
      String productCode,
      String productName,
      String providerAgb,
      String providerName,
      int freePlaces,
      int waitingWeeks,
      LocalDate roomFrom,
      @Nullable String note,
      Instant reportedAt,
      long ageDays,
      boolean stale,
      int maxAgeDays,
      boolean maxAgeAssumed) {}

  @Transactional
  public Availability report(Actor actor, String region, String productCode, Report report) {
    String agb =
        switch (actor.role()) {
          case PROVIDER -> {
            String own = java.util.Objects.requireNonNull(actor.agb());
            if (report.providerAgb() != null && !own.equals(report.providerAgb())) {
              throw new RouteRefusedException(
                  RouteRefusedException.Kind.NOT_PERMITTED,
                  "providerAgb",
                  null,
                  "a provider reports its own availability only");
            }
            yield own;
          }
          case ADMIN -> {
            String named = report.providerAgb();
            if (named == null) {
              throw new InvalidRequestException(
                  "providerAgb", "an admin names the provider it reports for");
            }
            yield named;
          }
          case ACCESS_TEAM, CONTRACT_MANAGER, POLICY ->
              throw RouteRefusedException.notPermitted("providers report their own availability");
        };
    if (report.freePlaces() < 0 || report.freePlaces() > 100_000) {
      throw new InvalidRequestException("freePlaces", "must be between 0 and 100000");
    }
    if (report.waitingWeeks() < 0 || report.waitingWeeks() > 520) {
      throw new InvalidRequestException("waitingWeeks", "must be between 0 and 520");
    }
    String note = report.note();
    if (note != null && note.length() > 500) {
      throw new InvalidRequestException("note", "must be at most 500 characters");
    }
    LocalDate today = LocalDate.now(clock);
    PolicyPack pack = pack(region, today);
    Product product = pack.products().get(productCode);
    if (product == null) {
      throw new InvalidRequestException(
          "product", "no product " + productCode + " in the product book of " + region);
    }
    boolean contracted =
        db.sql(
                    """
                select count(*) from catalog.contract
                where provider_agb = :agb and region = :region and category = :category
                  and (product_code is null or product_code = :code)
                  and valid_from <= :today and (valid_to is null or valid_to >= :today)
                """)
                .param("agb", agb)
                .param("region", region)
                .param("category", product.category())
                .param("code", productCode)
                .param("today", today)
                .query(Long.class)
                .single()
            > 0;
    if (!contracted) {
      throw new RouteRefusedException(
          RouteRefusedException.Kind.NOT_PERMITTED,
          "product",
          null,
          "provider "
              + agb
              + " has no contract for "
              + productCode
              + " in "
              + region
              + " today; only contracted providers are in the feed (002 p.4)");
    }
    db.sql(
            """
            insert into control.availability (provider_agb, region, product_code, free_places,
              waiting_weeks, note, reported_at, reported_by)
            values (:agb, :region, :code, :free, :weeks, :note, :at, :by)
            on conflict (provider_agb, region, product_code) do update set
              free_places = excluded.free_places, waiting_weeks = excluded.waiting_weeks,
              note = excluded.note, reported_at = excluded.reported_at,
              reported_by = excluded.reported_by
            """)
        .param("agb", agb)
        .param("region", region)
        .param("code", productCode)
        .param("free", report.freePlaces())
        .param("weeks", report.waitingWeeks())
        .param("note", note)
        .param("at", java.sql.Timestamp.from(clock.instant()))
        .param("by", actor.name())
        .update();
    return list(
            actor.role() == Role.PROVIDER ? actor : Actor.admin(actor.name()),
            region,
            productCode,
            today)
        .stream()
        .filter(a -> a.providerAgb().equals(agb))
        .findFirst()
        .orElseThrow();
  }

  /** Who has room when in the regions in the actor's view, shortest wait first. */
  @Transactional(readOnly = true)
  public List<Availability> list(
      Actor actor, @Nullable String region, @Nullable String productCode, LocalDate today) {
    Set<String> regions = regions(actor, region, today);
    String provider = actor.role() == Role.PROVIDER ? actor.agb() : null;
    ZoneId zone = clock.getZone();
    List<Availability> rows = new ArrayList<>();
    for (String r : regions) {
      Optional<PolicyPack> pack = inForce(r, today);
      List<AvailabilityGuide> guide =
          pack.map(p -> p.rulesOfKind(AvailabilityGuide.class)).orElse(List.of());
      int maxAge = guide.isEmpty() ? DEFAULT_MAX_AGE_DAYS : guide.getFirst().maxAgeDays();
      boolean assumed = guide.isEmpty();
      rows.addAll(
          db.sql(
                  """
                  select a.provider_agb, p.name, a.product_code, a.free_places, a.waiting_weeks,
                    a.note, a.reported_at
                  from control.availability a join catalog.provider p on p.agb = a.provider_agb
                  where a.region = :region
                    and (cast(:code as text) is null or a.product_code = :code)
                    and (cast(:agb as text) is null or a.provider_agb = :agb)
                  """)
              .param("region", r)
              .param("code", productCode)
              .param("agb", provider)
              .query(
                  (rs, n) -> {
                    String code = rs.getString("product_code");
                    Product product = pack.map(p -> p.products().get(code)).orElse(null);
                    Instant at = rs.getTimestamp("reported_at").toInstant();
                    LocalDate reportedOn = at.atZone(zone).toLocalDate();
                    long age = ChronoUnit.DAYS.between(reportedOn, today);
                    int free = rs.getInt("free_places");
                    int weeks = rs.getInt("waiting_weeks");
                    return new Availability(
                        r,
                        code,
                        product == null ? "" : product.name(),
                        rs.getString("provider_agb"),
                        rs.getString("name"),
                        free,
                        weeks,
                        free > 0 ? reportedOn : reportedOn.plusWeeks(weeks),
                        rs.getString("note"),
                        at,
                        age,
                        age > maxAge,
                        maxAge,
                        assumed);
                  })
              .list());
    }
    rows.sort(
        Comparator.comparing((Availability a) -> a.freePlaces() > 0 ? 0 : a.waitingWeeks())
            .thenComparing(Availability::freePlaces, Comparator.reverseOrder())
            .thenComparing(Availability::stale)
            .thenComparing(Availability::providerName)
            .thenComparing(Availability::productCode));
    return rows;
  }

  /** The regions the actor may read, narrowed to {@code region} when given. */
  private Set<String> regions(Actor actor, @Nullable String region, LocalDate today) {
    if (region != null && catalog.versions(region).isEmpty()) {
      throw new InvalidRequestException(
          "region", "no region '" + region + "' (known: " + catalog.ids() + ")");
    }
    Set<String> mine =
        switch (actor.role()) {
          case ACCESS_TEAM -> {
            Set<String> of = new TreeSet<>();
            for (String m : actor.municipalities()) {
              catalog.regionOf(m, today).ifPresent(p -> of.add(p.id()));
            }
            yield of;
          }
          case CONTRACT_MANAGER -> Set.of(java.util.Objects.requireNonNull(actor.region()));
          case POLICY, ADMIN, PROVIDER -> new TreeSet<>(catalog.ids());
        };
    if (region == null) return mine;
    if (!mine.contains(region)) {
      throw RouteRefusedException.notPermitted(
          "region " + region + " is outside your view (" + String.join(", ", mine) + ")");
    }
    return Set.of(region);
  }

  private PolicyPack pack(String region, LocalDate today) {
    if (catalog.versions(region).isEmpty()) {
      throw new InvalidRequestException(
          "region", "no region '" + region + "' (known: " + catalog.ids() + ")");
    }
    return inForce(region, today)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "region", "no version of the pack of " + region + " is in force on " + today));
  }

  private Optional<PolicyPack> inForce(String region, LocalDate today) {
    return catalog.versions(region).stream().filter(p -> p.inForceOn(today)).findFirst();
  }
}
