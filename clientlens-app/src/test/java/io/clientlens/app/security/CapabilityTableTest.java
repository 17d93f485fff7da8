package io.clientlens.app.security;

import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The role table users read in docs/SECURITY.md is the one the application enforces. */
class CapabilityTableTest {

    static String markdown() {
        StringBuilder table = new StringBuilder("| 能力 / capability | " + Arrays.stream(Role.values()).map(Enum::name)
                .collect(Collectors.joining(" | ")) + " |\n|---|" + "---|".repeat(Role.values().length) + "\n");
        for (Capability c : Capability.values()) {
            table.append("| ").append(c.label().zh()).append(" / ").append(c.label().en()).append(" | ")
                    .append(Arrays.stream(Role.values()).map(r -> c.allows(r) ? "✓" : "").collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return table.toString();
    }

    @Test
    void securityDocShowsTheTableTheApplicationEnforces() throws IOException {
        Path doc = Files.exists(Path.of("docs/SECURITY.md")) ? Path.of("docs/SECURITY.md") : Path.of("../docs/SECURITY.md");
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).as("the role table in docs/SECURITY.md; expected:\n" + markdown())
                .contains(markdown());
    }

    @Test
    void everyRoleMayDoSomethingAndOnlyAdministratorsAdminister() {
        for (Role role : Role.values()) {
            assertThat(Capability.of(role)).as(role.name()).isNotEmpty();
        }
        assertThat(Capability.ADMINISTER.roles()).containsExactly(Role.ADMIN);
        assertThat(Capability.READ_AGGREGATES.allows(Role.RM)).isFalse();
        assertThat(Capability.READ_AGGREGATES.allows(Role.SALES)).isFalse();
    }
}
