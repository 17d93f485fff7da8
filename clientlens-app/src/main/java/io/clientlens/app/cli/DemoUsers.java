package io.clientlens.app.cli;

import io.clientlens.app.security.Users;
import io.clientlens.staff.Role;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Demo users, one per role ({@code demo.rm}, {@code demo.supervisor}, …), created by {@code demo}
 * only, the first time it finds no users. They share one password generated at random then; it is
 * printed once and written to {@code <home>/demo-users.txt} (readable by the owner only). There is
 * no fixed default password anywhere.
 */
final class DemoUsers {
    static final String FILE = "demo-users.txt";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DemoUsers() {
    }

    static void ensure(Users users, Path home, PrintWriter out, Say say) {
        if (!users.list().isEmpty()) {
            out.println(say.t("演示用户见 ", "Demo users: see ") + home.resolve(FILE));
            return;
        }
        SecureRandom random = new SecureRandom();
        StringBuilder pw = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            pw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        StringBuilder file = new StringBuilder("# ClientLens demo users (created by 'demo'); password for all of them:\n# 演示用户（由 demo 命令创建），统一密码：\n"
                + "password " + pw + "\n");
        for (Role role : Role.values()) {
            String name = "demo." + role.name().toLowerCase(Locale.ROOT).replace("_", "");
            users.add(name, role, "BR001", role == Role.RM ? "RM01" : null, pw.toString());
            file.append(name).append('\t').append(role).append('\n');
        }
        Path path = home.resolve(FILE);
        try {
            Files.createDirectories(home);
            Files.writeString(path, file, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(say.t("已创建演示用户（每个角色一个，分行 BR001，客户经理编号 RM01）：", "Demo users created (one per role, branch BR001, RM id RM01): ")
                + String.join(", ", users.list().stream().map(Users.User::username).toList()));
        out.println(say.t("统一密码：", "Password of all demo users: ") + pw + say.t("（另见 ", " (also in ") + path + say.t("）", ")"));
    }
}
