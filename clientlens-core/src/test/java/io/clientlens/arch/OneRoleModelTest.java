package io.clientlens.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One role model and one acting person for every chain (docs/SECURITY.md): a second one would drift from the first. */
class OneRoleModelTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.clientlens");

    @Test
    void oneRoleEnumAndOneActor() {
        assertThat(CORE.stream().filter(c -> c.getSimpleName().equals("Actor")).map(JavaClass::getName))
                .containsExactly("io.clientlens.staff.Actor");
        // AccountLink.Role is an account holder's standing on an account (owner, authorised), not a member of staff
        assertThat(CORE.stream().filter(c -> c.isEnum() && c.getSimpleName().endsWith("Role")).map(JavaClass::getName))
                .containsExactlyInAnyOrder("io.clientlens.staff.Role", "io.clientlens.bank.AccountLink$Role");
    }
}
