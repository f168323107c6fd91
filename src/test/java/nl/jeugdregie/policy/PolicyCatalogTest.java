package nl.jeugdregie.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs are versioned by validity date; a request is judged by the version in force on its date.
 */
class PolicyCatalogTest {

  @TempDir Path dir;

  private static PolicyPack version(String validFrom, String validTo, int maxSessions) {
    return PackLoader.load(
        "region@" + validFrom + ".yaml",
        """
        id: region
        name: A region
        validFrom: %s
        %s
        municipalities: [{code: "0153", name: Enschede}]
        products: [{code: 45V01, name: Vaktherapie, category: "45", unit: MINUTE}]
        rules:
          - {id: R-TWE-3, kind: MaximumSessions, source: "002 bijlage 1", params: {max: %d}}
        """
            .formatted(validFrom, validTo.isEmpty() ? "" : "validTo: " + validTo, maxSessions));
  }

  @Test
  void choosesTheVersionInForceOnTheDayTheRequestWasReceived() {
    PolicyCatalog catalog =
        PolicyCatalog.of(
            List.of(version("2025-01-01", "2025-12-31", 24), version("2026-01-01", "", 20)));

    assertThat(catalog.inForce("region", LocalDate.parse("2025-12-31")).validFrom())
        .isEqualTo("2025-01-01");
    assertThat(catalog.inForce("region", LocalDate.parse("2026-01-01")).validFrom())
        .isEqualTo("2026-01-01");
    assertThat(catalog.decide("region", sessions30(LocalDate.parse("2026-06-01"))).allocation())
        .extracting(Grant::sessions)
        .isEqualTo(20);
    assertThat(catalog.decide("region", sessions30(LocalDate.parse("2025-06-01"))).allocation())
        .extracting(Grant::sessions)
        .isEqualTo(24);
  }

  @Test
  void saysWhenNoVersionIsInForce() {
    PolicyCatalog catalog = PolicyCatalog.of(List.of(version("2025-01-01", "", 24)));
    assertThatThrownBy(() -> catalog.inForce("region", LocalDate.parse("2024-12-31")))
        .isInstanceOf(PolicyNotFoundException.class)
        .hasMessage(
            "no version of pack 'region' is in force on 2024-12-31 (versions from: [2025-01-01])");
    assertThatThrownBy(() -> catalog.inForce("elsewhere", LocalDate.parse("2025-06-01")))
        .isInstanceOf(PolicyNotFoundException.class)
        .hasMessageContaining("no policy pack 'elsewhere'");
  }

  @Test
  void refusesVersionsThatOverlap() {
    assertThatThrownBy(
            () ->
                PolicyCatalog.of(
                    List.of(version("2025-01-01", "", 24), version("2026-01-01", "", 20))))
        .isInstanceOf(PackLoadException.class)
        .hasMessageContaining(
            "region@2026-01-01.yaml: pack region valid from 2026-01-01 overlaps region@2025-01-01.yaml");
  }

  @Test
  void aPackInTheExtraFolderReplacesTheShippedVersionWithTheSameDate() throws Exception {
    String twente = Files.readString(Path.of("src/main/resources/policies/twente@2025-01-01.yaml"));
    Files.writeString(dir.resolve("twente.yaml"), twente.replace("max: 24", "max: 12"));

    PolicyCatalog catalog = PolicyCatalog.load(dir);

    assertThat(catalog.ids())
        .contains("amersfoort", "ijsselland", "twente", "noord-limburg", "amstelveen-aalsmeer");
    assertThat(catalog.versions("twente"))
        .singleElement()
        .extracting(PolicyPack::origin)
        .isEqualTo("twente.yaml");
  }

  @Test
  void theShippedPacksLoadWithoutOverlap() {
    assertThat(PolicyCatalog.shipped().ids())
        .containsExactly(
            "amersfoort", "amstelveen-aalsmeer", "ijsselland", "noord-limburg", "twente");
  }

  @Test
  void laterModulesReadTheirProcessRulesFromThePack() {
    PolicyPack amstelveen =
        PolicyCatalog.shipped().inForce("amstelveen-aalsmeer", LocalDate.parse("2025-06-01"));
    assertThat(amstelveen.rulesOfKind(nl.jeugdregie.policy.kinds.UsageSignal.class))
        .singleElement()
        .satisfies(signal -> assertThat(signal.threshold()).isEqualByComparingTo("0.75"));
  }

  private static DecisionRequest sessions30(LocalDate receivedOn) {
    return new DecisionRequest(
        RequestKind.INITIAL,
        receivedOn,
        "0153",
        LocalDate.parse("2014-01-01"),
        DecisionRequest.Referrer.of(nl.jeugdregie.shared.ReferrerType.MUNICIPALITY),
        false,
        "45",
        "45V01",
        nl.jeugdregie.shared.DateRange.of(receivedOn, receivedOn.plusMonths(6)),
        null,
        30,
        DecisionRequest.Budget.NONE,
        null,
        false,
        null,
        DecisionRequest.Current.NONE,
        null,
        null,
        java.util.List.of());
  }
}
