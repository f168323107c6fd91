package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every content rule (control level 2, return code 0001) on its fixture pairs under {@code
 * ijw/rules/<RULE>/}: each {@code *fail.xml} is valid against its XSD and breaks that rule (and
 * only the rules its {@code also} file names), each {@code *pass.xml} is valid and breaks none. And
 * every content rule the code says it implements has such a pair.
 */
class RuleFixturesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/ijw/rules");
  private static final XsdCheck XSD = new XsdCheck();

  record Fixture(String rule, Path file) {
    boolean failing() {
      return file.getFileName().toString().endsWith("fail.xml");
    }

    @Override
    public String toString() {
      return rule + "/" + file.getFileName();
    }
  }

  static Stream<Fixture> fixtures() throws IOException {
    List<Fixture> all = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      for (Path dir : dirs.sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path file : files.sorted().toList()) {
            if (file.toString().endsWith(".xml")) {
              all.add(new Fixture(dir.getFileName().toString(), file));
            }
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void failBreaksItsRuleAndPassBreaksNone(Fixture fixture) throws Exception {
    byte[] xml = Files.readAllBytes(fixture.file());
    XsdCheck.Result check = XSD.check(xml);
    assertThat(check.findings()).as(fixture + " against its XSD").isEmpty();
    List<String> broken = rules(xml);
    if (fixture.failing()) {
      Set<String> allowed = new TreeSet<>(also(fixture.rule()));
      allowed.add(fixture.rule());
      assertThat(broken).as(fixture.toString()).contains(fixture.rule());
      assertThat(broken).as(fixture.toString()).isSubsetOf(allowed);
    } else {
      assertThat(broken).as(fixture.toString()).isEmpty();
    }
  }

  @Test
  void everyImplementedContentRuleHasAFailingAndAPassingMessage() throws Exception {
    Set<String> withPairs = new TreeSet<>();
    for (Fixture fixture : fixtures().toList()) {
      Path dir = fixture.file().getParent();
      try (Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(f -> f.getFileName().toString()).toList();
        if (names.stream().anyMatch(n -> n.endsWith("fail.xml"))
            && names.stream().anyMatch(n -> n.endsWith("pass.xml"))) {
          withPairs.add(fixture.rule());
        }
      }
    }
    List<String> without =
        RuleCoverage.report().rules().stream()
            .filter(r -> r.status() == RuleCoverage.Status.IMPLEMENTED)
            .filter(r -> r.level().startsWith("bericht inhoud"))
            .filter(r -> !onlyOnMessagesWeSend(r.code()))
            .map(RuleCoverage.Rule::code)
            .filter(code -> !withPairs.contains(code))
            .toList();
    assertThat(without).as("content rules without a fixture pair").isEmpty();
  }

  /**
   * TR342 (only rejected prestaties in a JW325) judges a JW325 against the JW323 it answers, so it
   * is tested on the 325s we write (Jw325Test), not on a message alone.
   */
  private static boolean onlyOnMessagesWeSend(String code) {
    return SENT_ONLY.contains(code);
  }

  private static final Set<String> SENT_ONLY = Set.of("TR342");

  private static List<String> also(String rule) throws IOException {
    Path also = FIXTURES.resolve(rule).resolve("also");
    if (!Files.exists(also)) return List.of();
    return Files.readAllLines(also).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The codes of the content rules an XSD-valid {@code xml} breaks. */
  static List<String> rules(byte[] xml) {
    MessageType type = java.util.Objects.requireNonNull(XSD.check(xml).type());
    assertThat(ContentCheck.covers(type)).as("content rules of " + type).isTrue();
    return ContentCheck.check(type, xml).stream().map(RuleFinding::rule).toList();
  }
}
