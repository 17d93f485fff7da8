package io.clientlens.app.security;

import io.clientlens.code.Label;
import io.clientlens.suitability.Role;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The role of a signed-in user (docs/SECURITY.md); each user has exactly one. */
public enum UserRole {
    RM(Label.of("理财经理", "Relationship manager")),
    SALES(Label.of("一般销售人员", "General sales staff")),
    SUPERVISOR(Label.of("业务主管", "Supervisor")),
    HEAD_OF_WEALTH(Label.of("财富管理负责人", "Head of wealth management")),
    COMPLIANCE(Label.of("合规", "Compliance")),
    ANALYST(Label.of("分析师", "Analyst")),
    ADMIN(Label.of("管理员", "Administrator"));

    private final Label label;

    UserRole(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The role in the suitability chain, if this role takes part in it. */
    public Optional<Role> suitabilityRole() {
        return Role.parse(name());
    }

    /** The role on the needs register, if this role acts on it. */
    public Optional<io.clientlens.needs.Role> needsRole() {
        return io.clientlens.needs.Role.parse(name());
    }

    public static Optional<UserRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(upper)).findFirst();
    }
}
