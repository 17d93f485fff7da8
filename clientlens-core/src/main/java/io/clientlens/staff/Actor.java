package io.clientlens.staff;

import io.clientlens.customer.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The person acting and their role, as recorded in every audit record of every chain. */
public record Actor(String user, Role role) {
    private static final String USER_PATTERN = "[\\p{L}\\p{N}._@-]{1,64}";

    public Actor {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user must not be blank");
        }
        Objects.requireNonNull(role, "role");
    }

    /**
     * Problems with a claimed user and role of a chain that accepts the roles {@code expected}; {@code userField} and
     * {@code roleField} name where they came from (a header or an option) so that the message points there.
     */
    public static List<FieldProblem> problems(String user, String role, Set<Role> expected, String userField, String roleField) {
        List<FieldProblem> problems = new ArrayList<>();
        if (user == null || user.isBlank()) {
            problems.add(new FieldProblem(userField, "缺少操作人", "missing: the acting user is required"));
        } else if (!user.matches(USER_PATTERN)) {
            problems.add(new FieldProblem(userField, "操作人应为1–64个字母、数字或 . _ @ -", "expected 1–64 letters, digits or . _ @ -"));
        }
        List<String> roles = expected.stream().sorted().map(Enum::name).toList();
        if (role == null || role.isBlank()) {
            problems.add(new FieldProblem(roleField, "缺少角色，可选：" + roles, "missing: expected one of " + roles));
        } else if (Role.parse(role).filter(expected::contains).isEmpty()) {
            problems.add(new FieldProblem(roleField, "未知角色“" + role + "”，可选：" + roles, "unknown role '" + role + "'; expected one of " + roles));
        }
        return problems;
    }
}
