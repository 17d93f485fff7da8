package io.clientlens.needs;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who acts on the needs register (roles: docs/SECURITY.md); from the signed-in user, or the CLI's --role. */
public enum Role {
    RM(Label.of("理财经理", "Relationship manager")),
    SUPERVISOR(Label.of("业务主管", "Supervisor")),
    COMPLIANCE(Label.of("合规", "Compliance")),
    ANALYST(Label.of("分析师", "Analyst")),
    ADMIN(Label.of("管理员", "Administrator"));

    private final Label label;

    Role(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(upper)).findFirst();
    }
}
