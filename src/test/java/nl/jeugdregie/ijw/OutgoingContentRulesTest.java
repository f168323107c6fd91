package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The content rules of the messages the municipality sends (JW301: {@link AllocationMessageRules},
 * JW319: {@link AnswerRules}), each on its fixture pair under {@code ijw/rules/<RULE>/}: both files
 * are valid against their XSD, {@code fail.xml} breaks exactly that rule and {@code pass.xml}
 * breaks none.
 */
class OutgoingContentRulesTest {

  private static final Path RULES = Path.of("src/test/resources/ijw/rules");

  private static final XsdCheck XSD = new XsdCheck();

  /** The fixture pairs of JW301 and JW319 (other messages' pairs are for their own rules). */
  static Stream<String> rules() throws IOException {
    List<String> rules = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(RULES)) {
      for (Path dir : dirs.sorted().toList()) {
        MessageType type = XSD.check(Files.readAllBytes(dir.resolve("fail.xml"))).type();
        if (type == MessageType.JW301 || type == MessageType.JW319) {
          rules.add(dir.getFileName().toString());
        }
      }
    }
    assertThat(rules).hasSizeGreaterThanOrEqualTo(17);
    return rules.stream();
  }

  private static List<RuleFinding> findings(byte[] xml) {
    XsdCheck.Result check = XSD.check(xml);
    assertThat(check.findings()).as("XSD").isEmpty();
    return check.type() == MessageType.JW301
        ? ContentCheck.check(MessageType.JW301, xml)
        : ContentCheck.check(MessageType.JW319, xml);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void failBreaksExactlyItsRuleAndPassBreaksNone(String rule) throws IOException {
    byte[] fail = Files.readAllBytes(RULES.resolve(rule).resolve("fail.xml"));
    byte[] pass = Files.readAllBytes(RULES.resolve(rule).resolve("pass.xml"));

    List<RuleFinding> broken = findings(fail);
    List<RuleFinding> passed = findings(pass);

    assertThat(broken).extracting(RuleFinding::rule).containsOnly(rule);
    assertThat(broken).allSatisfy(f -> assertThat(f.returnCode()).isEqualTo("0001"));
    assertThat(broken).allSatisfy(f -> assertThat(f.xpath()).startsWith("/Bericht/"));
    assertThat(passed).isEmpty();
  }
}
