package nl.jeugdregie.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.ByteArrayInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.bench.BookingBenchmark.Allocation;
import nl.jeugdregie.bench.BookingBenchmark.Offer;
import nl.jeugdregie.bench.BookingBenchmark.Region;
import nl.jeugdregie.billing.DebitCredit;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.ijw.Jw323Processing;
import nl.jeugdregie.ijw.Jw323Xml;
import nl.jeugdregie.ijw.XsdCheck;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One JW323 at the hubs' limit of 25 MB (OP179) through the inbound path, in lines per second and
 * peak heap, next to a baseline measured in the same run on the same bytes: a plain StAX pass that
 * only counts the Prestatie elements.
 *
 * <p>Seeded generation (not measured): one provider and one municipality of the first region in
 * force in March 2025 (Twente when there is one), as many clients as fit in {@code mb} MiB (default
 * 25, the limit {@link XsdCheck} enforces), each with an allocation for 2025 of one of the region's
 * tariffed products (1 in 50 with a budget too small for its lines: rejected with TR369), and two
 * prestaties each (February and March), declared for March. The allocations go straight into their
 * tables (COPY, as {@link BookingBenchmark}).
 *
 * <p>Measured: the XSD check the inbox runs first (level 1); reading and mapping alone (StAX and
 * JAXB per Client, the content rules, billing's lines; best of {@code rounds}); and the whole
 * handler once: reading, the content rules, judging and booking every line in one transaction, the
 * JW325; the whole handler also on a declaration a tenth ({@code small=10}) of the size, from
 * another provider to another municipality, to see whether booking grows linearly. Heap per phase:
 * used before it (after a GC), the peak used as sampled every 5 ms (garbage included), and the most
 * used right after a collection during it (live data, at most).
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench.main=nl.jeugdregie.bench.Jw323Benchmark
 * -Dbench.jvm=-Xmx256m -Dbench.args="mb=25 rounds=3 seed=2025"}; {@code book=false} measures
 * reading and mapping only.
 */
public final class Jw323Benchmark {

  private static final YearMonth MONTH = YearMonth.of(2025, 3);
  private static final String AGB = "39999999";
  private static final String SMALL_AGB = "39999998";

  private Jw323Benchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq > 0) options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    double mb = Double.parseDouble(options.getOrDefault("mb", "25"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
    long seed = Long.parseLong(options.getOrDefault("seed", "2025"));
    boolean book = Boolean.parseBoolean(options.getOrDefault("book", "true"));
    long limit = Math.min((long) (mb * 1024 * 1024), XsdCheck.MAX_BYTES);
    int smallDivisor = Integer.parseInt(options.getOrDefault("small", "10"));
    watchCollections();

    try (ConfigurableApplicationContext spring =
        new SpringApplicationBuilder(Jeugdregie.class)
            .properties("jeugdregie.demo.load=false", "server.port=0", "logging.level.root=WARN")
            .run()) {
      PolicyCatalog catalog = spring.getBean(PolicyCatalog.class);
      List<Region> regions = BookingBenchmark.regions(catalog);
      Region region =
          regions.stream()
              .filter(r -> r.id().equals("twente"))
              .findFirst()
              .orElse(regions.getFirst());
      String municipality = region.municipalities().getFirst();
      Region ours = new Region(region.id(), List.of(municipality), List.of(AGB), region.offers());

      // size one client, then take as many as fit
      int clients = fitting(ours, municipality, seed, limit);
      List<Allocation> allocations = allocations(ours, municipality, AGB, clients, seed);
      DeclarationSubmission declaration = declaration(allocations);
      LocalDate dated = MONTH.plusMonths(1).atDay(2);
      byte[] xml = Jw323Xml.write(Jw323Xml.Envelope.of("BENCH1", dated, declaration), declaration);
      int lines = declaration.lineCount();
      // a tenth of it, from another provider to another municipality: is booking linear?
      String smallMunicipality = region.municipalities().get(1);
      Region small =
          new Region(region.id(), List.of(smallMunicipality), List.of(SMALL_AGB), region.offers());
      List<Allocation> smallAllocations =
          allocations(
              small, smallMunicipality, SMALL_AGB, Math.max(1, clients / smallDivisor), seed + 100);
      DeclarationSubmission smallDeclaration = declaration(smallAllocations);
      byte[] smallXml =
          Jw323Xml.write(Jw323Xml.Envelope.of("BENCH2", dated, smallDeclaration), smallDeclaration);
      List<Allocation> all = new ArrayList<>(allocations);
      all.addAll(smallAllocations);
      try (Connection c = spring.getBean(DataSource.class).getConnection()) {
        BookingBenchmark.setup(c, List.of(ours, small), all);
      }
      log(
          "generated a JW323 of %,d bytes: %,d clients, %,d prestaties (region %s, municipality %s)",
          xml.length, clients, lines, region.id(), municipality);

      XsdCheck check = new XsdCheck();
      Phase xsd = measure(1, () -> check.check(xml).findings().isEmpty() ? lines : -1);
      Phase baseline = measure(rounds, () -> countPrestaties(xml));
      Phase mapped = measure(rounds, () -> Jw323Processing.readAndMap(xml));
      if (baseline.result() != lines || mapped.result() != lines || xsd.result() != lines) {
        throw new IllegalStateException(
            "counted " + baseline.result() + ", mapped " + mapped.result() + " of " + lines);
      }
      long streamed = retained(() -> Jw323Processing.readAndKeep(xml));
      long whole = retained(() -> Jw323Processing.readWhole(xml));
      Jw323Processing.Outcome outcome = null;
      Phase handled = null;
      Phase handledSmall = null;
      int smallLines = smallDeclaration.lineCount();
      if (book) {
        handledSmall =
            measure(
                1,
                () -> {
                  handle(spring, smallXml, SMALL_AGB, smallMunicipality, "BENCH2", dated);
                  return smallLines;
                });
        Jw323Processing.Outcome[] holder = new Jw323Processing.Outcome[1];
        handled =
            measure(
                1,
                () -> {
                  holder[0] = handle(spring, xml, AGB, municipality, "BENCH1", dated);
                  return lines;
                });
        outcome = holder[0];
      }

      System.out.printf(
          Locale.ROOT,
          "%nJW323 benchmark, seed %d: one JW323 of %,d bytes (%.1f MiB), %,d clients, %,d"
              + " prestaties; max heap %d MiB, %d cores%n",
          seed,
          xml.length,
          xml.length / 1048576.0,
          clients,
          lines,
          Runtime.getRuntime().maxMemory() / 1048576,
          Runtime.getRuntime().availableProcessors());
      print("baseline: plain StAX pass", baseline, lines);
      print("XSD check (the inbox, level 1)", xsd, lines);
      print("read + content rules + map", mapped, lines);
      if (handled != null && handledSmall != null && outcome != null) {
        print("whole handler, a tenth (" + smallLines + ")", handledSmall, smallLines);
        print("whole handler (+ booking, JW325)", handled, lines);
        System.out.printf(
            Locale.ROOT,
            "  JW325: header %s, %,d prestaties rejected, %,d bytes%n",
            outcome.headerCode(),
            outcome.rejectedLines(),
            outcome.replyBytes());
      }
      System.out.printf(
          Locale.ROOT,
          "  read + map runs at %.1f%% of the baseline's rate%n",
          100 * baseline.seconds() / mapped.seconds());
      System.out.printf(
          Locale.ROOT,
          "  kept after reading (live, after a GC): part by part %,d MiB (billing's declaration);"
              + " the whole message as one JAXB tree with its locations %s%n",
          streamed / 1048576,
          whole < 0
              ? "does not fit in the heap"
              : String.format(Locale.ROOT, "%,d MiB", whole / 1048576));
    }
  }

  /**
   * The heap still used, after a GC, while the result of {@code reading} is held: what reading
   * keeps. -1 when it does not fit in the heap.
   */
  private static long retained(java.util.function.Supplier<Object> reading) {
    System.gc();
    long before = used();
    try {
      Object kept = reading.get();
      System.gc();
      long after = used();
      java.lang.ref.Reference.reachabilityFence(kept);
      return after - before;
    } catch (OutOfMemoryError e) {
      return -1;
    }
  }

  private static Jw323Processing.Outcome handle(
      ConfigurableApplicationContext spring,
      byte[] xml,
      String agb,
      String municipality,
      String identification,
      LocalDate dated) {
    return Jw323Processing.handle(
        spring,
        Actor.provider("bench", agb),
        xml,
        agb,
        municipality,
        identification,
        dated,
        LocalDate.now());
  }

  /**
   * One measured phase: best time over its rounds, the peak heap used (garbage included, as
   * sampled), the most heap still used right after a collection (live data, at most), the heap
   * before, and what it counted.
   */
  record Phase(double seconds, long peakHeap, long peakAfterGc, long heapBefore, int result) {}

  /** The heap used right after the latest collections, reset per phase. */
  private static final AtomicLong AFTER_GC = new AtomicLong();

  /** Listens to every collection and keeps the most heap used right after one. */
  private static void watchCollections() {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (!notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  return;
                }
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool :
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (heapPools.contains(pool.getKey())) used += pool.getValue().getUsed();
                }
                AFTER_GC.accumulateAndGet(used, Math::max);
              },
              null,
              null);
    }
  }

  private static Phase measure(int rounds, IntSupplier work) throws InterruptedException {
    System.gc();
    long before = used();
    AFTER_GC.set(before);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
    AtomicLong peak = new AtomicLong(before);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (running.get()) {
                    peak.accumulateAndGet(used(), Math::max);
                    try {
                      Thread.sleep(5);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
    double best = Double.MAX_VALUE;
    int result = 0;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      result = work.getAsInt();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    running.set(false);
    sampler.join();
    return new Phase(best, peak.get(), AFTER_GC.get(), before, result);
  }

  private static long used() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getUsage().getUsed();
    }
    return sum;
  }

  private static void print(String what, Phase phase, int lines) {
    System.out.printf(
        Locale.ROOT,
        "  %-34s %,10.0f lines/s (%7.2f s); heap: %,4d MiB before, peak %,4d MiB used,"
            + " %,4d MiB after a GC%n",
        what + ":",
        lines / phase.seconds(),
        phase.seconds(),
        phase.heapBefore() / 1048576,
        phase.peakHeap() / 1048576,
        phase.peakAfterGc() / 1048576);
  }

  /** The baseline: a hardened StAX pass that counts the Prestatie elements, nothing more. */
  private static int countPrestaties(byte[] xml) {
    try {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      int count = 0;
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && reader.getLocalName().equals("Prestatie")) {
          count++;
        }
      }
      reader.close();
      return count;
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many clients fit in {@code limit} bytes. */
  private static int fitting(Region region, String municipality, long seed, long limit) {
    int sample = 200;
    DeclarationSubmission small = declaration(allocations(region, municipality, AGB, sample, seed));
    DeclarationSubmission one = declaration(allocations(region, municipality, AGB, 1, seed));
    LocalDate dated = MONTH.plusMonths(1).atDay(2);
    long sampleBytes = Jw323Xml.write(Jw323Xml.Envelope.of("BENCH1", dated, small), small).length;
    long oneBytes = Jw323Xml.write(Jw323Xml.Envelope.of("BENCH1", dated, one), one).length;
    double perClient = (sampleBytes - oneBytes) / (double) (sample - 1);
    long envelope = (long) (oneBytes - perClient);
    // a margin of 1% for the longer numbers further on
    return (int) ((limit - envelope) * 0.99 / perClient);
  }

  static List<Allocation> allocations(
      Region region, String municipality, String agb, int count, long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<Allocation> allocations = new ArrayList<>(count);
    // a million candidates per seed, apart: about one in eleven passes the 11-proef
    long bsnCandidate = 100_000_000L + Math.floorMod(seed, 800) * 1_000_000L;
    for (int i = 0; i < count; i++) {
      Offer offer = region.offers().get(i % region.offers().size());
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
      Long budget = random.nextInt(50) == 0 ? lineAmount / 2 : null;
      allocations.add(
          new Allocation(
              new java.util.UUID(seed, i),
              municipality,
              i + 1,
              new java.util.UUID(seed + 1, i),
              bsn,
              agb,
              region.id(),
              offer,
              lineVolume,
              lineVolume * 12,
              budget));
    }
    return allocations;
  }

  /** February and March for every allocation, declared for March; a client per allocation. */
  static DeclarationSubmission declaration(List<Allocation> allocations) {
    List<ClientLines> clients = new ArrayList<>();
    int index = 0;
    for (Allocation a : allocations) {
      List<IndexedLine> lines = new ArrayList<>();
      lines.add(new IndexedLine(index++, line(a, MONTH.minusMonths(1), "F" + a.number())));
      lines.add(new IndexedLine(index++, line(a, MONTH, "M" + a.number())));
      clients.add(new ClientLines(Bsn.of(a.bsn()), lines));
    }
    return new DeclarationSubmission(
        allocations.getFirst().providerAgb(),
        "B1",
        allocations.getFirst().municipality(),
        MONTH,
        MONTH.plusMonths(1).atDay(2),
        clients,
        "-");
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

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
  }
}
