package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.RouteFixtures.amersfoortLevel1;
import static nl.jeugdregie.allocation.RouteFixtures.bsn;
import static nl.jeugdregie.allocation.RouteFixtures.contractedProvider;
import static nl.jeugdregie.allocation.RouteFixtures.reference;
import static nl.jeugdregie.allocation.RouteFixtures.twenteOver6000Minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The overview per region and per provider (issue 12): counts only, in the actor's scope (contract
 * manager: its region; policy and admin: all; access team and provider refused), and the per
 * provider rows add up to the region's figures.
 */
@SpringBootTest(classes = Jeugdregie.class)
class OverviewTest {

  @Autowired Overview overview;
  @Autowired Requests requests;
  @Autowired Providers providers;

  @Test
  void perProviderCountsItsRequestsAndAllocationsWithinTheContractManagersRegion() {
    String agb = contractedProvider(providers, "twente", "45");
    Actor provider = Actor.provider("aanbieder", agb);
    requests.submit(
        provider, RequestSubmission.parse(twenteOver6000Minutes(bsn(), agb, reference())));
    requests.submit(
        provider, RequestSubmission.parse(twenteOver6000Minutes(bsn(), agb, reference())));

    Actor twente = Actor.contractManager("contract-twente", "twente");
    var rows = overview.byProvider(twente);
    assertThat(rows).allMatch(r -> r.region().equals("twente"));
    Overview.ProviderFigures mine =
        rows.stream().filter(r -> r.providerAgb().equals(agb)).findFirst().orElseThrow();
    assertThat(mine.providerName()).isEqualTo("Zorgaanbieder " + agb);
    assertThat(mine.requests()).isEqualTo(2);
    assertThat(mine.inInvestigation()).isEqualTo(2);
    assertThat(mine.approved()).isZero();
    assertThat(mine.allocations()).isZero();

    // another region's contract manager does not see this provider's Twente figures
    assertThat(overview.byProvider(Actor.contractManager("contract-amf", "amersfoort")))
        .noneMatch(r -> r.providerAgb().equals(agb));
  }

  @Test
  void theProviderRowsAddUpToTheRegionFigures() {
    String agb = contractedProvider(providers, "amersfoort", "45");
    var view =
        requests.submit(
            Actor.provider("aanbieder", agb),
            RequestSubmission.parse(amersfoortLevel1(bsn(), agb, reference())));
    assertThat(view.state()).isEqualTo(RequestState.APPROVED);

    Actor policy = Actor.policy("beleid");
    var perProvider = overview.byProvider(policy);
    var mine = perProvider.stream().filter(r -> r.providerAgb().equals(agb)).toList();
    assertThat(mine).hasSize(1);
    assertThat(mine.getFirst().approved()).isEqualTo(1);
    assertThat(mine.getFirst().allocations()).isEqualTo(1);

    Map<String, Long> requestsPerRegion =
        perProvider.stream()
            .collect(
                Collectors.groupingBy(
                    Overview.ProviderFigures::region,
                    Collectors.summingLong(Overview.ProviderFigures::requests)));
    Map<String, Long> allocationsPerRegion =
        perProvider.stream()
            .collect(
                Collectors.groupingBy(
                    Overview.ProviderFigures::region,
                    Collectors.summingLong(Overview.ProviderFigures::allocations)));
    for (Overview.RegionFigures region : overview.figures(policy)) {
      assertThat(requestsPerRegion.getOrDefault(region.region(), 0L))
          .as(region.region())
          .isEqualTo(region.requests());
      assertThat(allocationsPerRegion.getOrDefault(region.region(), 0L))
          .as(region.region())
          .isEqualTo(region.allocations());
    }
  }

  @Test
  void accessTeamsAndProvidersGetNoRegionFigures() {
    assertThatThrownBy(() -> overview.byProvider(Actor.provider("aanbieder", "12345678")))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(
            () -> overview.byProvider(Actor.accessTeam("toegang", java.util.Set.of("0153"))))
        .isInstanceOf(RouteRefusedException.class);
  }
}
