package nl.jeugdregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.demo.DemoRecord.ContractRecord;
import nl.jeugdregie.demo.DemoRecord.DeclarationLine;
import nl.jeugdregie.demo.DemoRecord.DeclarationRecord;
import nl.jeugdregie.demo.DemoRecord.RequestRecord;
import nl.jeugdregie.demo.DemoRecord.StartRecord;
import nl.jeugdregie.policy.Outcome;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Bsn;
import org.junit.jupiter.api.Test;

/** The demo month generator: deterministic, realistic in its mix, valid for the route. */
class DemoGeneratorTest {

  private static final PolicyCatalog CATALOG = PolicyCatalog.shipped();
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final List<DemoRecord> NATIONAL =
      DemoGenerator.generate(CATALOG, Scale.national(), 2025, MARCH);

  private static List<RequestRecord> requests(List<DemoRecord> records) {
    return records.stream()
        .filter(RequestRecord.class::isInstance)
        .map(RequestRecord.class::cast)
        .toList();
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherSeedOtherRecords() {
    List<DemoRecord> first = DemoGenerator.generate(CATALOG, Scale.region("twente"), 7, MARCH);
    List<DemoRecord> again = DemoGenerator.generate(CATALOG, Scale.region("twente"), 7, MARCH);
    List<DemoRecord> other = DemoGenerator.generate(CATALOG, Scale.region("twente"), 8, MARCH);
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(requests(other)).isNotEqualTo(requests(first));
  }

  @Test
  void theReferrerMixOverTheNationalMonthIsWithinOneAndAHalfPointOfTheCbsShares() {
    List<RequestRecord> requests = requests(NATIONAL);
    assertThat(requests).hasSizeGreaterThan(50_000);
    Map<String, Long> byType =
        requests.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.body().get("referrer").get("type").asString(), Collectors.counting()));
    for (int i = 0; i < DemoGenerator.REFERRER_CODES.size(); i++) {
      String code = DemoGenerator.REFERRER_CODES.get(i);
      double share = byType.getOrDefault(code, 0L) / (double) requests.size();
      assertThat(share)
          .as("share of referrer %s", code)
          .isCloseTo(
              DemoGenerator.REFERRER_SHARES.get(i), org.assertj.core.data.Offset.offset(0.015));
    }
  }

  @Test
  void everyBsnPassesTheElevenTestAndIsUsedOnce() {
    Set<String> seen = new HashSet<>();
    for (RequestRecord r : requests(NATIONAL)) {
      String bsn = r.body().get("clientBsn").asString();
      assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
      assertThat(bsn).startsWith("99");
      assertThat(seen.add(bsn)).as("BSN used twice").isTrue();
    }
  }

  @Test
  void theRegionsOfOneSeedNeverShareABsnSoTheyCanBeLoadedOneByOne() {
    Set<String> seen = new HashSet<>();
    for (String region : CATALOG.ids()) {
      for (RequestRecord r :
          requests(DemoGenerator.generate(CATALOG, Scale.region(region), 2025, MARCH))) {
        String bsn = r.body().get("clientBsn").asString();
        assertThat(bsn).startsWith("9999");
        assertThat(seen.add(bsn)).as("BSN shared between regions").isTrue();
      }
    }
  }

  @Test
  void everyRequestParsesAsASubmissionWithAProductOfItsRegionsPackAndAUniqueReference() {
    Set<String> references = new HashSet<>();
    for (RequestRecord r : requests(NATIONAL)) {
      RequestSubmission submission = RequestSubmission.parse(r.body());
      assertThat(references.add(submission.providerAgb() + "/" + submission.providerReference()))
          .isTrue();
      var request = submission.request();
      PolicyPack pack =
          CATALOG.regionOf(request.municipality(), request.receivedOn()).orElseThrow();
      String code = request.productCode();
      if (code == null) {
        assertThat(pack.aspecific()).containsKey(request.category());
      } else {
        var product = pack.products().get(code);
        assertThat(product).as(code).isNotNull();
        assertThat(java.util.Objects.requireNonNull(product).category())
            .isEqualTo(request.category());
      }
      assertThat(YearMonth.from(request.receivedOn())).isEqualTo(MARCH);
      assertThat(request.clientBirthDate()).isAfter(LocalDate.of(2007, 3, 1));
    }
  }

  @Test
  void everyRegionHasTheDemoProvidersContractedForEveryProductAndSixToTenOthers() {
    for (String region : CATALOG.ids()) {
      List<DemoRecord> records = DemoGenerator.generate(CATALOG, Scale.region(region), 2025, MARCH);
      PolicyPack pack = CATALOG.inForce(region, MARCH.atDay(1));
      Map<String, Set<String>> contracted = new TreeMap<>();
      for (DemoRecord record : records) {
        if (record instanceof ContractRecord c) {
          contracted
              .computeIfAbsent(c.agb(), a -> new HashSet<>())
              .add(c.productCode() == null ? c.category() : c.productCode());
          assertThat(c.region()).isEqualTo(region);
          assertThat(c.validFrom()).isEqualTo(pack.validFrom());
        }
      }
      for (String demo : DemoGenerator.DEMO_PROVIDERS) {
        for (var product : pack.products().values()) {
          if (product.funding() == nl.jeugdregie.policy.Product.Funding.PXQ) {
            assertThat(contracted.get(demo)).as(region + " " + demo).contains(product.code());
          }
        }
      }
      assertThat(contracted.size() - 2).as(region).isBetween(6, 10);
      assertThat(requests(records)).as(region).hasSizeBetween(100, 150);
    }
  }

  @Test
  void theEngineApprovesMostTwenteRequestsAndInvestigatesAndRejectsSome() {
    Map<Outcome, Long> outcomes =
        requests(DemoGenerator.generate(CATALOG, Scale.region("twente"), 2025, MARCH)).stream()
            .map(r -> RequestSubmission.parse(r.body()).request())
            .map(r -> CATALOG.decide("twente", r).outcome())
            .collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()));
    long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
    assertThat(outcomes.getOrDefault(Outcome.APPROVE, 0L)).isGreaterThan(total * 7 / 10);
    assertThat(outcomes.getOrDefault(Outcome.INVESTIGATE, 0L)).isPositive();
  }

  /**
   * The declarations came on top: every other record of a pinned month is byte for byte what it was
   * before them (SHA-256 of the JSON Lines, taken from the generator before the declarations), so
   * the figures in docs/demo-data.md for the requests, decisions, starts and stops still hold.
   */
  @Test
  void aPinnedMonthsOtherRecordsAreAsBeforeTheDeclarations() throws Exception {
    Map<String, String> before =
        Map.of(
            "amersfoort", "2495b9a2fe16b101f8d68e707ce232ce2e3a3980c82f091d7565c328ff6a5840",
            "amstelveen-aalsmeer",
                "22967113cda6f5ff8ac66180605fa287373f405644a56086dd98069e304f7b6d",
            "ijsselland", "59dd371d65921ae6ef577e1a69824f532e1f63d2b7ba87b2c4b324890bd16e96",
            "noord-limburg", "35358e60162c6c6a99d1ccbf2dc0c4f895d8f9fcede34f9627d484bbf84edfb4",
            "twente", "67f7900ffebcbd81416d6b863fca04615a789b99a317311333a5c07ab451dad9");
    for (String region : CATALOG.ids()) {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      for (DemoRecord r : DemoGenerator.generate(CATALOG, Scale.region(region), 2025, MARCH)) {
        if (r instanceof DeclarationRecord) continue;
        md.update((r.toJson() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      assertThat(java.util.HexFormat.of().formatHex(md.digest()))
          .as(region)
          .isEqualTo(before.get(region));
    }
  }

  /**
   * One declaration per provider and municipality for the month, after every other record, each
   * line on a request that was started, within the month, in the iJw field limits, and about 3% of
   * the lines too large on purpose.
   */
  @Test
  void theStartedRequestsAreDeclaredPerProviderAndMunicipalityAtTheBooksTariff() {
    for (String region : List.of("twente", "amstelveen-aalsmeer", "ijsselland", "noord-limburg")) {
      List<DemoRecord> records = DemoGenerator.generate(CATALOG, Scale.region(region), 2025, MARCH);
      PolicyPack pack = CATALOG.inForce(region, MARCH.atDay(1));
      Set<String> started = new HashSet<>();
      Set<String> numbers = new HashSet<>();
      Set<String> references = new HashSet<>();
      int firstDeclaration = -1;
      int lines = 0;
      int over = 0;
      for (int i = 0; i < records.size(); i++) {
        DemoRecord record = records.get(i);
        if (record instanceof StartRecord s) started.add(s.providerAgb() + s.providerReference());
        if (!(record instanceof DeclarationRecord d)) {
          assertThat(firstDeclaration).as("declarations come last").isEqualTo(-1);
          continue;
        }
        if (firstDeclaration < 0) firstDeclaration = i;
        assertThat(d.period()).isEqualTo(MARCH);
        assertThat(d.receivedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(d.number()).matches("[0-9A-Za-z]{1,12}");
        assertThat(numbers.add(d.providerAgb() + d.number())).as(d.number()).isTrue();
        assertThat(pack.municipalities()).containsKey(d.municipality());
        for (DeclarationLine line : d.lines()) {
          lines++;
          if (line.overAllocation()) over++;
          assertThat(started).contains(d.providerAgb() + line.providerReference());
          assertThat(line.reference()).hasSizeLessThanOrEqualTo(20);
          assertThat(references.add(d.providerAgb() + line.reference())).isTrue();
          assertThat(YearMonth.from(line.start())).isEqualTo(MARCH);
          assertThat(line.end()).isAfterOrEqualTo(line.start());
          assertThat(YearMonth.from(line.end())).isEqualTo(MARCH);
          assertThat(line.volume()).isPositive();
          if (line.tariffCents() == null) {
            assertThat(line.unit()).isEqualTo("83");
            assertThat(line.amountCents()).isEqualTo(line.volume());
          } else {
            long tariff = line.tariffCents();
            assertThat(line.amountCents()).isEqualTo(line.volume() * tariff);
            var product = pack.products().get(java.util.Objects.requireNonNull(line.productCode()));
            assertThat(java.util.Objects.requireNonNull(product).tariffs())
                .anyMatch(t -> t.year() == 2025 && t.cents() == tariff);
          }
        }
      }
      assertThat(lines).as(region).isGreaterThan(started.size() / 2);
      assertThat(over).as(region).isBetween(1, lines / 10);
    }
  }
}
