package io.clientlens.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Core runs in the server, the CLI and batch executors alike, so it must not know any of them. */
class CoreIsFrameworkFreeTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.clientlens");

    @Test
    void coreDependsOnNoFrameworkDatabaseHttpOrFiles() {
        ArchRule rule = noClasses().that().resideInAPackage("io.clientlens..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..",
                        "java.net.http..", "java.nio.file..", "tools.jackson..", "com.fasterxml..", "org.yaml..",
                        "org.duckdb..", "org.postgresql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream");
        rule.check(CORE);
    }

    @Test
    void theRuleLooksAtRealCorePackages() {
        // A rule over packages that do not exist checks nothing; make sure it sees the engines.
        assertThat(CORE.containPackage("io.clientlens.classify")).isTrue();
        assertThat(CORE.containPackage("io.clientlens.customer")).isTrue();
        assertThat(CORE.containPackage("io.clientlens.policy")).isTrue();
        assertThat(CORE.containPackage("io.clientlens.identity")).isTrue();
        assertThat(CORE.containPackage("io.clientlens.service")).isTrue();
        assertThat(CORE.containPackage("io.clientlens.staff")).isTrue();
    }
}
