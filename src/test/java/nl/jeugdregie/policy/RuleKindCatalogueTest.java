package nl.jeugdregie.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.policy.kinds.RuleKinds;
import org.junit.jupiter.api.Test;

/** Every rule kind is registered, documented in docs/policy-packs.md, and a record (immutable). */
class RuleKindCatalogueTest {

  private static final Set<JavaClass> KINDS =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("nl.jeugdregie.policy.kinds")
              .stream()
              .filter(c -> c.isAssignableTo(RuleKind.class) && !c.isInterface())
              .collect(java.util.stream.Collectors.toSet());

  @Test
  void everyRuleKindClassIsRegisteredUnderItsOwnName() {
    Set<String> registered = new TreeSet<>();
    RuleKinds.names().forEach(registered::add);
    Set<String> classes = new TreeSet<>();
    KINDS.forEach(c -> classes.add(c.getSimpleName()));
    assertThat(registered).isEqualTo(classes);
  }

  @Test
  void everyRuleKindIsARecord() {
    assertThat(KINDS).allMatch(c -> c.reflect().isRecord(), "is a record");
  }

  @Test
  void everyRuleKindIsDocumentedInThePackGuide() throws IOException {
    String guide = Files.readString(Path.of("docs/policy-packs.md"));
    List<String> undocumented = new ArrayList<>();
    for (String name : RuleKinds.names()) {
      if (!guide.contains("| `" + name + "` |")) undocumented.add(name);
    }
    assertThat(undocumented).as("kinds missing from docs/policy-packs.md").isEmpty();
  }

  @Test
  void everyMetricIsDocumentedInThePackGuide() throws IOException {
    String guide = Files.readString(Path.of("docs/policy-packs.md"));
    for (Metric metric : Metric.values()) assertThat(guide).contains("`" + metric.name() + "`");
  }
}
