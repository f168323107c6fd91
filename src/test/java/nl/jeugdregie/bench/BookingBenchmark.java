package nl.jeugdregie.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.billing.DebitCredit;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.billing.Tariffs;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Booking a national month: lines per second through the whole declaration path ({@link
 * Declarations#submit}: validation of every line, booking in the ledger, the stored answer), next
 * to a baseline measured in the same run on the same database: PostgreSQL {@code COPY} of the same
 * rows into a plain table with the columns of {@code billing.line}.
 *
 * <p>Seeded generation (not measured): {@code allocations} allocations (default 250,000) for as
 * many clients, spread evenly over the municipalities of every region whose pack is in force in
 * March 2025, each with one of its region's providers (100 a region) and one of its products with a
 * 2025 tariff, for all of 2025, with a total volume, a third of them with a budget as well (1 in 50
 * too small for its lines); they are written straight into the catalog, clients and allocation
 * tables with COPY. Then {@code lines} lines (default 300,000): one for March for every allocation
 * and, for the first {@code lines - allocations}, one for February, grouped into one declaration
 * per provider and municipality (period 2025-03).
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench.main=nl.jeugdregie.bench.BookingBenchmark
 * -Dbench.args="lines=300000 allocations=250000 threads=2 seed=2025"}. The database is a fresh
 * embedded PostgreSQL in a temporary folder (the test configuration), or a fresh database created
 * on the server of {@code JEUGDREGIE_DB_URL} (user and password from {@code JEUGDREGIE_DB_USER} and
 * {@code JEUGDREGIE_DB_PASSWORD}), dropped afterwards.
 */
public final class BookingBenchmark {

  private static final YearMonth MONTH = YearMonth.of(2025, 3);
  private static final int PROVIDERS_PER_REGION = 100;

  private BookingBenchmark() {}

  record Offer(String category, String code, Unit unit, long tariffCents) {}

  record Region(
      String id, List<String> municipalities, List<String> providers, List<Offer> offers) {}

  record Allocation(
      UUID id,
      String municipality,
      int number,
      UUID clientId,
      String bsn,
      String providerAgb,
      String region,
      Offer offer,
      long lineVolume,
      long totalVolume,
      @Nullable Long budgetCents) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq > 0) options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    int lineCount = Integer.parseInt(options.getOrDefault("lines", "300000"));
    int allocationCount = Integer.parseInt(options.getOrDefault("allocations", "250000"));
    int threads =
        Integer.parseInt(
            options.getOrDefault(
                "threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
    long seed = Long.parseLong(options.getOrDefault("seed", "2025"));

    List<String> springArgs = new ArrayList<>();
    String url = System.getenv("JEUGDREGIE_DB_URL");
    if (url != null && !url.isBlank()) {
      springArgs.add("--jeugdregie.db.url=" + url);
      springArgs.add("--jeugdregie.db.user=" + env("JEUGDREGIE_DB_USER"));
      springArgs.add("--jeugdregie.db.password=" + env("JEUGDREGIE_DB_PASSWORD"));
      springArgs.add("--jeugdregie.db.fresh-database=true");
    }
    long started = System.nanoTime();
    try (ConfigurableApplicationContext spring =
        new SpringApplicationBuilder(Jeugdregie.class)
            .properties("jeugdregie.demo.load=false", "server.port=0", "logging.level.root=WARN")
            .run(springArgs.toArray(String[]::new))) {
      PolicyCatalog catalog = spring.getBean(PolicyCatalog.class);
      DataSource dataSource = spring.getBean(DataSource.class);
      Declarations declarations = spring.getBean(Declarations.class);

      List<Region> regions = regions(catalog);
      List<Allocation> allocations = allocations(regions, allocationCount, seed);
      List<DeclarationSubmission> submissions = declarations(allocations, lineCount);
      int total = submissions.stream().mapToInt(DeclarationSubmission::lineCount).sum();
      try (Connection c = dataSource.getConnection()) {
        setup(c, regions, allocations);
      }
      log(
          "generated and stored %,d allocations, %,d lines in %,d declarations (%d regions) in %.0f s",
          allocations.size(), total, submissions.size(), regions.size(), seconds(started));

      // (b) the baseline: COPY of the same rows into a plain table like billing.line
      byte[] csv = lineCsv(submissions, allocations);
      double copySeconds;
      try (Connection c = dataSource.getConnection()) {
        try (Statement s = c.createStatement()) {
          s.execute("create schema if not exists bench");
          s.execute("drop table if exists bench.line_copy");
          s.execute("create table bench.line_copy (like billing.line)");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long t0 = System.nanoTime();
        long rows =
            copy.copyIn(
                "copy bench.line_copy from stdin (format csv)", new ByteArrayInputStream(csv));
        copySeconds = seconds(t0);
        if (rows != total) throw new IllegalStateException("copied " + rows + " of " + total);
      }
      log("baseline COPY: %,d rows in %.2f s", total, copySeconds);

      // (a) validation + booking + answers, one declaration per call
      AtomicLong approved = new AtomicLong();
      AtomicLong done = new AtomicLong();
      long t0 = System.nanoTime();
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        List<Future<?>> futures = new ArrayList<>();
        for (DeclarationSubmission d : submissions) {
          futures.add(
              pool.submit(
                  () -> {
                    DeclarationAnswer answer =
                        declarations.submit(Actor.provider("bench", d.providerAgb()), d);
                    approved.addAndGet(answer.totals().approved());
                    long now = done.addAndGet(answer.totals().lines());
                    long step = Math.max(1, total / 10);
                    if (now / step != (now - answer.totals().lines()) / step) {
                      log("  booked %,d of %,d lines, %.0f s", now, total, seconds(t0));
                    }
                  }));
        }
        for (Future<?> f : futures) f.get();
      }
      double bookSeconds = seconds(t0);

      double copyRate = total / copySeconds;
      double bookRate = total / bookSeconds;
      System.out.printf(
          Locale.ROOT,
          "%nBooking benchmark, %s, seed %d, %,d allocations, %,d lines in %,d declarations,"
              + " %d threads, %d cores%n",
          MONTH,
          seed,
          allocations.size(),
          total,
          submissions.size(),
          threads,
          Runtime.getRuntime().availableProcessors());
      System.out.printf(
          Locale.ROOT,
          "  validation + booking + answers: %,10.0f lines/s (%.1f s, %,d approved, %,d rejected)%n",
          bookRate,
          bookSeconds,
          approved.get(),
          total - approved.get());
      System.out.printf(
          Locale.ROOT,
          "  baseline COPY into a plain table: %,8.0f lines/s (%.1f s)%n",
          copyRate,
          copySeconds);
      System.out.printf(
          Locale.ROOT,
          "  ratio: booking is %.1f times slower than COPY (%.1f%% of its rate)%n",
          copyRate / bookRate,
          100 * bookRate / copyRate);
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null ? "" : value;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
  }

  /** Every region in force in the month, its municipalities, providers and tariffed products. */
  static List<Region> regions(PolicyCatalog catalog) {
    LocalDate day = MONTH.atDay(1);
    List<String> ids = catalog.all().stream().map(PolicyPack::id).distinct().sorted().toList();
    List<Region> regions = new ArrayList<>();
    int agb = 30_000_000;
    for (String id : ids) {
      PolicyPack pack;
      try {
        pack = catalog.inForce(id, day);
      } catch (RuntimeException notInForce) {
        continue;
      }
      List<Offer> offers = new ArrayList<>();
      for (Product p : new TreeMap<>(pack.products()).values()) {
        if (p.funding() != Product.Funding.PXQ) continue;
        Long tariff = Tariffs.tariffCents(pack, p.category(), p.code(), day);
        if (p.unit() == Unit.EUROS) {
          offers.add(new Offer(p.category(), p.code(), Unit.EUROS, 0));
        } else if (tariff != null) {
          offers.add(new Offer(p.category(), p.code(), p.unit(), tariff));
        }
      }
      if (offers.isEmpty()) {
        // no tariff for the month: declared in euros (unit 83) against a volume in euros
        for (Product p : new TreeMap<>(pack.products()).values()) {
          if (p.funding() == Product.Funding.PXQ) {
            offers.add(new Offer(p.category(), p.code(), Unit.EUROS, 0));
          }
        }
      }
      if (offers.isEmpty()) {
        log("region %s: no PxQ products, left out", id);
        continue;
      }
      List<String> providers = new ArrayList<>();
      for (int i = 0; i < PROVIDERS_PER_REGION; i++) providers.add(String.valueOf(agb++));
      regions.add(
          new Region(
              id,
              new ArrayList<>(new TreeMap<>(pack.municipalities()).keySet()),
              providers,
              offers));
      log(
          "region %s: %d municipalities, %d products (%s)",
          id,
          pack.municipalities().size(),
          offers.size(),
          offers.stream().map(o -> o.unit().name()).distinct().toList());
    }
    return regions;
  }

  static List<Allocation> allocations(List<Region> regions, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> municipalities = new ArrayList<>();
    Map<String, Region> byId = new HashMap<>();
    for (Region r : regions) {
      byId.put(r.id(), r);
      for (String m : r.municipalities()) municipalities.add(new String[] {m, r.id()});
    }
    Map<String, Integer> numbers = new HashMap<>();
    List<Allocation> allocations = new ArrayList<>(count);
    long bsnCandidate = 100_000_000L + random.nextInt(1_000_000);
    for (int i = 0; i < count; i++) {
      String[] pick = municipalities.get(random.nextInt(municipalities.size()));
      Region region = byId.get(pick[1]);
      if (region == null) throw new IllegalStateException("no region " + pick[1]);
      Offer offer = region.offers().get(random.nextInt(region.offers().size()));
      String bsn;
      do {
        bsn = String.valueOf(bsnCandidate++);
      } while (!Bsn.isValid(bsn));
      long lineVolume =
          switch (offer.unit()) {
            case MINUTE -> 60 + random.nextInt(1_800);
            case HOUR, DAYPART -> 1 + random.nextInt(40);
            case DAY -> 1 + random.nextInt(28);
            case EUROS -> 10_000 + random.nextInt(200_000);
            case OUTPUT, EFFORT -> 1 + random.nextInt(4);
          };
      long lineAmount = offer.unit() == Unit.EUROS ? lineVolume : lineVolume * offer.tariffCents();
      Long budget = null;
      int dice = random.nextInt(300);
      if (dice < 6) {
        budget = lineAmount / 2; // too small: its lines are rejected (TR369)
      } else if (dice < 100) {
        budget = lineAmount * 6;
      }
      int number = numbers.merge(pick[0], 1, Integer::sum);
      allocations.add(
          new Allocation(
              new UUID(seed, i),
              pick[0],
              number,
              new UUID(seed + 1, i),
              bsn,
              region.providers().get(random.nextInt(region.providers().size())),
              region.id(),
              offer,
              lineVolume,
              lineVolume * 12,
              budget));
    }
    return allocations;
  }

  /** One declaration per provider and municipality; a line per allocation, a second for some. */
  static List<DeclarationSubmission> declarations(List<Allocation> allocations, int lineCount) {
    int extra = Math.max(0, Math.min(lineCount - allocations.size(), allocations.size()));
    Map<String, Map<String, List<DeclaredLine>>> groups = new LinkedHashMap<>();
    int reference = 0;
    for (int i = 0; i < allocations.size(); i++) {
      Allocation a = allocations.get(i);
      Map<String, List<DeclaredLine>> byClient =
          groups.computeIfAbsent(a.providerAgb() + "/" + a.municipality(), k -> new TreeMap<>());
      List<DeclaredLine> lines = byClient.computeIfAbsent(a.bsn(), k -> new ArrayList<>());
      if (i < extra) lines.add(line(a, MONTH.minusMonths(1), "B" + reference++));
      lines.add(line(a, MONTH, "B" + reference++));
    }
    List<DeclarationSubmission> submissions = new ArrayList<>();
    int number = 0;
    for (Map.Entry<String, Map<String, List<DeclaredLine>>> group : groups.entrySet()) {
      String[] key = group.getKey().split("/");
      List<ClientLines> clients = new ArrayList<>();
      int index = 0;
      for (Map.Entry<String, List<DeclaredLine>> client : group.getValue().entrySet()) {
        List<IndexedLine> indexed = new ArrayList<>();
        for (DeclaredLine line : client.getValue()) indexed.add(new IndexedLine(index++, line));
        clients.add(new ClientLines(Bsn.of(client.getKey()), indexed));
      }
      submissions.add(
          new DeclarationSubmission(
              key[0],
              "B" + number++,
              key[1],
              MONTH,
              MONTH.plusMonths(1).atDay(2),
              clients,
              String.format(Locale.ROOT, "%064x", number)));
    }
    return submissions;
  }

  private static DeclaredLine line(Allocation a, YearMonth month, String reference) {
    Offer o = a.offer();
    boolean euros = o.unit() == Unit.EUROS;
    return new DeclaredLine(
        reference,
        null,
        DebitCredit.DEBIT,
        a.number(),
        o.category(),
        o.code(),
        DateRange.of(month.atDay(1), month.atEndOfMonth()),
        a.lineVolume(),
        o.unit(),
        euros ? null : o.tariffCents(),
        euros ? a.lineVolume() : a.lineVolume() * o.tariffCents());
  }

  /** Providers, clients, requests and allocations straight into their tables (not measured). */
  static void setup(Connection c, List<Region> regions, List<Allocation> allocations)
      throws Exception {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder providers = new StringBuilder();
    for (Region r : regions) {
      for (String agb : r.providers())
        providers.append(agb).append(",Zorg ").append(agb).append('\n');
    }
    copyIn(copy, "catalog.provider (agb, name)", providers);
    String at = "2025-01-01 00:00:00+00";
    StringBuilder clients = new StringBuilder();
    StringBuilder requests = new StringBuilder();
    StringBuilder rows = new StringBuilder();
    StringBuilder versions = new StringBuilder();
    for (Allocation a : allocations) {
      Offer o = a.offer();
      UUID request =
          new UUID(a.id().getMostSignificantBits() + 2, a.id().getLeastSignificantBits());
      clients
          .append(a.clientId())
          .append(',')
          .append(a.bsn())
          .append(",B")
          .append(a.bsn())
          .append(",2012-06-01,")
          .append(a.municipality())
          .append(',')
          .append(at)
          .append('\n');
      requests
          .append(request)
          .append(",ALLOCATION,")
          .append(a.clientId())
          .append(',')
          .append(a.providerAgb())
          .append(",R")
          .append(a.bsn())
          .append(',')
          .append(a.region())
          .append(',')
          .append(a.municipality())
          .append(",2024-12-15,")
          .append(o.category())
          .append(',')
          .append(o.code())
          .append(",{},APPROVED,2024-12-20,")
          .append(at)
          .append('\n');
      rows.append(a.id())
          .append(',')
          .append(a.municipality())
          .append(',')
          .append(a.number())
          .append(',')
          .append(a.clientId())
          .append(',')
          .append(a.providerAgb())
          .append(',')
          .append(a.region())
          .append(',')
          .append(request)
          .append(',')
          .append(o.category())
          .append(',')
          .append(o.code())
          .append(",{},")
          .append(at)
          .append('\n');
      versions
          .append(a.id())
          .append(",1,2025-01-01,2025-12-31,")
          .append(a.totalVolume())
          .append(',')
          .append(o.unit().code())
          .append(",6,")
          .append(a.budgetCents() == null ? "" : a.budgetCents())
          .append(',')
          .append(at)
          .append(",bench\n");
    }
    copyIn(
        copy, "clients.client (id, bsn, pseudonym, birth_date, municipality, created_at)", clients);
    copyIn(
        copy,
        "allocation.request (id, type, client_id, provider_agb, provider_reference, region,"
            + " municipality, received_on, category, product_code, body, state, answer_due,"
            + " created_at)",
        requests);
    copyIn(
        copy,
        "allocation.allocation (id, municipality, number, client_id, provider_agb, region,"
            + " request_id, category, product_code, basis, created_at)",
        rows);
    copyIn(
        copy,
        "allocation.allocation_version (allocation_id, version, start_date, end_date,"
            + " volume_amount, volume_unit, volume_frequency, budget_cents, recorded_at,"
            + " recorded_by)",
        versions);
    try (Statement s = c.createStatement()) {
      s.execute(
          """
          insert into allocation.number_sequence (municipality, last_number)
          select municipality, max(number) from allocation.allocation group by municipality
          on conflict (municipality) do update set last_number = excluded.last_number
          """);
      s.execute("analyze");
    }
  }

  private static void copyIn(CopyManager copy, String table, CharSequence csv) throws Exception {
    copy.copyIn(
        "copy " + table + " from stdin (format csv)",
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The declared lines as billing.line rows, for the baseline. */
  static byte[] lineCsv(List<DeclarationSubmission> submissions, List<Allocation> allocations) {
    Map<String, Allocation> byNumber = new HashMap<>();
    for (Allocation a : allocations) byNumber.put(a.municipality() + "/" + a.number(), a);
    StringBuilder csv = new StringBuilder();
    long id = 1;
    for (DeclarationSubmission d : submissions) {
      UUID declaration = UUID.nameUUIDFromBytes(d.number().getBytes(StandardCharsets.UTF_8));
      for (ClientLines client : d.clients()) {
        for (IndexedLine indexed : client.lines()) {
          DeclaredLine l = indexed.line();
          Allocation a = byNumber.get(d.municipality() + "/" + l.allocationNumber());
          if (a == null) throw new IllegalStateException("no allocation " + l.allocationNumber());
          csv.append(id++)
              .append(',')
              .append(declaration)
              .append(',')
              .append(indexed.index())
              .append(',')
              .append(d.providerAgb())
              .append(',')
              .append(l.reference())
              .append(",,")
              .append(l.debitCredit().code())
              .append(',')
              .append(l.allocationNumber())
              .append(',')
              .append(a.id())
              .append(',')
              .append(a.clientId())
              .append(',')
              .append(l.category())
              .append(',')
              .append(l.productCode() == null ? "" : l.productCode())
              .append(',')
              .append(l.productPeriod().start())
              .append(',')
              .append(l.productPeriod().end())
              .append(',')
              .append(l.volume())
              .append(',')
              .append(l.unit().code())
              .append(',')
              .append(l.tariffCents() == null ? "" : l.tariffCents())
              .append(',')
              .append(l.amountCents())
              .append(",true,[]\n");
        }
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
