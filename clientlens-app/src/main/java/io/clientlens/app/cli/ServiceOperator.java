package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.security.Users;
import io.clientlens.app.service.ServiceForbidden;
import io.clientlens.app.service.ServiceInputInvalid;
import io.clientlens.code.InputRejected;
import io.clientlens.code.Language;
import io.clientlens.staff.Role;
import picocli.CommandLine.Option;

import java.util.stream.Collectors;

/**
 * The acting user of the service commands (tasks, service requests, campaigns): a user of the server named with
 * {@code --user} acts with their role, branch and RM id; otherwise the operator names them with {@code --role},
 * {@code --branch} and {@code --rm}. Without any, the operator acts as an administrator (bank-wide lists). The CLI
 * trusts whoever may run it on the server, and every change is audited under the name given.
 */
class ServiceOperator {
    @Option(names = "--user", paramLabel = "NAME", description = "Acting user (a server user, or any name with --role)")
    String user;

    @Option(names = "--role", paramLabel = "ROLE", description = "Acting role: RM, SALES, SUPERVISOR, HEAD_OF_WEALTH, COMPLIANCE, ANALYST, ADMIN")
    String role;

    @Option(names = "--branch", paramLabel = "ID", description = "The acting user's branch (SALES, SUPERVISOR)")
    String branch;

    @Option(names = "--rm", paramLabel = "ID", description = "The acting RM's id (RM)")
    String rm;

    SignedInUser of(Launcher app) {
        if (user != null && role == null) {
            var found = app.bean(Users.class).find(user.strip());
            if (found.isPresent()) {
                return found.get().principal();
            }
            throw new InputRejected("--user：服务器上没有用户“" + user + "”；要以其他名字操作，请给出 --role（以及 --branch/--rm）",
                    "--user: no server user '" + user + "'; give --role (and --branch/--rm) to act as another name");
        }
        if (role == null) {
            if (rm != null || branch != null) {
                // without a role they would be ignored, and the operator would act on every customer unawares
                throw new InputRejected("--rm 与 --branch 须与 --role 一起给出（以该角色操作）；只按客户经理筛选待办请用 --of-rm",
                        "--rm and --branch go with --role (to act in that role); to list one RM's tasks use --of-rm");
            }
            return new SignedInUser(user == null ? "cli" : user.strip(), Role.ADMIN, null, null);
        }
        Role r = Role.parse(role).orElseThrow(() -> new InputRejected("--role：应为 RM、SALES、SUPERVISOR、HEAD_OF_WEALTH、"
                + "COMPLIANCE、ANALYST、ADMIN 之一，实为“" + role + "”", "--role: expected one of RM, SALES, SUPERVISOR, "
                + "HEAD_OF_WEALTH, COMPLIANCE, ANALYST, ADMIN, found '" + role + "'"));
        if (r == Role.RM && rm == null) {
            throw new InputRejected("--rm：客户经理只处理自己的客户，请给出其客户经理编号，例如 --rm RM01",
                    "--rm: an RM acts on their own customers: give their RM id, e.g. --rm RM01");
        }
        if ((r == Role.SALES || r == Role.SUPERVISOR) && branch == null) {
            throw new InputRejected("--branch：" + r.label().zh() + "在一个网点内操作，请给出网点，例如 --branch BR001",
                    "--branch: " + r.label().en() + " acts within a branch: give it, e.g. --branch BR001");
        }
        return new SignedInUser(user == null ? "cli" : user.strip(), r, branch, rm);
    }

    /** A service's refusal as one line in the chosen language. */
    static RuntimeException explain(RuntimeException e, Language lang) {
        if (e instanceof ServiceInputInvalid invalid) {
            return new IllegalArgumentException(invalid.problems().stream()
                    .map(p -> p.field() + ": " + (lang == Language.EN ? p.en() : p.zh())).collect(Collectors.joining("; ")));
        }
        if (e instanceof ServiceForbidden forbidden) {
            return new IllegalArgumentException(forbidden.reason().in(lang));
        }
        return e;
    }
}
