package io.clientlens.app.security;

import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.clientlens.staff.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The branch and RM id a user has with their role (docs/SECURITY.md, "Roles and scopes"), checked alike when a user is
 * added and when their role changes, on the page and on the command line.
 */
public final class RoleFields {
    /**
     * Roles that work in one branch: SALES and SUPERVISOR see the customers of their branch ({@link Scope}), an RM the
     * campaigns of their branch. Without a branch they would see nothing, or more than they should.
     */
    public static final Set<Role> NEED_BRANCH = EnumSet.of(Role.RM, Role.SALES, Role.SUPERVISOR);
    /** Only an RM has an RM id: it is what customer.relationship_manager holds for their customers. */
    public static final Set<Role> HAVE_RM_ID = EnumSet.of(Role.RM);
    /** As branch and RM ids are written in the bank's files; 32 is the page's maxlength. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** The branch and RM id to store, trimmed; null for none. The RM id is null for a role that has none. */
    record Checked(String branch, String rmId) {
    }

    private RoleFields() {
    }

    /** What to store for the role; throws {@link UserFieldsInvalid} naming every field that does not fit it. */
    static Checked check(Role role, String branch, String rmId) {
        List<FieldProblem> problems = new ArrayList<>();
        String b = trimmed(branch);
        String rm = HAVE_RM_ID.contains(role) ? trimmed(rmId) : null;
        if (b == null && NEED_BRANCH.contains(role)) {
            problems.add(new FieldProblem("branch", role.label().zh() + "需要填写网点",
                    "the role " + role.label().en() + " needs a branch"));
        } else if (b != null && !CODE.matcher(b).matches()) {
            problems.add(new FieldProblem("branch", "网点应为 1–32 个字母、数字、- 或 _",
                    "the branch must be 1–32 letters, digits, - or _"));
        }
        if (rm == null && HAVE_RM_ID.contains(role)) {
            problems.add(new FieldProblem("rmId", role.label().zh() + "需要填写理财经理编号",
                    "the role " + role.label().en() + " needs an RM id"));
        } else if (rm != null && !CODE.matcher(rm).matches()) {
            problems.add(new FieldProblem("rmId", "理财经理编号应为 1–32 个字母、数字、- 或 _",
                    "the RM id must be 1–32 letters, digits, - or _"));
        }
        if (!problems.isEmpty()) {
            throw new UserFieldsInvalid(problems);
        }
        return new Checked(b, rm);
    }

    /** Says that {@code rmId} is not kept because {@code role} has no RM id. */
    public static Label rmIdCleared(Role role, String rmId) {
        return Label.of("已清除理财经理编号 " + rmId + "：" + role.label().zh() + "没有理财经理编号",
                "RM id " + rmId + " cleared: the role " + role.label().en() + " has no RM id");
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
