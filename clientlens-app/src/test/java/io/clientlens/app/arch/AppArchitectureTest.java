package io.clientlens.app.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's shape, kept by rules (docs/ARCHITECTURE.md): services know nothing of the web edges; pages and REST
 * controllers hold no SQL; refusals live outside the web; features do not depend on each other in circles.
 */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.clientlens.app");

    @Test
    void onlyTheWebEdgesDependOnThePages() {
        noClasses().that().resideOutsideOfPackages("..web..", "..api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.clientlens.app.web..", "io.clientlens.app.*.web..")
                .check(APP);
    }

    @Test
    void pagesAndControllersHoldNoSql() {
        noClasses().that().resideInAnyPackage("..web..", "..api..")
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .check(APP);
    }

    @Test
    void servicesThrowRefusalsThatLiveOutsideTheWeb() {
        noClasses().that().resideInAPackage("io.clientlens.app.refusal")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework..", "jakarta.servlet..")
                .check(APP);
    }

    @Test
    void sharedPageHelpersDependOnNoFeature() {
        noClasses().that().resideInAPackage("io.clientlens.app.ui")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.clientlens.app.ui", "io.clientlens.code..",
                        "io.clientlens.classify..", "io.clientlens.batch.export..", "java..", "org.springframework..")
                .check(APP);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.clientlens.app.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void theRulesLookAtRealPackages() {
        for (String p : new String[]{"io.clientlens.app.web", "io.clientlens.app.refusal", "io.clientlens.app.suitability",
                "io.clientlens.app.suitability.web", "io.clientlens.app.customer.web", "io.clientlens.app.service.api", "io.clientlens.app.ui",
                "io.clientlens.app.analytics.web", "io.clientlens.app.admin.web", "io.clientlens.app.needs.web"}) {
            assertThat(APP.containPackage(p)).as(p).isTrue();
        }
    }
}
