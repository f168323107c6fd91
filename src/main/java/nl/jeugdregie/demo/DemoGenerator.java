package nl.jeugdregie.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import nl.jeugdregie.allocation.EndReport;
import nl.jeugdregie.allocation.RejectionReason;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.demo.DemoRecord.AddressRecord;
import nl.jeugdregie.demo.DemoRecord.ContractRecord;
import nl.jeugdregie.demo.DemoRecord.DecisionRecord;
import nl.jeugdregie.demo.DemoRecord.DeclarationLine;
import nl.jeugdregie.demo.DemoRecord.DeclarationRecord;
import nl.jeugdregie.demo.DemoRecord.ProviderRecord;
import nl.jeugdregie.demo.DemoRecord.RequestRecord;
import nl.jeugdregie.demo.DemoRecord.ScreeningRecord;
import nl.jeugdregie.demo.DemoRecord.StartRecord;
import nl.jeugdregie.demo.DemoRecord.StopRecord;
import nl.jeugdregie.policy.BudgetDefinition;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.Municipality;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.policy.kinds.ScreeningBeforeRequest;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates a demo month: pure and deterministic. The same catalog, scale, seed and month give the
 * same records in the same order (one seeded {@code L64X128MixRandom} per region, no clock, maps of
 * the pack read in sorted order only).
 *
 * <p>Per region, read from its pack: 6-10 providers (8-digit AGB codes, Dutch-sounding names), each
 * contracted for a subset of the region's products (or, where the region allocates category-only,
 * the whole category), plus the two demo provider accounts {@link #DEMO_PROVIDERS} contracted for
 * everything; 100-150 clients, one request each, with fictitious BSNs, birth dates 0-17 years
 * before the month, living in a member municipality; referrers in the CBS mix ({@link
 * #REFERRER_CODES}); request shapes that fit the region's rules (see the {@code shape*} methods);
 * the access team's decisions on part of the requests that should land in investigation; starts a
 * few days after the period starts and a few stops late in the month. About 3% of requests come
 * from a provider without a contract for the product (the route rejects them, R-GEN-3).
 *
 * <p>BSNs: a region's month takes its clients from the fictitious range that starts with 9999 (the
 * iJw samples' test range, ijw.md §5.2), each region its own slice, so that the regions loaded one
 * by one never share a BSN. That range holds only about 9,090 numbers that pass the 11-proef, so
 * the national scale (about 125,000 clients) continues in the blocks below it (9998..., 9997...),
 * all starting with 99: assumed not issued to real persons (see docs/demo-data.md).
 */
public final class DemoGenerator {

  /** The AGB codes of the two demo provider accounts; contracted in every region for everything. */
  public static final List<String> DEMO_PROVIDERS = List.of("12345678", "87654321");

  /**
   * COD327 referrer codes in the order of {@link #REFERRER_SHARES}: GP, access team, none, GI,
   * medical specialist, youth doctor.
   */
  public static final List<String> REFERRER_CODES = List.of("02", "01", "06", "04", "05", "03");

  /** CBS shares of referrers of youth care (jeugdhulptrajecten), in the order of the codes. */
  public static final List<Double> REFERRER_SHARES = List.of(0.35, 0.33, 0.15, 0.085, 0.045, 0.03);

  private static final String ALGORITHM = "L64X128MixRandom";
  private static final int BSN_BLOCK = 10_000;
  private static final int BSN_STRIDE = 7_919; // prime, so it walks a block of 10,000 once
  private static final double UNCONTRACTED_SHARE = 0.03;

  /** The share of declaration lines asking more than the allocation allows (rejected). */
  static final double OVER_SHARE = 0.03;

  private DemoGenerator() {}

  /**
   * The records of one demo month for every region of {@code scale}, region by region (in the
   * catalog's order); within a region providers, then contracts, then the month's events by date.
   *
   * @throws IllegalArgumentException when a region's pack is not in force on the month's first day
   */
  public static List<DemoRecord> generate(
      PolicyCatalog catalog, Scale scale, long seed, YearMonth month) {
    List<String> all = catalog.ids();
    List<String> regions = scale.regions(catalog);
    int factor = scale.factor();
    Bsns bsns = new Bsns();
    Counter counter = new Counter();
    Set<String> agbs = new HashSet<>(DEMO_PROVIDERS);
    List<DemoRecord> out = new ArrayList<>();
    boolean demoProvidersWritten = false;
    for (String id : regions) {
      PolicyPack pack;
      try {
        pack = catalog.inForce(id, month.atDay(1));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "region " + id + " has no pack in force on " + month.atDay(1), e);
      }
      RandomGenerator rng =
          RandomGeneratorFactory.of(ALGORITHM).create(seed * 1_000_003L + id.hashCode());
      if (!scale.isNational()) {
        // references unique per provider over the regions loaded one by one (the demo providers
        // work in every region): each region numbers from its own ten thousand
        counter.value = 10_000 * all.indexOf(id);
        // each region its own slice of the 9999 block: regions loaded one by one never clash
        int slice = bsns.validInBlock(0) / Math.max(1, all.size());
        bsns.skip(slice * all.indexOf(id) + rng.nextInt(Math.max(1, slice - 150)));
      }
      Region region = new Region(pack, month, rng, factor, bsns, agbs, counter);
      if (!demoProvidersWritten) {
        out.add(new ProviderRecord(DEMO_PROVIDERS.get(0), "Demo Jeugdhulp Oost (demo-account)"));
        out.add(new ProviderRecord(DEMO_PROVIDERS.get(1), "Demo Zorgpartners West (demo-account)"));
        demoProvidersWritten = true;
      }
      region.generate(out);
    }
    return List.copyOf(out);
  }

  /** Fictitious BSNs, each once: the 9999 block in a scattered order, then 9998, 9997, ... */
  static final class Bsns {
    private int block;
    private int position;

    /** How many numbers of block {@code b} (0 = 9999, 1 = 9998, ...) pass the 11-proef. */
    int validInBlock(int b) {
      int count = 0;
      for (int k = 0; k < BSN_BLOCK; k++) if (candidate(b, k) != null) count++;
      return count;
    }

    void skip(int n) {
      for (int i = 0; i < n; i++) next();
    }

    String next() {
      while (true) {
        if (position == BSN_BLOCK) {
          block++;
          position = 0;
          if (block > 98) throw new IllegalStateException("out of fictitious BSNs");
        }
        int k = (int) ((position++ * (long) BSN_STRIDE + 4_242) % BSN_BLOCK);
        String bsn = candidate(block, k);
        if (bsn != null) return bsn;
      }
    }

    private static @Nullable String candidate(int block, int k) {
      String first8 = String.format("%04d%04d", 9999 - block, k);
      int sum = 0;
      for (int i = 0; i < 8; i++) sum += (9 - i) * (first8.charAt(i) - '0');
      int check = sum % 11;
      if (check == 10) return null;
      String bsn = first8 + check;
      return Bsn.isValid(bsn) ? bsn : null;
    }
  }

  /** What a request asks, before it is written as JSON. */
  private static final class Shape {
    String category = "45";
    @Nullable String code;
    LocalDate start = LocalDate.MIN;
    @Nullable LocalDate end;
    @Nullable Integer amount;
    @Nullable String unit;
    @Nullable String frequency;
    @Nullable Integer sessions;
    @Nullable String scheme;
    @Nullable Integer level;
    @Nullable String kind;
    @Nullable Long amountCents;
    @Nullable LocalDate careStartedOn;
    @Nullable String evidence;
    boolean priorContact;
    boolean extraCheck;
    boolean complex;

    /** The shape is meant to land in investigation (the engine has the last word). */
    boolean investigate;

    /** The shape is meant to be rejected (the engine has the last word). */
    boolean reject;

    void volume(int amount, Unit unit, String frequency) {
      this.amount = amount;
      this.unit = unit.code();
      this.frequency = frequency;
    }

    void months(int months) {
      end = start.plusMonths(months).minusDays(1);
    }
  }

  private record Provider(String agb, List<String> units) {
    boolean covers(String unit) {
      return units.contains(unit);
    }
  }

  private record Event(LocalDate date, int seq, DemoRecord record) {}

  /** One region's month. */
  private static final class Region {
    private static final String TOTAL = "6";
    private static final String PER_WEEK = "2";

    private final PolicyPack pack;
    private final YearMonth month;
    private RandomGenerator rng;
    private final int factor;
    private final Bsns bsns;
    private final Set<String> agbs;
    private final Counter counter;
    private final List<Municipality> municipalities;
    private final List<Product> products;
    private final List<String> units = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();
    private final List<LocalDate> workingDays = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    // lookups only, never iterated: their order cannot leak into the output
    private final Map<String, List<Provider>> covering = new HashMap<>();
    private final Map<String, List<Provider>> uncovering = new HashMap<>();
    // declaration lines by provider and municipality, written in key order
    private final Map<String, List<DeclarationLine>> declared = new TreeMap<>();
    private int seq;

    // ---- the history mode (null/defaults for the demo month, which stays as it was)
    /** The history being generated, or null for the demo month. */
    private @Nullable History history;

    /** The share of Amersfoort's intervention level 1 (R-AMF-5 asks it to rise towards 80%). */
    private double levelOneShare = 0.6;

    Region(
        PolicyPack pack,
        YearMonth month,
        RandomGenerator rng,
        int factor,
        Bsns bsns,
        Set<String> agbs,
        Counter counter) {
      this.pack = pack;
      this.month = month;
      this.rng = rng;
      this.factor = factor;
      this.bsns = bsns;
      this.agbs = agbs;
      this.counter = counter;
      this.municipalities =
          pack.municipalities().values().stream()
              .sorted(Comparator.comparing(Municipality::code))
              .toList();
      this.products =
          pack.products().values().stream()
              .filter(p -> p.funding() == Product.Funding.PXQ)
              .sorted(Comparator.comparing(Product::code))
              .toList();
      for (Product p : products) units.add(unit(p.category(), p.code()));
      pack.aspecific().keySet().stream().sorted().forEach(c -> units.add(unit(c, null)));
      for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
        if (WorkingDayCalendar.isWorkingDay(d)) workingDays.add(d);
      }
    }

    void generate(List<DemoRecord> out) {
      providers(out);
      int clients = (100 + rng.nextInt(51)) * factor;
      for (int i = 0; i < clients; i++) request();
      events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::seq));
      for (Event e : events) out.add(e.record());
      declarations(out);
    }

    // ------------------------------------------------------------------ providers and contracts

    private void providers(List<DemoRecord> out) {
      int count = (6 + rng.nextInt(5)) * (factor == 1 ? 1 : factor / 10);
      List<ContractRecord> contracts = new ArrayList<>();
      for (String agb : DEMO_PROVIDERS) {
        providers.add(new Provider(agb, List.copyOf(units)));
        for (String u : units) contracts.add(contract(agb, u));
      }
      for (int i = 0; i < count; i++) {
        String agb;
        do {
          agb = String.format("%08d", 10_000_000 + rng.nextInt(89_999_999));
        } while (!agbs.add(agb));
        List<String> mine = new ArrayList<>();
        for (String u : units) if (rng.nextDouble() < 0.45) mine.add(u);
        if (mine.isEmpty()) mine.add(units.get(rng.nextInt(units.size())));
        providers.add(new Provider(agb, List.copyOf(mine)));
        out.add(new ProviderRecord(agb, Names.organisation(rng, municipalities)));
        for (String u : mine) contracts.add(contract(agb, u));
      }
      out.addAll(contracts);
    }

    private ContractRecord contract(String agb, String unit) {
      String category = unit.substring(0, 2);
      String code = unit.length() > 3 ? unit.substring(3) : null;
      return new ContractRecord(agb, pack.id(), category, code, pack.validFrom());
    }

    private static String unit(String category, @Nullable String code) {
      return code == null ? category : category + ":" + code;
    }

    // ------------------------------------------------------------------ requests

    private void request() {
      String bsn = bsns.next();
      Municipality municipality = municipalities.get(rng.nextInt(municipalities.size()));
      LocalDate first = month.atDay(1);
      LocalDate birthDate = first.minusYears(18).plusDays(1 + rng.nextInt(365 * 18 - 30));
      History h = history;
      @Nullable Returning returning = h == null ? null : h.returning(rng, first);
      if (returning != null) {
        // a client whose earlier route here ended: the same person comes back
        bsn = returning.bsn();
        birthDate = returning.birthDate();
        municipality = returning.municipality();
      }
      LocalDate receivedOn = workingDays.get(rng.nextInt(workingDays.size()));
      String referrer = referrer();
      LocalDate letterDate =
          referrer.equals("06") ? null : receivedOn.minusDays(7 + rng.nextInt(36));

      Shape s = new Shape();
      s.start = receivedOn.plusDays(1 + rng.nextInt(10));
      switch (pack.id()) {
        case "twente" -> shapeTwente(s);
        case "amersfoort" -> shapeAmersfoort(s, referrer);
        case "ijsselland" -> shapeIjsselland(s, referrer, receivedOn);
        case "amstelveen-aalsmeer" -> shapeAmstelveenAalsmeer(s, referrer);
        case "noord-limburg" -> shapeBySubSegment(s);
        default -> shapeAny(s);
      }
      if (letterDate != null
          && pack.id().equals("twente")
          && Set.of("02", "03", "05").contains(referrer)
          && rng.nextDouble() < 0.04) {
        // R-TWE-1: a medical referral letter older than a year
        letterDate = s.start.minusMonths(13).minusDays(rng.nextInt(60));
        s.reject = true;
      }

      String unit = unit(s.category, s.code);
      Provider provider = provider(unit);
      if (!provider.covers(unit)) s.reject = true;
      String reference = String.format("DEMO-%s-%06d", month, ++counter.value);

      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("kind", "INITIAL");
      body.put("receivedOn", receivedOn.toString());
      body.put("municipality", municipality.code());
      body.putObject("client").put("birthDate", birthDate.toString());
      ObjectNode ref = body.putObject("referrer");
      ref.put("type", referrer);
      if (letterDate != null) ref.put("letterDate", letterDate.toString());
      if (s.extraCheck) ref.put("extraCheck", true);
      if (s.priorContact) body.put("priorContact", true);
      ObjectNode product = body.putObject("product");
      product.put("category", s.category);
      if (s.code != null) product.put("code", s.code);
      ObjectNode period = body.putObject("period");
      period.put("start", s.start.toString());
      if (s.end != null) period.put("end", s.end.toString());
      if (s.amount != null) {
        ObjectNode volume = body.putObject("volume");
        volume.put("amount", s.amount);
        volume.put("unit", s.unit);
        volume.put("frequency", s.frequency);
      }
      if (s.sessions != null) body.put("sessions", s.sessions);
      if (s.scheme != null) {
        ObjectNode budget = body.putObject("budget");
        budget.put("scheme", s.scheme);
        if (s.level != null) budget.put("level", s.level);
        if (s.kind != null) budget.put("kind", s.kind);
        if (s.amountCents != null) budget.put("amountCents", s.amountCents);
      }
      if (s.careStartedOn != null) body.put("careStartedOn", s.careStartedOn.toString());
      if (s.complex) body.put("complex", true);
      if (s.evidence != null) body.putObject("intervention").put("evidence", s.evidence);
      body.put("clientBsn", bsn);
      String name = Names.person(rng);
      body.put("clientName", returning == null ? name : returning.name());
      body.put("providerAgb", provider.agb());
      body.put("providerReference", reference);
      if (screens(referrer)) {
        add(
            receivedOn,
            new ScreeningRecord(provider.agb(), bsn, birthDate, municipality.code(), receivedOn));
      }
      add(receivedOn, new RequestRecord(body));
      add(receivedOn, address(bsn, municipality, provider.agb(), reference));
      followUp(s, receivedOn, provider.agb(), reference, bsn, municipality.code());
      LocalDate ended = lastStop;
      if (h != null && ended != null) {
        h.ended(
            new Returning(
                bsn, birthDate, returning == null ? name : returning.name(), municipality, ended));
      }
    }

    /** The day the last followed-up request's route ended (history mode), else null. */
    private @Nullable LocalDate lastStop;

    /**
     * Whether the provider screens before this request (R-IJS-4): the region's pack asks for a
     * screening and the referrer's route is not one of the pack's consultations instead.
     */
    private boolean screens(String referrer) {
      return pack.rules().stream()
          .map(PackRule::kind)
          .filter(ScreeningBeforeRequest.class::isInstance)
          .map(ScreeningBeforeRequest.class::cast)
          .anyMatch(k -> !k.withoutScreening().contains(ReferrerType.parse(referrer)));
    }

    /**
     * A fictitious address in the client's municipality, drawn from the BSN rather than the month's
     * random stream, so adding addresses leaves every other record as it was.
     */
    private static AddressRecord address(
        String bsn, Municipality municipality, String agb, String reference) {
      java.util.SplittableRandom r = new java.util.SplittableRandom(Long.parseLong(bsn));
      String street = Names.street(r);
      int number = 1 + r.nextInt(250);
      String letter = r.nextInt(6) == 0 ? String.valueOf((char) ('A' + r.nextInt(4))) : null;
      String postcode =
          (1000 + r.nextInt(9000))
              + String.valueOf((char) ('A' + r.nextInt(26)))
              + (char) ('A' + r.nextInt(26));
      String gender = r.nextBoolean() ? "1" : "2";
      return new AddressRecord(
          agb, reference, street, number, letter, postcode, municipality.name(), gender);
    }

    /** The team's decision on an investigation, the provider's start and, rarely, a stop. */
    private void followUp(
        Shape s,
        LocalDate receivedOn,
        String agb,
        String reference,
        String bsn,
        String municipality) {
      lastStop = null;
      LocalDate end = history == null ? month.atEndOfMonth() : history.end;
      LocalDate earliestStart = s.start;
      if (s.reject) return;
      if (s.investigate) {
        LocalDate decided = WorkingDayCalendar.plusWorkingDays(receivedOn, 3 + rng.nextInt(10));
        if (decided.isAfter(end) || rng.nextDouble() < 0.3) return; // still being investigated
        boolean approve = rng.nextDouble() < 0.75;
        add(
            decided,
            new DecisionRecord(
                agb, reference, decided, approve, approve ? null : rejection(), note(approve)));
        if (!approve) return;
        if (!earliestStart.isAfter(decided)) earliestStart = decided.plusDays(1);
      }
      if (rng.nextDouble() >= 0.9) return;
      LocalDate started = earliestStart.plusDays(rng.nextInt(4));
      if (started.isAfter(end)) return;
      // a start is reported after the allocation exists, even when care started earlier (crisis)
      LocalDate reported = started.isAfter(receivedOn) ? started : receivedOn.plusDays(1);
      add(reported, new StartRecord(agb, reference, started));
      if (history != null) {
        completed(s, started, reported, agb, reference, bsn, municipality);
        return;
      }
      LocalDate stoppedOn = null;
      if (rng.nextDouble() < 0.08) {
        LocalDate from = started.plusDays(1).isAfter(end.minusDays(9)) ? started : end.minusDays(9);
        LocalDate stopped = from.plusDays(1 + rng.nextInt(9));
        if (!stopped.isAfter(end) && stopped.isAfter(reported)) {
          StopReason reason =
              rng.nextDouble() < 0.6 ? StopReason.TEMPORARY : StopReason.ENDED_AS_PLANNED;
          add(stopped, new StopRecord(agb, reference, stopped, reason));
          stoppedOn = stopped;
        }
      }
      DeclarationLine line = declared(month, s, started, stoppedOn, reference, bsn);
      if (line != null) {
        declared.computeIfAbsent(agb + "/" + municipality, k -> new ArrayList<>()).add(line);
      }
    }

    /**
     * History mode: the route runs to completion before the demo month. Care lasts 6-20 weeks early
     * in the history and up to about 8 months late in it (durations drift, so trends show), within
     * the allocation's period; the definitive stop's JZ588 reason is mostly 31 (volgens plan), some
     * 32-35; with an end-of-care report on 85% (goals yes/partly/no; in time or not); where the
     * region asks the referrer consulted beforehand (IJsselland R-IJS-8) a consultation a week
     * before. Every month of care is declared in its own monthly declaration.
     */
    private void completed(
        Shape s,
        LocalDate started,
        LocalDate reported,
        String agb,
        String reference,
        String bsn,
        String municipality) {
      History h = java.util.Objects.requireNonNull(history);
      int days = 42 + rng.nextInt(98 + (int) (140 * h.progress));
      LocalDate stopped = started.plusDays(days);
      if (s.end != null && stopped.isAfter(s.end)) stopped = s.end;
      if (stopped.isAfter(h.end)) stopped = h.end;
      if (!stopped.isAfter(reported)) return;
      double r = rng.nextDouble();
      StopReason reason =
          r < 0.70
              ? StopReason.ENDED_AS_PLANNED
              : r < 0.78
                  ? StopReason.ENDED_EARLY_BY_CLIENT
                  : r < 0.86
                      ? StopReason.ENDED_EARLY_BY_PROVIDER
                      : r < 0.93
                          ? StopReason.ENDED_EARLY_BY_AGREEMENT
                          : StopReason.ENDED_EARLY_EXTERNAL;
      @Nullable EndReport report = null;
      if (rng.nextDouble() < 0.85) {
        double g = rng.nextDouble();
        // goals reached more often as plan: 31 mostly yes, the early ends mostly partly or no
        double yes = reason == StopReason.ENDED_AS_PLANNED ? 0.55 + 0.1 * h.progress : 0.15;
        EndReport.Goals goals =
            g < yes
                ? EndReport.Goals.YES
                : g < yes + 0.3 ? EndReport.Goals.PARTLY : EndReport.Goals.NO;
        double t = rng.nextDouble();
        Boolean inTime = t < 0.1 ? null : goals == EndReport.Goals.NO ? Boolean.FALSE : t < 0.75;
        report = new EndReport(goals, inTime);
      }
      @Nullable LocalDate consulted = null;
      if (pack.id().equals("ijsselland")) {
        consulted = stopped.minusDays(7).isAfter(started) ? stopped.minusDays(7) : started;
      }
      add(stopped, new StopRecord(agb, reference, stopped, reason, report, consulted));
      lastStop = stopped;
      for (YearMonth m = YearMonth.from(started);
          !m.isAfter(YearMonth.from(stopped));
          m = m.plusMonths(1)) {
        DeclarationLine line = declared(m, s, started, stopped, reference, bsn);
        if (line != null) {
          h.declared
              .computeIfAbsent(m + "/" + agb + "/" + municipality, k -> new ArrayList<>())
              .add(line);
        }
      }
    }

    // ------------------------------------------------------------------ declarations

    /**
     * One declaration per provider and municipality for the month's delivered care, dated the first
     * working day after the month, in AGB and municipality order (after every event of the month).
     */
    private void declarations(List<DemoRecord> out) {
      LocalDate receivedOn = WorkingDayCalendar.plusWorkingDays(month.atEndOfMonth(), 1);
      String yymm = String.format("%02d%02d", month.getYear() % 100, month.getMonthValue());
      for (Map.Entry<String, List<DeclarationLine>> e : declared.entrySet()) {
        String agb = e.getKey().substring(0, 8);
        String municipality = e.getKey().substring(9);
        out.add(
            new DeclarationRecord(
                agb, municipality, "D" + yymm + municipality, month, receivedOn, e.getValue()));
      }
    }

    /**
     * The line a provider declares for the month on the allocation a started request leads to (the
     * request as generated; the engine may have changed it, then the line is judged accordingly):
     * the product period is the allocation's part of the month (TR387, TR388), the volume what was
     * delivered from the start to the stop or the period's end, in the allocation's unit at the
     * product book's tariff of the year. Null when there is nothing to declare or no tariff that
     * year (the provider waits for the year's tariff in the product book). About {@link
     * #OVER_SHARE} of the lines ask more than the allocation allows, so some are rejected. The
     * draws come from the client's BSN, not the month's random stream, so every other record stays
     * as it was.
     */
    private @Nullable DeclarationLine declared(
        YearMonth month,
        Shape s,
        LocalDate started,
        @Nullable LocalDate stopped,
        String reference,
        String bsn) {
      LocalDate first = month.atDay(1);
      LocalDate last = month.atEndOfMonth();
      LocalDate allocationEnd = s.end;
      if (s.start.isAfter(last) || (allocationEnd != null && allocationEnd.isBefore(first))) {
        return null;
      }
      LocalDate from = s.start.isAfter(first) ? s.start : first;
      LocalDate to = allocationEnd == null || allocationEnd.isAfter(last) ? last : allocationEnd;
      LocalDate deliveredFrom = started.isAfter(from) ? started : from;
      LocalDate deliveredTo = stopped != null && stopped.isBefore(to) ? stopped : to;
      if (deliveredFrom.isAfter(deliveredTo)) return null;
      long days = ChronoUnit.DAYS.between(deliveredFrom, deliveredTo) + 1;
      long allocationDays =
          allocationEnd == null ? 365 : ChronoUnit.DAYS.between(s.start, allocationEnd) + 1;
      boolean over = new SplittableRandom(Long.parseLong(bsn) * 31 + 17).nextDouble() < OVER_SHARE;
      @Nullable Product product = s.code == null ? null : pack.products().get(s.code);
      String ref =
          "R" + month.toString().replace("-", "") + reference.substring(reference.length() - 6);
      if (s.amount != null && product != null) {
        Unit unit = Unit.parse(java.util.Objects.requireNonNull(s.unit));
        Long tariff = tariff(product, from);
        if (tariff == null || unit != product.unit()) return null;
        long volume;
        if (PER_WEEK.equals(s.frequency)) {
          volume = over ? s.amount * (isoWeeks(from, to) + 1L) : Math.max(1, s.amount * days / 7);
        } else {
          volume = over ? s.amount + 1L : Math.max(1, s.amount * days / allocationDays);
        }
        return line(s, product, reference, bsn, ref, from, to, volume, unit, tariff, over);
      }
      Long budget = budget(s, product);
      if (budget == null) return null;
      long share = Math.max(100, budget * days / allocationDays / 100 * 100);
      if (product == null) {
        var aspecific = pack.aspecific().get(s.category);
        if (aspecific == null || aspecific.unit() != Unit.EUROS) return null;
        long cents = over ? budget + 100 : share;
        return line(s, null, reference, bsn, ref, from, to, cents, Unit.EUROS, null, over);
      }
      if (product.unit() == Unit.EUROS) {
        long cents = over ? budget + 100 : share;
        return line(s, product, reference, bsn, ref, from, to, cents, Unit.EUROS, null, over);
      }
      Long tariff = tariff(product, from);
      if (tariff == null || tariff <= 0) return null;
      long volume = over ? budget / tariff + 1 : Math.max(1, share / tariff);
      return line(s, product, reference, bsn, ref, from, to, volume, product.unit(), tariff, over);
    }

    private static DeclarationLine line(
        Shape s,
        @Nullable Product product,
        String reference,
        String bsn,
        String ref,
        LocalDate from,
        LocalDate to,
        long volume,
        Unit unit,
        @Nullable Long tariff,
        boolean over) {
      long amount = tariff == null ? volume : Math.multiplyExact(volume, tariff);
      return new DeclarationLine(
          reference,
          bsn,
          ref,
          s.category,
          product == null ? null : product.code(),
          from,
          to,
          volume,
          unit.code(),
          tariff,
          amount,
          over);
    }

    /** The allocation's budget as requested: its own amount, the product's, or the level's. */
    private @Nullable Long budget(Shape s, @Nullable Product product) {
      if (s.scheme == null) return null;
      if (s.amountCents != null) return s.amountCents;
      if (s.scheme.equals("SIGNAALBUDGET"))
        return product == null ? null : product.signalBudgetCents();
      BudgetDefinition definition = pack.budgets().get(BudgetScheme.valueOf(s.scheme));
      if (definition == null || s.level == null) return null;
      var cents = definition.levelCents(s.level);
      return cents.isPresent() ? cents.getAsLong() : null;
    }

    /** The product book's tariff for the year of {@code day}, per the product's unit. */
    private static @Nullable Long tariff(Product product, LocalDate day) {
      for (Product.Tariff t : product.tariffs()) if (t.year() == day.getYear()) return t.cents();
      return null;
    }

    /** ISO weeks touching the period (what a weekly volume allows in it, TR321). */
    private static long isoWeeks(LocalDate from, LocalDate to) {
      LocalDate monday = from.with(java.time.DayOfWeek.MONDAY);
      return ChronoUnit.WEEKS.between(monday, to.with(java.time.DayOfWeek.MONDAY)) + 1;
    }

    private RejectionReason rejection() {
      double x = rng.nextDouble();
      if (x < 0.5) return RejectionReason.CARE_CONTENT;
      if (x < 0.8) return RejectionReason.NOT_WITHIN_CONTRACT;
      return RejectionReason.NOT_WITHIN_BUDGET;
    }

    private String note(boolean approve) {
      List<String> notes =
          approve
              ? List.of(
                  "Overleg met aanbieder gehad; plan akkoord.",
                  "Na contact met de jeugdconsulent akkoord.",
                  "Behandelplan beoordeeld, inzet passend.")
              : List.of(
                  "Lichtere inzet volstaat; nieuwe aanvraag in overleg.",
                  "Past niet binnen de afspraken; eerst contact met de toegang.",
                  "Zorginhoudelijk niet onderbouwd.");
      return notes.get(rng.nextInt(notes.size()));
    }

    private void add(LocalDate date, DemoRecord record) {
      events.add(new Event(date, seq++, record));
    }

    private String referrer() {
      double x = rng.nextDouble();
      double sum = 0;
      for (int i = 0; i < REFERRER_CODES.size(); i++) {
        sum += REFERRER_SHARES.get(i);
        if (x < sum) return REFERRER_CODES.get(i);
      }
      return REFERRER_CODES.getLast();
    }

    /**
     * A provider for the unit: mostly one contracted for it (a demo account one time in five), and
     * about 3% of the time one without a contract.
     */
    private Provider provider(String unit) {
      List<Provider> regular = providers.subList(DEMO_PROVIDERS.size(), providers.size());
      if (rng.nextDouble() < UNCONTRACTED_SHARE) {
        List<Provider> without =
            uncovering.computeIfAbsent(
                unit, u -> regular.stream().filter(p -> !p.covers(u)).toList());
        if (!without.isEmpty()) return without.get(rng.nextInt(without.size()));
      }
      List<Provider> with =
          covering.computeIfAbsent(unit, u -> regular.stream().filter(p -> p.covers(u)).toList());
      if (with.isEmpty() || rng.nextDouble() < 0.2) {
        return providers.get(rng.nextInt(DEMO_PROVIDERS.size()));
      }
      return with.get(rng.nextInt(with.size()));
    }

    // ------------------------------------------------------------------ shapes per region

    /**
     * Twente: behandeling individueel in minutes, about 1 in 6 over 6,000 minutes (R-TWE-2: to
     * investigation unless provider and municipality had contact first); vaktherapie in sessions
     * and minutes (R-TWE-3 caps them); other individual help in hours per week.
     */
    private void shapeTwente(Shape s) {
      Product treatment = product("45B01");
      Product therapy = product("45V01");
      Product support = product("45G01");
      double x = rng.nextDouble();
      if (treatment != null && x < 0.6) {
        code(s, treatment);
        boolean big = rng.nextDouble() < 0.18;
        int minutes = big ? 6_060 + 60 * rng.nextInt(50) : 60 * (10 + rng.nextInt(91));
        s.volume(minutes, Unit.MINUTE, TOTAL);
        s.months(big ? 6 + rng.nextInt(7) : 3 + rng.nextInt(10));
        s.priorContact = big && rng.nextDouble() < 0.25;
        s.investigate = big && !s.priorContact;
      } else if (therapy != null && x < 0.8) {
        code(s, therapy);
        s.sessions = 8 + rng.nextInt(23);
        s.volume(s.sessions * (45 + 15 * rng.nextInt(4)), Unit.MINUTE, TOTAL);
        s.months(4 + rng.nextInt(12));
      } else if (support != null) {
        code(s, support);
        s.volume(1 + rng.nextInt(4), support.unit(), PER_WEEK);
        s.months(3 + rng.nextInt(10));
      } else {
        shapeAny(s);
      }
    }

    /**
     * Amersfoort: ambulante behandeling by intervention level (mostly 1; 2 and 3 with or without
     * the POH Jeugd's extra check, R-AMF-2); other referrers than the listed ones go to the
     * municipality (R-AMF-1); the other ambulant products by hours or dayparts per week.
     */
    private void shapeAmersfoort(Shape s, String referrer) {
      Product treatment = product("45A01");
      double x = rng.nextDouble();
      if (treatment != null && x < 0.7) {
        code(s, treatment);
        double l = rng.nextDouble();
        s.scheme = "INTERVENTION_LEVEL";
        s.level = l < levelOneShare ? 1 : l < levelOneShare + (1 - levelOneShare) * 0.75 ? 2 : 3;
        s.extraCheck = s.level > 1 && rng.nextDouble() < 0.6;
        s.months(6 + rng.nextInt(7));
        s.investigate = !Set.of("01", "02", "03").contains(referrer);
      } else {
        List<Product> others = products(p -> !p.code().equals("45A01"));
        if (others.isEmpty()) {
          shapeAny(s);
          return;
        }
        Product p = others.get(rng.nextInt(others.size()));
        code(s, p);
        s.volume(1 + rng.nextInt(4), p.unit(), PER_WEEK);
        s.months(3 + rng.nextInt(10));
      }
    }

    /**
     * IJsselland: ambulant help as a keuzebudget by route (R-IJS-1..3): the access team levels 1-6
     * herstel or duurzaam, or an offerte budget, and now and then Wonen-Verblijf; GP, youth doctor
     * and medical specialist herstel 2 or 4 (sometimes outside their route: investigation); GI and
     * judge an offerte budget (or Wonen-Verblijf: investigation, R-IJS-6); without a referrer only
     * crisis follow-up (retroactive, R-IJS-7) and dyslexia care.
     */
    private void shapeIjsselland(Shape s, String referrer, LocalDate receivedOn) {
      boolean aspecific = pack.aspecific().containsKey("45");
      if (!aspecific) {
        shapeAny(s);
        return;
      }
      double x = rng.nextDouble();
      switch (referrer) {
        case "01" -> {
          if (x < 0.75) keuzebudget(s, level(), rng.nextDouble() < 0.7 ? "HERSTEL" : "DUURZAAM");
          else if (x < 0.87) offerte(s);
          else residential(s);
        }
        case "02", "03", "05" -> {
          if (x < 0.9) {
            double l = rng.nextDouble();
            keuzebudget(s, l < 0.5 ? 2 : l < 0.85 ? 4 : l < 0.93 ? 1 : 3, "HERSTEL");
          } else {
            boolean higher = rng.nextBoolean();
            keuzebudget(s, higher ? 5 : 2, higher ? "HERSTEL" : "DUURZAAM");
            s.investigate = true;
          }
        }
        case "04", "08" -> {
          if (x < 0.8) offerte(s);
          else {
            residential(s);
            s.investigate = true;
          }
        }
        default -> {
          Product crisis = product("46C01");
          List<Product> dyslexia = products(p -> p.category().equals("54"));
          if (crisis != null && (x < 0.6 || dyslexia.isEmpty())) {
            code(s, crisis);
            boolean late = rng.nextDouble() < 0.15;
            int back = late ? 4 + rng.nextInt(3) : 1 + rng.nextInt(3);
            LocalDate started = receivedOn;
            for (int i = 0; i < back; i++) {
              started = started.minusDays(1);
              while (!WorkingDayCalendar.isWorkingDay(started)) started = started.minusDays(1);
            }
            s.start = started;
            s.careStartedOn = started;
            s.volume(6 + rng.nextInt(15), crisis.unit(), TOTAL);
            s.months(1 + rng.nextInt(2));
            s.investigate = late;
          } else if (!dyslexia.isEmpty()) {
            Product p = dyslexia.get(rng.nextInt(dyslexia.size()));
            code(s, p);
            s.volume(
                p.name().contains("diagnose") ? 8 + rng.nextInt(5) : 40 + rng.nextInt(21),
                p.unit(),
                TOTAL);
            s.months(p.name().contains("diagnose") ? 3 : 12);
          } else {
            shapeAny(s);
          }
        }
      }
    }

    private int level() {
      double l = rng.nextDouble();
      if (l < 0.15) return 1;
      if (l < 0.40) return 2;
      if (l < 0.65) return 3;
      if (l < 0.80) return 4;
      if (l < 0.92) return 5;
      return 6;
    }

    private void keuzebudget(Shape s, int level, String kind) {
      s.category = "45";
      s.code = null;
      s.scheme = "KEUZEBUDGET";
      s.level = level;
      s.kind = kind;
      s.months(kind.equals("HERSTEL") ? 6 + rng.nextInt(7) : 12 + rng.nextInt(13));
    }

    private void offerte(Shape s) {
      s.category = "45";
      s.code = null;
      s.scheme = "OFFERTE";
      s.amountCents = (20L + rng.nextInt(181)) * 10_000L; // EUR 2,000 .. 20,000
      s.months(6 + rng.nextInt(13));
    }

    private void residential(Shape s) {
      List<Product> stays = products(p -> p.category().equals("44"));
      if (stays.isEmpty()) {
        offerte(s);
        return;
      }
      Product p = stays.get(rng.nextInt(stays.size()));
      code(s, p);
      s.volume(p.unit() == Unit.DAYPART ? 14 : 7, p.unit(), PER_WEEK);
      s.months(6 + rng.nextInt(9)); // some over a year: capped where the region caps (R-IJS-6)
    }

    /**
     * Amstelveen/Aalsmeer: ambulant products with a signaalbudget, or a maatwerkbudget (from the
     * start only when very complex, else investigation, R-AAA-2); verblijf by the local team or GI
     * (R-AAA-3), now and then by another referrer (rejected); crisis for up to 10 weeks (capped at
     * 6, R-AAA-4); dyslexia with the municipality as gatekeeper (R-AAA-7).
     */
    private void shapeAmstelveenAalsmeer(Shape s, String referrer) {
      List<Product> ambulant =
          products(p -> p.category().equals("45") && p.signalBudgetCents() != null);
      List<Product> stays = products(p -> p.category().equals("44"));
      List<Product> crisis = products(p -> p.category().equals("46"));
      List<Product> dyslexia = products(p -> p.category().equals("54"));
      boolean mayStay = referrer.equals("01") || referrer.equals("04");
      double x = rng.nextDouble();
      if (x >= 0.7 && x < 0.8 && !stays.isEmpty() && (mayStay || rng.nextDouble() < 0.1)) {
        Product p = stays.get(rng.nextInt(stays.size()));
        code(s, p);
        s.volume(p.unit() == Unit.DAYPART ? 14 : 7, p.unit(), PER_WEEK);
        s.months(6 + rng.nextInt(7));
        s.reject = !mayStay;
      } else if (x >= 0.8 && x < 0.88 && !crisis.isEmpty()) {
        Product p = crisis.get(rng.nextInt(crisis.size()));
        code(s, p);
        s.start = s.start.minusDays(1);
        s.volume(p.unit() == Unit.HOUR ? 4 + rng.nextInt(9) : 7, p.unit(), PER_WEEK);
        s.end = s.start.plusWeeks(2 + rng.nextInt(9)).minusDays(1);
      } else if (x >= 0.88 && !dyslexia.isEmpty()) {
        Product p = dyslexia.get(rng.nextInt(dyslexia.size()));
        code(s, p);
        s.volume(10 + rng.nextInt(31), p.unit(), TOTAL);
        s.months(6 + rng.nextInt(7));
        s.investigate = !referrer.equals("01");
      } else if (!ambulant.isEmpty()) {
        Product p = ambulant.get(rng.nextInt(ambulant.size()));
        code(s, p);
        // budget only: an allocation carries a volume or a budget, never both (iJw CD077/CD078)
        s.months(4 + rng.nextInt(9));
        double b = rng.nextDouble();
        if (b < 0.85) {
          s.scheme = "SIGNAALBUDGET";
        } else {
          s.scheme = "MAATWERK";
          s.complex = rng.nextBoolean();
          s.amountCents = (60L + rng.nextInt(91)) * 10_000L; // EUR 6,000 .. 15,000
          s.investigate = !s.complex;
        }
        double e = rng.nextDouble();
        if (e < 0.95) {
          s.evidence = "PROVEN";
        } else if (e < 0.99) {
          s.evidence = "UNPROVEN";
          s.investigate |= !referrer.equals("01");
        } else {
          s.evidence = "INEFFECTIVE";
          s.reject = true;
        }
      } else {
        shapeAny(s);
      }
    }

    /**
     * Noord-Limburg steers by norms, not request rules: products by sub-segment (perspectief 1 and
     * 2, duurzaam, GGZ, vaktherapie) in hours per week; duurzaam runs longer.
     */
    private void shapeBySubSegment(Shape s) {
      double x = rng.nextDouble();
      String segment =
          x < 0.30
              ? "perspectief-1"
              : x < 0.50
                  ? "perspectief-2"
                  : x < 0.65 ? "duurzaam" : x < 0.90 ? "ggz" : "vaktherapie";
      List<Product> candidates = products(p -> segment.equals(p.subSegment()));
      if (candidates.isEmpty()) {
        shapeAny(s);
        return;
      }
      Product p = candidates.get(rng.nextInt(candidates.size()));
      code(s, p);
      s.volume(1 + rng.nextInt(4), p.unit(), PER_WEEK);
      s.months(segment.equals("duurzaam") ? 12 + rng.nextInt(13) : 3 + rng.nextInt(10));
    }

    /** Any region: a product of its book in its own unit. */
    private void shapeAny(Shape s) {
      List<Product> usable = products(p -> p.unit() != Unit.EUROS);
      if (usable.isEmpty()) usable = products;
      Product p = usable.get(rng.nextInt(usable.size()));
      code(s, p);
      switch (p.unit()) {
        case MINUTE -> s.volume(60 * (10 + rng.nextInt(40)), p.unit(), TOTAL);
        case DAY -> s.volume(7, p.unit(), PER_WEEK);
        case DAYPART -> s.volume(4, p.unit(), PER_WEEK);
        case EUROS -> s.volume(100_000 + 50_000 * rng.nextInt(10), p.unit(), TOTAL);
        default -> s.volume(1 + rng.nextInt(4), p.unit(), PER_WEEK);
      }
      s.months(3 + rng.nextInt(10));
    }

    private static void code(Shape s, Product p) {
      s.category = p.category();
      s.code = p.code();
    }

    private @Nullable Product product(String code) {
      Product p = pack.products().get(code);
      return p == null || p.funding() != Product.Funding.PXQ ? null : p;
    }

    private List<Product> products(java.util.function.Predicate<Product> which) {
      return products.stream().filter(which).toList();
    }
  }

  /** The request counter of one generation, shared by its regions (references are unique). */
  private static final class Counter {
    int value;
  }

  /** A client whose route ended on {@code endedOn}, who may come back in a later month. */
  private record Returning(
      String bsn, LocalDate birthDate, String name, Municipality municipality, LocalDate endedOn) {}

  /** What the months of a region's history share: the ended routes and the declared lines. */
  private static final class History {
    final LocalDate end;
    double progress;
    // ended routes in the order they were generated; lookups by position only
    final List<Returning> ended = new ArrayList<>();
    // declaration lines by month/provider/municipality, written in key order
    final Map<String, List<DeclarationLine>> declared = new TreeMap<>();

    History(LocalDate end) {
      this.end = end;
    }

    void ended(Returning r) {
      ended.add(r);
    }

    /**
     * About one client in ten is one whose route here ended 1-24 months before {@code first} (so
     * "no further support within 12 months" and "return within 2 years" have cases); each returns
     * once. Null for a new client.
     */
    @Nullable Returning returning(RandomGenerator rng, LocalDate first) {
      if (rng.nextDouble() >= 0.1) return null;
      for (int i = 0; i < ended.size(); i++) {
        Returning r = ended.get(i);
        if (r.endedOn().isBefore(first.minusMonths(1))
            && !r.endedOn().isBefore(first.minusMonths(24))) {
          ended.remove(i);
          return r;
        }
      }
      return null;
    }
  }

  /** The most months of history a region's BSN slice holds (its 4 blocks / 5 regions). */
  public static final int MAX_HISTORY_MONTHS = 48;

  /**
   * The history of {@code region} before {@code demoMonth}: for each of the {@code months} months
   * before it a cohort of requests (drawn as the demo month's, with the month's own random stream
   * and the region's own providers, who are the demo month's) whose routes run to completion before
   * the demo month: decided, started, stopped definitively (JZ588 31 mostly, 32-35 some) with
   * end-of-care reports, and declared month by month. About one client in ten returns after an
   * earlier route; Amersfoort's level-1 share rises from 61% to 83% (R-AMF-5). Records in date
   * order, without providers and contracts (the demo month registers them); the declarations of a
   * month are dated the first working day after it, one per provider and municipality over every
   * cohort, numbered {@code D<yymm><municipality>} as the demo month's. The clients take BSNs from
   * blocks 9998-9995, the region's own slice, so they never clash with the demo month's (9999).
   * Pure and deterministic: the same catalog, region, seed, demo month and months give the same
   * records.
   *
   * <p>A month before the region's first pack version in force (the shipped packs start on 1
   * January 2025) has no cohort: no contract existed, so there is no care to show.
   *
   * @throws IllegalArgumentException when {@code months} is not 0-48
   */
  public static List<DemoRecord> history(
      PolicyCatalog catalog, String region, long seed, YearMonth demoMonth, int months) {
    if (months < 0 || months > MAX_HISTORY_MONTHS) {
      throw new IllegalArgumentException(
          "jeugdregie.demo.history-months must be 0-" + MAX_HISTORY_MONTHS + ", not " + months);
    }
    List<String> all = catalog.ids();
    int index = all.indexOf(region);
    History history = new History(demoMonth.minusMonths(1).atEndOfMonth());
    Bsns bsns = new Bsns();
    bsns.block = 1;
    bsns.skip(index * 7_200);
    Counter counter = new Counter();
    counter.value = 10_000 * index;
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      YearMonth month = demoMonth.minusMonths(months - i);
      PolicyPack pack;
      try {
        pack = catalog.inForce(region, month.atDay(1));
      } catch (RuntimeException e) {
        continue; // before the region's first pack: no contracts, no care to show
      }
      // the region's providers come from the same stream as the demo month's: the same providers
      RandomGenerator providers =
          RandomGeneratorFactory.of(ALGORITHM).create(seed * 1_000_003L + region.hashCode());
      Region r =
          new Region(pack, month, providers, 1, bsns, new HashSet<>(DEMO_PROVIDERS), counter);
      r.history = history;
      history.progress = months == 1 ? 1 : (double) i / (months - 1);
      r.levelOneShare = 0.61 + 0.22 * history.progress;
      r.providers(new ArrayList<>());
      r.rng =
          RandomGeneratorFactory.of(ALGORITHM)
              .create(seed * 1_000_003L + region.hashCode() + 7_919L * month.hashCode());
      int clients = 100 + r.rng.nextInt(51);
      for (int c = 0; c < clients; c++) r.request();
      for (Event e : r.events) events.add(new Event(e.date(), i * 1_000_000 + e.seq(), e.record()));
    }
    int seq = Integer.MAX_VALUE / 2;
    for (Map.Entry<String, List<DeclarationLine>> e : history.declared.entrySet()) {
      String[] key = e.getKey().split("/");
      YearMonth month = YearMonth.parse(key[0]);
      LocalDate receivedOn = WorkingDayCalendar.plusWorkingDays(month.atEndOfMonth(), 1);
      String yymm = String.format("%02d%02d", month.getYear() % 100, month.getMonthValue());
      events.add(
          new Event(
              receivedOn,
              seq++,
              new DeclarationRecord(
                  key[1], key[2], "D" + yymm + key[2], month, receivedOn, e.getValue())));
    }
    events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::seq));
    return events.stream().map(Event::record).toList();
  }
}
