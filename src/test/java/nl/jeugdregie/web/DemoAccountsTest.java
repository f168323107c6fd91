package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.junit.jupiter.api.Test;

/** The demo accounts cover every region, with the scope the packs give them. */
class DemoAccountsTest {

  private static final PolicyCatalog CATALOG = PolicyCatalog.shipped();
  private final Map<String, Actor> actors = DemoAccounts.actors(CATALOG);

  @Test
  void everyRegionHasAnAccessTeamCoveringAllItsMemberMunicipalities() {
    for (String region : CATALOG.ids()) {
      Set<String> members =
          CATALOG.versions(region).stream()
              .flatMap((PolicyPack pack) -> pack.municipalities().keySet().stream())
              .collect(Collectors.toSet());
      assertThat(actors.get("toegang-" + region))
          .as(region)
          .isEqualTo(new Actor("toegang-" + region, Role.ACCESS_TEAM, members, null, null));
    }
  }

  @Test
  void amersfoortsAccessTeamIncludesAmersfoortBunschotenAndLeusden() {
    assertThat(actors.get("toegang-amersfoort"))
        .extracting(Actor::municipalities)
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.collection(String.class))
        .contains("0307", "0313", "0327");
  }

  @Test
  void providersContractManagersPolicyAndAdminHaveTheirDocumentedScope() {
    assertThat(actors.get("aanbieder-1"))
        .isEqualTo(Actor.provider("aanbieder-1", DemoAccounts.PROVIDER_1_AGB));
    assertThat(actors.get("aanbieder-2"))
        .isEqualTo(Actor.provider("aanbieder-2", DemoAccounts.PROVIDER_2_AGB));
    assertThat(actors.get("contract-twente"))
        .isEqualTo(Actor.contractManager("contract-twente", "twente"));
    assertThat(actors.get("contract-ijsselland"))
        .isEqualTo(Actor.contractManager("contract-ijsselland", "ijsselland"));
    assertThat(actors.get("beleid")).isEqualTo(Actor.policy("beleid"));
    assertThat(actors.get("admin")).isEqualTo(Actor.admin("admin"));
    assertThat(actors).hasSize(DemoAccounts.ACCOUNTS.size()).hasSize(11);
  }
}
