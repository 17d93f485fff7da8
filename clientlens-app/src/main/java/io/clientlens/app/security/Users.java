package io.clientlens.app.security;

import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;
import io.clientlens.staff.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Users in PostgreSQL; passwords only as delegating-encoder hashes ({bcrypt} by default). */
@Component
public class Users {
    public static final int MIN_PASSWORD = 12;
    private static final String NAME = "[A-Za-z0-9._@-]{1,64}";

    /** {@code sessionEpoch}: raised whenever the user's access changes, which ends their web sessions (docs/SECURITY.md). */
    public record User(String username, Role role, String branch, String rmId, boolean enabled, int sessionEpoch) {
        public SignedInUser principal() {
            return new SignedInUser(username, role, branch, rmId);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String dummy;

    public Users(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.dummy = encoder.encode("not-a-password-of-anyone");
    }

    /**
     * Adds a user; throws {@link IllegalArgumentException} with a zh/en message when something is wrong
     * ({@link UserFieldsInvalid} when the branch or RM id does not fit the role). An RM id given for a role that has
     * none is not stored.
     */
    public User add(String username, Role role, String branch, String rmId, String password) {
        if (username == null || !username.matches(NAME)) {
            throw new InputRejected("用户名应为1–64个字母、数字或 . _ @ -",
                    "the user name must be 1–64 letters, digits or . _ @ -");
        }
        if (find(username).isPresent()) {
            throw new InputRejected("用户已存在：" + username,
                    "the user already exists: " + username);
        }
        RoleFields.Checked fields = RoleFields.check(role, branch, rmId);
        checkPassword(password);
        jdbc.sql("insert into app_user (username, password_hash, role, branch_id, rm_id) values (:u, :h, :r, :b, :rm)")
                .param("u", username).param("h", encoder.encode(password)).param("r", role.name())
                .param("b", fields.branch()).param("rm", fields.rmId()).update();
        return find(username).orElseThrow();
    }

    public Optional<User> find(String username) {
        return jdbc.sql("select username, role, branch_id, rm_id, enabled, session_epoch from app_user where username = :u").param("u", username)
                .query((rs, n) -> new User(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getInt(6))).optional();
    }

    public List<User> list() {
        return jdbc.sql("select username, role, branch_id, rm_id, enabled, session_epoch from app_user order by username")
                .query((rs, n) -> new User(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getInt(6))).list();
    }

    /** The enabled user whose password matches, if any. */
    public Optional<User> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<String> hash = jdbc.sql("select password_hash from app_user where username = :u and enabled")
                .param("u", username).query(String.class).optional();
        if (hash.isEmpty()) {
            encoder.matches(password, dummy); // the same work whether or not the user exists
            return Optional.empty();
        }
        return encoder.matches(password, hash.get()) ? find(username) : Optional.empty();
    }

    /**
     * Who changes a user's access. An administrator signed in on the pages may not change their own role or disable
     * themself, which would lock them out by a slip; the server's operator on the command line may change anyone, as it
     * is the way back in when no administrator can sign in.
     */
    public record ChangedBy(String signedInAdministrator) {
        public static final ChangedBy OPERATOR = new ChangedBy(null);

        public static ChangedBy signedIn(String username) {
            return new ChangedBy(Objects.requireNonNull(username, "username"));
        }

        boolean isSelf(String username) {
            return username.equals(signedInAdministrator);
        }
    }

    /**
     * Disables the user, ends their web sessions and revokes their tokens; false if there is no such user. Throws
     * {@link UserChangeRefused}, changing nothing, for oneself on the pages and for the last enabled administrator.
     */
    @Transactional
    public boolean disable(String username, ChangedBy by) {
        if (by.isSelf(username)) {
            throw new UserChangeRefused(Label.of("不能停用本人，请由其他管理员停用",
                    "you cannot disable yourself; ask another administrator"));
        }
        keepAnAdministrator(username);
        int n = jdbc.sql("update app_user set enabled = false, session_epoch = session_epoch + 1 where username = :u")
                .param("u", username).update();
        revokeTokens(username);
        return n > 0;
    }

    /** Sets a new password, ends the user's web sessions and revokes their tokens; false if there is no such user. */
    public boolean changePassword(String username, String password) {
        checkPassword(password);
        int n = jdbc.sql("update app_user set password_hash = :h, session_epoch = session_epoch + 1 where username = :u")
                .param("h", encoder.encode(password)).param("u", username).update();
        revokeTokens(username);
        return n > 0;
    }

    /** A user after a change of role, and the RM id the change cleared because the new role has none (null: none). */
    public record RoleChanged(User user, String clearedRmId) {
        /** What to tell whoever made the change about the cleared RM id, if one was. */
        public Optional<Label> clearedNote() {
            return clearedRmId == null ? Optional.empty() : Optional.of(RoleFields.rmIdCleared(user.role(), clearedRmId));
        }
    }

    /**
     * Gives the user another role with the branch and RM id it needs (see {@link RoleFields}), ends their web sessions
     * and revokes their tokens; empty if there is no such user. A role without an RM id clears the one the user had.
     * Throws, changing nothing, {@link UserFieldsInvalid} naming every field that does not fit the role, and
     * {@link UserChangeRefused} for one's own role on the pages and for the last enabled administrator.
     */
    @Transactional
    public Optional<RoleChanged> changeRole(String username, Role role, String branch, String rmId, ChangedBy by) {
        Optional<User> before = find(username);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (by.isSelf(username) && role != before.get().role()) {
            throw new UserChangeRefused(Label.of("不能修改本人的角色，请由其他管理员修改",
                    "you cannot change your own role; ask another administrator"));
        }
        RoleFields.Checked fields = RoleFields.check(role, branch, rmId);
        if (role != Role.ADMIN) {
            keepAnAdministrator(username);
        }
        jdbc.sql("""
                        update app_user set role = :r, branch_id = :b, rm_id = :rm, session_epoch = session_epoch + 1
                        where username = :u""")
                .param("r", role.name()).param("b", fields.branch()).param("rm", fields.rmId())
                .param("u", username).update();
        revokeTokens(username);
        String cleared = fields.rmId() == null ? firstGiven(before.get().rmId(), rmId) : null;
        return Optional.of(new RoleChanged(find(username).orElseThrow(), cleared));
    }

    /**
     * Refuses to take {@code username} away from the enabled administrators when they are the last one: nobody could
     * then administer users on the pages. The enabled administrators are locked first, so that two such changes at
     * once (two administrators disabling each other) cannot both pass.
     */
    private void keepAnAdministrator(String username) {
        List<String> administrators = jdbc.sql("select username from app_user where role = 'ADMIN' and enabled order by username for update")
                .query(String.class).list();
        if (administrators.equals(List.of(username))) {
            throw new UserChangeRefused(Label.of(username + " 是唯一启用的管理员，停用或改为其他角色后将无人能管理用户；请先将另一位用户设为管理员",
                    username + " is the only enabled administrator; without them nobody could administer users. Make another user an administrator first"));
        }
    }

    private void revokeTokens(String username) {
        jdbc.sql("update api_token set revoked_at = now() where username = :u and revoked_at is null").param("u", username).update();
    }

    private static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new InputRejected("密码至少 " + MIN_PASSWORD + " 个字符",
                    "the password needs at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 128) {
            throw new InputRejected("密码最多 128 个字符",
                    "the password may have at most 128 characters");
        }
    }

    private static String firstGiven(String stored, String typed) {
        return stored != null ? stored : typed == null || typed.isBlank() ? null : typed.strip();
    }

}
