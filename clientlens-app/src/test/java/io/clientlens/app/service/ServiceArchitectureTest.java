package io.clientlens.app.service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service feature's services and persistence know nothing of the web: they return records and outcomes and throw
 * their own exceptions, which only the REST ({@code api}) and page ({@code web}) edges translate.
 */
class ServiceArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.clientlens.app");

    @Test
    void servicesAndPersistenceDependOnNoWebPackage() {
        noClasses().that().resideInAnyPackage("io.clientlens.app.service", "io.clientlens.app.service.persistence")
                .should().dependOnClassesThat().resideInAnyPackage("io.clientlens.app.web..", "io.clientlens.app.service.api..",
                        "io.clientlens.app.service.web..", "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .check(APP);
    }

    @Test
    void theRuleLooksAtRealPackages() {
        assertThat(APP.containPackage("io.clientlens.app.service")).isTrue();
        assertThat(APP.containPackage("io.clientlens.app.service.persistence")).isTrue();
        assertThat(APP.containPackage("io.clientlens.app.service.api")).isTrue();
        assertThat(APP.containPackage("io.clientlens.app.service.web")).isTrue();
    }
}
