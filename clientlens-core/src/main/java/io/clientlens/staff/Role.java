package io.clientlens.staff;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The role of a member of staff (docs/SECURITY.md); each user has exactly one. Its {@link #name()} is the code stored with
 * the user and in audit records. Which roles take part in a chain is the chain's to say
 * ({@code io.clientlens.suitability.Action}, {@code io.clientlens.needs.NeedRules}).
 */
public enum Role {
    RM(Label.of("理财经理", "Relationship manager")),
    SALES(Label.of("一般销售人员", "General sales staff")),
    SUPERVISOR(Label.of("业务主管", "Supervisor")),
    HEAD_OF_WEALTH(Label.of("财富管理负责人", "Head of wealth management")),
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

    /** What records written by ClientLens itself (task computation, dispatch, escalation) hold as the role. */
    public static final String SYSTEM = "SYSTEM";
    /** What records made on the server's command line hold as the role: it trusts whoever may run it there. */
    public static final String OPERATOR = "OPERATOR";

    /**
     * The label of a role code as records hold it: a role's label, "系统 / System" for {@link #SYSTEM}, "服务器操作员 / Server operator" for {@link #OPERATOR}, the code
     * itself for anything else (a record older than a role's renaming), empty for none.
     */
    public static Label labelOf(String code) {
        if (code == null) {
            return Label.of("", "");
        }
        if (SYSTEM.equals(code)) {
            return Label.of("系统", "System");
        }
        if (OPERATOR.equals(code)) {
            return Label.of("服务器操作员", "Server operator");
        }
        return parse(code).map(Role::label).orElse(Label.of(code, code));
    }

    /** The role of a code, ignoring case and surrounding blanks; empty for anything else (null included). */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(upper)).findFirst();
    }
}
