package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The content rules of JW315 and JW317 on their fixture pairs ({@code ijw/rules/<RULE>/}): each
 * fail.xml is XSD-valid and breaks exactly that rule, its pass.xml is XSD-valid and breaks none.
 */
class VerzoekRuleFixturesTest {

  private static final XsdCheck XSD = new XsdCheck();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CD043",
        "CD066",
        "CD067",
        "CD068",
        "CD095",
        "CS343",
        "TR383",
        "TR386", // JW315
        "TR101",
        "TR352",
        "TR353",
        "TR380",
        "TR410" // JW317
      })
  void failBreaksExactlyItsRuleAndPassBreaksNone(String rule) throws Exception {
    assertThat(rules(fixture(rule, "fail"))).containsOnly(rule).isNotEmpty();
    assertThat(rules(fixture(rule, "pass"))).isEmpty();
  }

  private static byte[] fixture(String rule, String kind) throws Exception {
    byte[] xml = Files.readAllBytes(Path.of("src/test/resources/ijw/rules", rule, kind + ".xml"));
    XsdCheck.Result check = XSD.check(xml);
    assertThat(check.findings()).as(rule + "/" + kind + " against the XSD").isEmpty();
    assertThat(check.valid()).isTrue();
    return xml;
  }

  /** The codes of the content rules {@code xml} breaks, by its message type. */
  static List<String> rules(byte[] xml) {
    MessageType type = XSD.check(xml).type();
    Findings findings;
    if (type == MessageType.JW315) {
      var read = IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw315.Root.class);
      findings = new Findings(read.locations());
      VotRules.check(read.root(), findings);
    } else if (type == MessageType.JW317) {
      var read = IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw317.Root.class);
      findings = new Findings(read.locations());
      VowRules.check(read.root(), findings);
    } else {
      throw new IllegalArgumentException("not a JW315 or JW317: " + type);
    }
    return findings.all().stream().map(RuleFinding::rule).toList();
  }
}
