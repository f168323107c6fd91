package nl.jeugdregie.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlFieldsErrorsTest {

  private static final String FILE = "test@2025-01-01.yaml";

  /** Lines 1-13 of every pack below; the rules start on line 14. */
  private static final String HEADER =
      """
      id: test
      name: Test region
      validFrom: 2025-01-01
      sources:
        "002": "Werkinstructie"
      municipalities:
        - {code: "0153", name: Enschede}
      products:
        - code: 45V01
          name: Vaktherapie
          category: "45"
          unit: MINUTE
      rules:
      """;

  private static PolicyPack load(String rules) {
    return PackLoader.load(FILE, HEADER + rules);
  }

  @Test
  void loadsTheValidPackTheErrorCasesStartFrom() {
    PolicyPack pack =
        load(
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
                when: {products: [45V01]}
                params:
                  max: 24
                  effect: ADJUST
            """);

    assertThat(pack.rules())
        .singleElement()
        .satisfies(rule -> assertThat(rule.line()).isEqualTo(14));
  }

  static Stream<Arguments> ruleErrors() {
    return Stream.of(
        Arguments.of(
            "unknown kind",
            """
              - id: R-TST-3
                kind: MaximumSesions
                source: "002 bijlage 1"
                params: {max: 24}
            """,
            15,
            "MaximumSesions",
            "unknown rule kind 'MaximumSesions' (known: "),
        Arguments.of(
            "missing parameter",
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
                params:
                  effect: ADJUST
            """,
            18,
            "MaximumSessions",
            "missing parameter 'max'"),
        Arguments.of(
            "missing parameters altogether",
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
            """,
            14,
            "MaximumSessions",
            "missing parameter 'max'"),
        Arguments.of(
            "mistyped parameter",
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
                params:
                  max: twenty
            """,
            18,
            "MaximumSessions",
            "parameter 'max' must be a whole number, got 'twenty'"),
        Arguments.of(
            "mistyped period",
            """
              - id: R-TST-6
                kind: MaximumPeriod
                source: "002 bijlage 1"
                params:
                  max: 1 year
            """,
            18,
            "MaximumPeriod",
            "parameter 'max' must be an ISO period such as P1Y, P6M, P6W, got '1 year'"),
        Arguments.of(
            "rule without source",
            """
              - id: R-TST-3
                kind: MaximumSessions
                params: {max: 24}
            """,
            14,
            "MaximumSessions",
            "missing key 'source'"),
        Arguments.of(
            "unknown parameter key",
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
                params:
                  max: 24
                  efect: REJECT
            """,
            19,
            "MaximumSessions",
            "unknown parameter 'efect' (expected: effect, max)"),
        Arguments.of(
            "unknown key of a rule",
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
                params: {max: 24}
                asumption: true
            """,
            18,
            "MaximumSessions",
            "unknown key 'asumption'"),
        Arguments.of(
            "unknown when key",
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
                when: {product: [45V01]}
                params: {max: 24}
            """,
            17,
            "MaximumSessions",
            "unknown 'when' key 'product'"),
        Arguments.of(
            "when naming a product not in the product book",
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
                when: {products: [45X99]}
                params: {max: 24}
            """,
            17,
            "MaximumSessions",
            "product 45X99 is not in the pack's product book"),
        Arguments.of(
            "duplicate parameter",
            """
              - id: R-TST-3
                kind: MaximumSessions
                source: "002 bijlage 1"
                params:
                  max: 24
                  max: 12
            """,
            19,
            "MaximumSessions",
            "parameter 'max' is given twice"),
        Arguments.of(
            "BudgetWithinLevel without the budget scheme defined",
            """
              - id: R-TST-1
                kind: BudgetWithinLevel
                source: "002 bijlage 1"
                params: {scheme: KEUZEBUDGET}
            """,
            14,
            "BudgetWithinLevel",
            "the pack defines no levels for budget scheme KEUZEBUDGET"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleErrors")
  void namesTheFileTheLineAndTheRuleOfAMistakeInARule(
      String mistake, String rules, int line, String kind, String message) {
    String id = rules.strip().substring("- id: ".length(), "- id: R-TST-3".length());

    assertThatThrownBy(() -> load(rules))
        .isInstanceOf(PackLoadException.class)
        .hasMessageStartingWith(FILE + ":" + line + ": rule " + id + " (" + kind + "): ")
        .hasMessageContaining(message);
  }

  @Test
  void namesTheRuleOfAKeyGivenTwiceInThatRule() {
    assertThatThrownBy(
            () ->
                load(
                    """
                      - id: R-TST-3
                        kind: MaximumSessions
                        source: "002 bijlage 1"
                        source: "002 p.2"
                        params: {max: 24}
                    """))
        .isInstanceOf(PackLoadException.class)
        .hasMessage(FILE + ":17: rule R-TST-3 (MaximumSessions): key 'source' is given twice");
  }

  static Stream<Arguments> packErrors() {
    return Stream.of(
        Arguments.of(
            "unknown top-level key",
            HEADER
                + """
                  - id: R-TST-3
                    kind: MaximumSessions
                    source: "002 bijlage 1"
                    params: {max: 24}
                validTill: 2025-12-31
                """,
            18,
            "pack: unknown key 'validTill' (expected: "),
        Arguments.of(
            "duplicate top-level key",
            HEADER.replace("name: Test region\n", "name: Test region\nname: Other region\n"),
            3,
            "pack: key 'name' is given twice"),
        Arguments.of(
            "invalid YAML",
            HEADER
                + """
                  - id: R-TST-3
                    kind: MaximumSessions
                    source: "002 bijlage 1"
                    params: {max: 24
                  - id: R-TST-4
                """,
            18,
            "not valid YAML: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packErrors")
  void namesTheFileAndTheLineOfAMistakeOutsideTheRules(
      String mistake, String yaml, int line, String message) {
    assertThatThrownBy(() -> PackLoader.load(FILE, yaml))
        .isInstanceOf(PackLoadException.class)
        .hasMessageStartingWith(FILE + ":" + line + ": ")
        .hasMessageContaining(message);
  }
}
