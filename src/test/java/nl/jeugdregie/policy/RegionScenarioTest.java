package nl.jeugdregie.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs every region's scenario file (src/test/resources/scenarios, docs/scenarios.md) through the
 * whole decision contract: request JSON in, decision JSON out, under the shipped pack in force.
 */
class RegionScenarioTest {

  private static final PolicyCatalog CATALOG = PolicyCatalog.shipped();

  @TestFactory
  List<DynamicNode> everyScenarioOfEveryRegionDecidesAsTheSourceDocumentsSay() throws IOException {
    List<DynamicNode> regions = new ArrayList<>();
    for (Scenarios.ScenarioFile file : Scenarios.files()) {
      List<DynamicNode> tests = new ArrayList<>();
      for (Map<String, Object> scenario : file.scenarios()) {
        String name =
            (String) Objects.requireNonNull(scenario.get("name"), "scenario without name");
        tests.add(dynamicTest(name, () -> run(file, scenario)));
      }
      regions.add(dynamicContainer(file.region(), tests));
    }
    return regions;
  }

  @Test
  void everyPackHasAScenarioFileThatCitesEachOfItsDecisionRules() throws IOException {
    Map<String, Scenarios.ScenarioFile> files =
        Scenarios.files().stream()
            .collect(Collectors.toMap(Scenarios.ScenarioFile::region, f -> f));
    for (String id : CATALOG.ids()) {
      assertThat(files).as("scenario file for pack " + id).containsKey(id);
      Set<String> cited = new TreeSet<>();
      for (Map<String, Object> scenario : Objects.requireNonNull(files.get(id)).scenarios()) {
        String name = (String) Objects.requireNonNull(scenario.get("name"));
        for (String word : name.split("[\\s,/]+")) if (word.startsWith("R-")) cited.add(word);
      }
      for (PolicyPack pack : CATALOG.versions(id)) {
        for (PackRule rule : pack.rules()) {
          if (rule.kind() instanceof DecisionRule) {
            assertThat(cited)
                .as(id + ": scenarios citing decision rule " + rule.id())
                .contains(rule.id());
          }
        }
      }
    }
  }

  private static void run(Scenarios.ScenarioFile file, Map<String, Object> scenario) {
    @SuppressWarnings("unchecked")
    Map<String, Object> overrides =
        (Map<String, Object>) scenario.getOrDefault("request", Map.of());
    DecisionRequest parsed = file.request(overrides);
    JsonNode decision = DecisionJson.toJson(CATALOG.decide(file.region(), parsed));
    String shown = decision.toPrettyString();

    @SuppressWarnings("unchecked")
    Map<String, Object> expect =
        (Map<String, Object>)
            Objects.requireNonNull(scenario.get("expect"), "scenario without expect");
    assertThat(decision.get("outcome").asString()).as(shown).isEqualTo(expect.get("outcome"));

    List<String> found = new ArrayList<>();
    for (JsonNode reason : decision.get("reasons")) {
      found.add(reason.get("rule").asString() + " " + reason.get("effect").asString());
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> reasons =
        (List<Map<String, Object>>) expect.getOrDefault("reasons", List.of());
    for (Map<String, Object> reason : reasons) {
      assertThat(found).as(shown).contains(reason.get("rule") + " " + reason.get("effect"));
    }
    @SuppressWarnings("unchecked")
    List<String> absent = (List<String>) expect.getOrDefault("absent", List.of());
    for (String rule : absent) {
      assertThat(found).as(shown).noneMatch(f -> f.startsWith(rule + " ") && !f.endsWith(" INFO"));
    }
    Object allocation = expect.get("allocation");
    if (allocation != null) {
      assertThat(decision.has("allocation")).as(shown).isTrue();
      assertSubset("allocation", Scenarios.plain(allocation), decision.get("allocation"), shown);
    }
  }

  /**
   * Every expected key must be in the actual JSON with an equal value (numbers compared as
   * numbers).
   */
  private static void assertSubset(
      String path, @Nullable Object expected, @Nullable JsonNode actual, String shown) {
    if (expected instanceof Map<?, ?> map) {
      assertThat(actual).as(path + " in " + shown).isNotNull();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = path + "." + entry.getKey();
        assertSubset(
            key,
            entry.getValue(),
            actual == null ? null : actual.get((String) entry.getKey()),
            shown);
      }
    } else if (expected == null) {
      assertThat(actual == null || actual.isNull()).as(path + " absent in " + shown).isTrue();
    } else {
      assertThat(actual).as(path + " in " + shown).isNotNull();
      if (actual != null && actual.isNumber() && expected instanceof Number number) {
        assertThat(actual.decimalValue())
            .as(path + " in " + shown)
            .isEqualByComparingTo(new BigDecimal(number.toString()));
      } else if (actual != null) {
        assertThat(actual.asString()).as(path + " in " + shown).isEqualTo(expected.toString());
      }
    }
  }
}
