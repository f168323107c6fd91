package nl.jeugdregie.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.billing.Tariffs;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities' youth-care budgets and their use (issue 13 "Budgets: per municipality,
 * product category and provider: allocated, declared, paid, the forecast to year end and the date
 * the budget runs out at today's pace"; ADR 0012 Budgets). The seeds name budgets per allocation
 * (Amersfoort's intervention levels R-AMF-*, IJsselland's keuzebudget R-IJS-10, Amstelveen's
 * signaalbudget R-AAA-2) but no municipal budget; the municipal budget is the council's figure, set
 * here by a contract manager of the municipality's region (packs' {@code municipalities:}) or an
 * admin. CBS Beleidsinformatie Jeugd counts clients and trajectories, not money: no definition to
 * follow.
 *
 * <p>Per municipality x category x provider x year:
 *
 * <ul>
 *   <li><b>allocated</b>: what the year's allocations commit ({@link Commitment}), by each
 *       allocation's current version; deleted allocations (JZ002 13) commit nothing;
 *   <li><b>declared</b>: the approved declaration lines (billing.line), debit minus credit, by the
 *       month their product period starts in;
 *   <li><b>paid</b>: the ledger (billing.ledger_entry signed_cents) by its month of care. As this
 *       system books every approved line at once, declared and paid agree unless a line was booked
 *       by another path; both are shown because a payment run may later lag the approval;
 *   <li>forecast and exhaustion date: {@link BudgetPace}.
 * </ul>
 *
 * A budget narrowed to a category or a provider gets its own row with the figures of that narrower
 * scope; a budget for "all" (null) gets the sums. Scope: a contract manager sees and sets their
 * region, admin all; policy reads every region, and every row under 5 clients (k = 5) has its
 * figures null and {@code suppressed}; access teams and providers are refused.
 */
@Service
public class Budgets {

  private static final int K = 5;

  private final JdbcClient db;
  private final PolicyCatalog catalog;
  private final Clock clock;

  Budgets(JdbcClient db, PolicyCatalog catalog, Clock clock) {
    this.db = db;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** A budget as set; {@code category}/{@code providerAgb} null means all. */
  public record Budget(
      String region,
      String municipality,
      int year,
      @Nullable String category,
      @Nullable String providerAgb,
      long amountCents,
      String setBy,
      Instant setAt) {}

  /** What to set: the amount, for a category and/or provider or (null) for all. */
  public record BudgetSetting(
      long amountCents, @Nullable String category, @Nullable String providerAgb) {}

  /** One row of use; money in cents, null where suppressed or not measurable. */
  public record BudgetUse(
      String region,
      String municipality,
      int year,
      @Nullable String category,
      @Nullable String providerAgb,
      @Nullable Long budgetCents,
      @Nullable Long allocatedCents,
      @Nullable Long unpricedAllocations,
      @Nullable Long declaredCents,
      @Nullable Long paidCents,
      @Nullable Long forecastCents,
      @Nullable String forecastMissing,
      @Nullable LocalDate exhaustionDate,
      @Nullable Boolean exhausted,
      @Nullable Long clients,
      boolean suppressed) {}

  /** The filter of {@link #use}; every field optional but the year. */
  public record UseQuery(
      @Nullable String region,
      int year,
      @Nullable String municipality,
      @Nullable String category,
      @Nullable String providerAgb) {}

  /**
   * Sets (or replaces) a municipality's budget for a year; the history keeps every setting. A
   * contract manager only for a municipality of their region, admin for any municipality of a pack.
   */
  @Transactional
  public Budget set(Actor actor, String municipality, int year, BudgetSetting setting) {
    if (actor.role() != Role.CONTRACT_MANAGER && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted(
          "budgets are set by the region's contract manager or an admin");
    }
    if (!municipality.matches("[0-9]{4}")) {
      throw new InvalidRequestException("municipality", "must be a 4-digit CBS code");
    }
    if (year < 2000 || year > 2100) {
      throw new InvalidRequestException("year", "must be between 2000 and 2100");
    }
    if (setting.amountCents() <= 0) {
      throw new InvalidRequestException("amountCents", "must be more than 0");
    }
    String category = setting.category();
    if (category != null && !category.matches("[0-9]{2}")) {
      throw new InvalidRequestException("category", "must be a 2-digit iJw category (JZ020)");
    }
    String provider = setting.providerAgb();
    if (provider != null && !providerExists(provider)) {
      throw new InvalidRequestException("provider", "no provider with AGB code " + provider);
    }
    String region =
        regionOf(municipality, year)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "municipality",
                        "municipality "
                            + municipality
                            + " belongs to no region's pack in "
                            + year));
    if (actor.role() == Role.CONTRACT_MANAGER && !region.equals(actor.region())) {
      throw RouteRefusedException.notPermitted(
          "municipality "
              + municipality
              + " is in region "
              + region
              + "; a contract manager sets budgets for their own region only");
    }
    Instant now = clock.instant();
    db.sql(
            """
            insert into control.budget
              (municipality, year, category, provider_agb, amount_cents, set_by, set_at)
            values (:m, :y, :c, :p, :amount, :by, :at)
            on conflict (municipality, year, coalesce(category, ''), coalesce(provider_agb, ''))
            do update set amount_cents = excluded.amount_cents, set_by = excluded.set_by,
              set_at = excluded.set_at
            """)
        .param("m", municipality)
        .param("y", year)
        .param("c", category)
        .param("p", provider)
        .param("amount", setting.amountCents())
        .param("by", actor.name())
        .param("at", java.sql.Timestamp.from(now))
        .update();
    return new Budget(
        region, municipality, year, category, provider, setting.amountCents(), actor.name(), now);
  }

  /** The budgets of a year (all years when null) in the actor's scope. */
  @Transactional(readOnly = true)
  public List<Budget> list(Actor actor, @Nullable String region, @Nullable Integer year) {
    String scoped =
        ControlScope.region(
            actor, region, catalog, "budgets are for contract managers, policy and admins");
    List<Budget> budgets = new ArrayList<>();
    for (StoredBudget b : stored(year)) {
      String of = regionOf(b.municipality(), b.year()).orElse("");
      if (scoped == null || scoped.equals(of)) {
        budgets.add(
            new Budget(
                of,
                b.municipality(),
                b.year(),
                b.category(),
                b.providerAgb(),
                b.amountCents(),
                b.setBy(),
                b.setAt()));
      }
    }
    return budgets;
  }

  /** The use of the budgets: see the class comment. {@code today} decides what is complete. */
  @Transactional(readOnly = true)
  public List<BudgetUse> use(Actor actor, UseQuery query, LocalDate today) {
    String region =
        ControlScope.region(
            actor, query.region(), catalog, "budgets are for contract managers, policy and admins");
    int year = query.year();
    Map<Key, Figures> fine = new HashMap<>();
    allocated(region, year, fine);
    money(region, year, fine);
    Map<Key, Long> budgets = new HashMap<>();
    for (StoredBudget b : stored(year)) {
      if (region == null || regionOf(b.municipality(), year).orElse("").equals(region)) {
        budgets.put(new Key(b.municipality(), b.category(), b.providerAgb()), b.amountCents());
      }
    }
    Set<Key> keys = new LinkedHashSet<>(fine.keySet());
    keys.addAll(budgets.keySet());
    List<BudgetUse> rows = new ArrayList<>();
    boolean policy = actor.role() == Role.POLICY;
    for (Key key : keys) {
      if (!key.matches(query)) continue;
      Figures sum = new Figures();
      for (Map.Entry<Key, Figures> f : fine.entrySet()) {
        if (key.covers(f.getKey())) sum.add(f.getValue());
      }
      Long budget = budgets.get(key);
      String rowRegion = regionOf(key.municipality(), year).orElse(sum.region);
      if (policy && sum.clients.size() < K) {
        rows.add(
            new BudgetUse(
                rowRegion,
                key.municipality(),
                year,
                key.category(),
                key.providerAgb(),
                budget,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true));
        continue;
      }
      BudgetPace.Outlook outlook = new BudgetPace(year, sum.paidByMonth, today).outlook(budget);
      rows.add(
          new BudgetUse(
              rowRegion,
              key.municipality(),
              year,
              key.category(),
              key.providerAgb(),
              budget,
              sum.allocatedCents,
              sum.unpriced,
              sum.declaredCents,
              sum.paidCents(),
              outlook.forecastCents(),
              outlook.forecastMissing(),
              outlook.exhaustionDate(),
              budget == null ? null : outlook.exhausted(),
              (long) sum.clients.size(),
              false));
    }
    rows.sort(
        Comparator.comparing(BudgetUse::municipality)
            .thenComparing(BudgetUse::category, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(
                BudgetUse::providerAgb, Comparator.nullsFirst(Comparator.naturalOrder())));
    return rows;
  }

  /** The region (pack id) whose pack lists the municipality in a version overlapping the year. */
  Optional<String> regionOf(String municipality, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return catalog.all().stream()
        .filter(p -> p.municipalities().containsKey(municipality))
        .filter(p -> !p.validFrom().isAfter(last))
        .filter(p -> p.validTo() == null || !Objects.requireNonNull(p.validTo()).isBefore(first))
        .map(PolicyPack::id)
        .findFirst();
  }

  private boolean providerExists(String agb) {
    return db.sql("select count(*) from catalog.provider where agb = :agb")
            .param("agb", agb)
            .query(Long.class)
            .single()
        > 0;
  }

  private record StoredBudget(
      String municipality,
      int year,
      @Nullable String category,
      @Nullable String providerAgb,
      long amountCents,
      String setBy,
      Instant setAt) {}

  private List<StoredBudget> stored(@Nullable Integer year) {
    return db.sql(
            """
            select municipality, year, category, provider_agb, amount_cents, set_by, set_at
            from control.budget where cast(:y as int) is null or year = :y
            order by municipality, year, category nulls first, provider_agb nulls first
            """)
        .param("y", year)
        .query(
            (rs, n) ->
                new StoredBudget(
                    rs.getString("municipality"),
                    rs.getInt("year"),
                    rs.getString("category"),
                    rs.getString("provider_agb"),
                    rs.getLong("amount_cents"),
                    rs.getString("set_by"),
                    rs.getTimestamp("set_at").toInstant()))
        .list();
  }

  /** Each allocation's commitment in the year, added to its municipality/category/provider. */
  private void allocated(@Nullable String region, int year, Map<Key, Figures> fine) {
    db.sql(
            """
            select a.municipality, a.region, a.category, a.product_code, a.provider_agb,
              a.client_id, v.start_date, v.end_date, v.volume_amount, v.volume_unit,
              v.volume_frequency, v.budget_cents
            from allocation.allocation a
            join allocation.allocation_version v
              on v.allocation_id = a.id and v.version = a.current_version
            where v.start_date <= :last and (v.end_date is null or v.end_date >= :first)
              and v.change_reason is distinct from '13'
              and (cast(:region as text) is null or a.region = :region)
            """)
        .param("first", LocalDate.of(year, 1, 1))
        .param("last", LocalDate.of(year, 12, 31))
        .param("region", region)
        .query(
            rs -> {
              String allocationRegion = rs.getString("region");
              String category = rs.getString("category");
              String code = rs.getString("product_code");
              LocalDate start = rs.getObject("start_date", LocalDate.class);
              LocalDate end = rs.getObject("end_date", LocalDate.class);
              Long amount = (Long) rs.getObject("volume_amount");
              String unitCode = rs.getString("volume_unit");
              Object frequencyCode = rs.getObject("volume_frequency");
              Long budgetCents = (Long) rs.getObject("budget_cents");
              LocalDate from = start.getYear() < year ? LocalDate.of(year, 1, 1) : start;
              Long tariff = null;
              Unit tariffUnit = null;
              Optional<PolicyPack> pack = inForce(allocationRegion, from);
              if (pack.isPresent() && code != null) {
                tariff = Tariffs.tariffCents(pack.get(), category, code, from);
                Product product = pack.get().products().get(code);
                tariffUnit = product == null ? null : product.unit();
              }
              Long cents =
                  Commitment.cents(
                      year,
                      start,
                      end,
                      budgetCents,
                      amount,
                      unitCode == null ? null : Unit.parse(unitCode),
                      frequencyCode == null ? null : Frequency.parse(frequencyCode.toString()),
                      tariff,
                      tariffUnit);
              Figures f =
                  fine.computeIfAbsent(
                      new Key(rs.getString("municipality"), category, rs.getString("provider_agb")),
                      k -> new Figures());
              f.region = allocationRegion;
              f.clients.add(rs.getObject("client_id", UUID.class));
              if (cents == null) {
                f.unpriced++;
              } else {
                f.allocatedCents += cents;
              }
            });
  }

  private Optional<PolicyPack> inForce(String region, LocalDate day) {
    return catalog.versions(region).stream().filter(p -> p.inForceOn(day)).findFirst();
  }

  /** Declared (approved lines) and paid (ledger) per month of care of the year. */
  private void money(@Nullable String region, int year, Map<Key, Figures> fine) {
    db.sql(
            """
            select d.municipality, a.region, l.category, l.provider_agb, l.client_id,
              sum(case l.debit_credit when 'D' then l.amount_cents else -l.amount_cents end) as c
            from billing.line l
            join billing.declaration d on d.id = l.declaration_id
            join allocation.allocation a on a.id = l.allocation_id
            where l.approved and l.period_start between :first and :last
              and (cast(:region as text) is null or a.region = :region)
            group by d.municipality, a.region, l.category, l.provider_agb, l.client_id
            """)
        .param("first", LocalDate.of(year, 1, 1))
        .param("last", LocalDate.of(year, 12, 31))
        .param("region", region)
        .query(
            rs -> {
              Figures f = figures(fine, rs.getString("municipality"), rs);
              f.declaredCents += rs.getLong("c");
              UUID client = rs.getObject("client_id", UUID.class);
              if (client != null) f.clients.add(client);
            });
    db.sql(
            """
            select e.municipality, a.region, a.category, e.provider_agb, a.client_id,
              extract(month from e.period_start)::int as month, sum(e.signed_cents) as c
            from billing.ledger_entry e
            join allocation.allocation a on a.id = e.allocation_id
            where e.period_start between :first and :last
              and (cast(:region as text) is null or a.region = :region)
            group by e.municipality, a.region, a.category, e.provider_agb, a.client_id, 6
            """)
        .param("first", LocalDate.of(year, 1, 1))
        .param("last", LocalDate.of(year, 12, 31))
        .param("region", region)
        .query(
            rs -> {
              Figures f = figures(fine, rs.getString("municipality"), rs);
              f.paidByMonth[rs.getInt("month") - 1] += rs.getLong("c");
              f.clients.add(rs.getObject("client_id", UUID.class));
            });
  }

  private static Figures figures(Map<Key, Figures> fine, String municipality, java.sql.ResultSet rs)
      throws java.sql.SQLException {
    Figures f =
        fine.computeIfAbsent(
            new Key(municipality, rs.getString("category"), rs.getString("provider_agb")),
            k -> new Figures());
    f.region = rs.getString("region");
    return f;
  }

  /** A row's grain: null category or provider means all. */
  private record Key(String municipality, @Nullable String category, @Nullable String providerAgb) {

    boolean covers(Key fine) {
      return municipality.equals(fine.municipality)
          && (category == null || category.equals(fine.category))
          && (providerAgb == null || providerAgb.equals(fine.providerAgb));
    }

    boolean matches(UseQuery query) {
      return (query.municipality() == null || query.municipality().equals(municipality))
          && (query.category() == null || query.category().equals(category))
          && (query.providerAgb() == null || query.providerAgb().equals(providerAgb));
    }
  }

  /** The sums of one grain, clients as a set so a coarser row counts each client once. */
  private static final class Figures {
    String region = "";
    long allocatedCents;
    long unpriced;
    long declaredCents;
    final long[] paidByMonth = new long[12];
    final Set<UUID> clients = new HashSet<>();

    long paidCents() {
      long sum = 0;
      for (long cents : paidByMonth) sum += cents;
      return sum;
    }

    void add(Figures other) {
      if (region.isEmpty()) region = other.region;
      allocatedCents += other.allocatedCents;
      unpriced += other.unpriced;
      declaredCents += other.declaredCents;
      for (int m = 0; m < 12; m++) paidByMonth[m] += other.paidByMonth[m];
      clients.addAll(other.clients);
    }
  }
}
