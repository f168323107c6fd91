package nl.jeugdregie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries (Spring Modulith) and the coding rules a tool can check (ArchUnit). */
class ArchitectureTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(Jeugdregie.class);
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.jeugdregie");

  @Test
  void modulesOnlyUseEachOthersPublicSurfaceAndHaveNoCycles() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }

  /**
   * Bean Validation's constraint annotations are allowed: like jspecify's they only describe a
   * value (a page size's bounds) and carry no behaviour or framework.
   */
  @Test
  void sharedDependsOnNothingButTheJdk() {
    classes()
        .that()
        .resideInAPackage("nl.jeugdregie.shared..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "org.jspecify..",
            "jakarta.validation.constraints..",
            "nl.jeugdregie.shared..")
        .check(MAIN);
  }

  @Test
  void thePolicyEngineIsPureJavaWithoutWebOrDatabase() {
    noClasses()
        .that()
        .resideInAPackage("nl.jeugdregie.policy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework.web..",
            "org.springframework.jdbc..",
            "java.sql..",
            "nl.jeugdregie.web..",
            "nl.jeugdregie.cli..")
        .check(MAIN);
  }

  @Test
  void ruleKindsDoNotTouchTheClockOrTheOutsideWorld() {
    noClasses()
        .that()
        .resideInAPackage("nl.jeugdregie.policy.kinds..")
        .should()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .check(MAIN);
  }

  @Test
  void namesComeFromTheDomainNotFromPlumbing() {
    noClasses()
        .should()
        .haveSimpleNameEndingWith("Manager")
        .orShould()
        .haveSimpleNameEndingWith("Helper")
        .orShould()
        .haveSimpleNameEndingWith("Util")
        .orShould()
        .haveSimpleNameEndingWith("Utils")
        .orShould()
        .haveSimpleNameEndingWith("Impl")
        .orShould()
        .haveSimpleNameEndingWith("Dto")
        .check(MAIN);
  }

  @Test
  void noFieldInjection() {
    noFields()
        .should()
        .beAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
        .allowEmptyShould(true)
        .check(MAIN);
  }

  @Test
  void onlyTheCommandLinePrintsToTheConsole() {
    noClasses()
        .that()
        .resideOutsideOfPackage("nl.jeugdregie.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(MAIN);
  }
}
