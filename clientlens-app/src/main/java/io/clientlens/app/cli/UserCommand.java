package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.security.RoleFields;
import io.clientlens.app.security.UserFieldsInvalid;
import io.clientlens.app.security.Users;
import io.clientlens.code.InputRejected;
import io.clientlens.customer.FieldProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Users of the server (REST and web pages). The command line itself acts as the local operator:
 * whoever can run it on the server is trusted (ADMIN on the machine). Passwords are read from
 * standard input only, never from the command line, where other users of the machine could see them.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = {"Users of the server: add, list, disable, change password or role.",
        "Disabling, a new password and a new role end the user's web sessions and revoke their tokens at once."},
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class, UserCommand.Passwd.class,
                UserCommand.Role.class})
class UserCommand {

    static String passwordFromStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new InputRejected("标准输入中没有密码",
                        "no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The role named by --role, or a refusal listing the roles in the user's language. */
    static io.clientlens.staff.Role roleOf(String role, Say say) {
        return io.clientlens.staff.Role.parse(role).orElseThrow(() -> new IllegalArgumentException(say.t(
                "--role：未知角色“" + role + "”，应为以下之一：", "--role: unknown role '" + role + "'; expected one of ")
                + java.util.Arrays.toString(io.clientlens.staff.Role.values())));
    }

    /** The options of the fields a user's role refuses, so that the message names what to type again. */
    private static final Map<String, String> OPTIONS = Map.of("branch", "--branch", "rmId", "--rm-id");

    /** Runs a change of users, naming the option of each field that does not fit the role. */
    static <T> T withOptionNames(Supplier<T> change) {
        try {
            return change.get();
        } catch (UserFieldsInvalid e) {
            List<FieldProblem> problems = e.problems();
            throw new InputRejected(
                    String.join("；", problems.stream().map(p -> OPTIONS.get(p.field()) + "：" + p.zh()).toList()),
                    String.join("; ", problems.stream().map(p -> OPTIONS.get(p.field()) + ": " + p.en()).toList()), e);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user; the password is the first line of standard input.")
    static class Add extends RootAware implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "User name")
        String name;

        @Option(names = "--role", required = true, description = "RM, SALES, SUPERVISOR, HEAD_OF_WEALTH, COMPLIANCE, ANALYST or ADMIN")
        String role;

        @Option(names = "--branch", paramLabel = "BRANCH", description = "the user's branch (required for RM, SALES and SUPERVISOR; letters, digits, - or _, at most 32)")
        String branch;

        @Option(names = "--rm-id", paramLabel = "RM", description = "the RM id of an RM (customer.relationship_manager; required for RM, not kept for other roles)")
        String rmId;

        @Option(names = "--password-stdin", required = true, description = "read the password from standard input (the only way)")
        boolean passwordStdin;

        @Override
        public Integer call() {
            io.clientlens.staff.Role r = roleOf(role, say());
            String password = passwordFromStdin();
            try (Launcher app = root().start(null)) {
                Users.User u = withOptionNames(() -> app.bean(Users.class).add(name, r, branch, rmId, password));
                out().println(say().t("已新增用户 ", "Added user ") + u.username() + " (" + u.role() + ")");
                if (rmId != null && !rmId.isBlank() && u.rmId() == null) {
                    out().println(RoleFields.rmIdCleared(r, rmId.strip()).in(say().language()));
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
    static class ListUsers extends RootAware implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Launcher app = root().start(null)) {
                for (Users.User u : app.bean(Users.class).list()) {
                    out().printf("%-24s %s %-8s %-8s %s%n", u.username(), Summaries.padded(say().t(u.role().label().zh()
                                    + "（" + u.role().name() + "）", u.role().name()), 30), u.branch() == null ? "-" : u.branch(),
                            u.rmId() == null ? "-" : u.rmId(), u.enabled() ? say().t("启用", "enabled") : say().t("停用", "disabled"));
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user, end their sessions and revoke their tokens.")
    static class Disable extends RootAware implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "User name")
        String name;

        @Override
        public Integer call() {
            try (Launcher app = root().start(null)) {
                if (!app.bean(Users.class).disable(name, Users.ChangedBy.OPERATOR)) {
                    throw new IllegalArgumentException(say().t("没有该用户：", "no such user: ") + name);
                }
                out().println(say().t("已停用 ", "Disabled ") + name);
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a new password from standard input; ends the user's sessions and revokes their tokens.")
    static class Passwd extends RootAware implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "User name")
        String name;

        @Option(names = "--password-stdin", required = true, description = "read the password from standard input (the only way)")
        boolean passwordStdin;

        @Override
        public Integer call() {
            String password = passwordFromStdin();
            try (Launcher app = root().start(null)) {
                if (!app.bean(Users.class).changePassword(name, password)) {
                    throw new IllegalArgumentException(say().t("没有该用户：", "no such user: ") + name);
                }
                out().println(say().t("已修改密码：", "Password changed: ") + name);
            }
            return 0;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true,
            description = "Give a user another role; ends their sessions and revokes their tokens.")
    static class Role extends RootAware implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "User name")
        String name;

        @Option(names = "--role", required = true, description = "RM, SALES, SUPERVISOR, HEAD_OF_WEALTH, COMPLIANCE, ANALYST or ADMIN")
        String role;

        @Option(names = "--branch", paramLabel = "BRANCH", description = "the user's branch (required for RM, SALES and SUPERVISOR; letters, digits, - or _, at most 32)")
        String branch;

        @Option(names = "--rm-id", paramLabel = "RM", description = "the RM id (required for RM; other roles have none, so a new role other than RM clears it)")
        String rmId;

        @Override
        public Integer call() {
            io.clientlens.staff.Role r = roleOf(role, say());
            try (Launcher app = root().start(null)) {
                Users.RoleChanged changed = withOptionNames(() -> app.bean(Users.class).changeRole(name, r, branch, rmId, Users.ChangedBy.OPERATOR))
                        .orElseThrow(() -> new InputRejected("没有该用户：" + name, "no such user: " + name));
                out().println(say().t("已修改角色：" + name + "（" + r.label().zh() + "）", "Role changed: " + name + " (" + r.label().en() + ")"));
                changed.clearedNote().ifPresent(note -> out().println(note.in(say().language())));
            }
            return 0;
        }
    }
}
