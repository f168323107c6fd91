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
import nl.jeugdregie.demo.DemoRecord.RequestRecord;
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
}
