package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code user add} and {@code user role} hold a user's branch and RM id to what the role needs, as the users page does;
 * the command line may change any user but never leaves no enabled administrator.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserCommandLineTest {
    static final String PASSWORD = "correct horse battery staple\n";

    @TempDir
    static Path home;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    static Outcome withPassword(String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(PASSWORD.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    @Order(1)
    void addingARoleThatWorksInABranchNeedsOneOfLettersDigitsDashOrUnderscore() {
        Outcome noBranch = withPassword("user", "add", "li.sales", "--role", "SALES", "--password-stdin");
        assertThat(noBranch.status()).isNotZero();
        assertThat(noBranch.err()).contains("--branch：一般销售人员需要填写网点");
        Outcome markup = withPassword("--lang", "en", "user", "add", "li.sales", "--role", "SALES", "--branch", "<b>x</b>BR",
                "--password-stdin");
        assertThat(markup.status()).isNotZero();
        assertThat(markup.err()).contains("--branch: the branch must be 1–32 letters, digits, - or _");
        Outcome rm = withPassword("--lang", "en", "user", "add", "li.rm", "--role", "RM", "--password-stdin");
        assertThat(rm.err()).contains("--branch: the role Relationship manager needs a branch")
                .contains("--rm-id: the role Relationship manager needs an RM id");
        assertThat(run("user", "list").out()).doesNotContain("li.sales").doesNotContain("li.rm");

        Outcome analyst = withPassword("user", "add", "an.li", "--role", "ANALYST", "--rm-id", "RM09", "--password-stdin");
        assertThat(analyst.status()).as(analyst.err()).isZero();
        assertThat(analyst.out()).contains("已清除理财经理编号 RM09：分析师没有理财经理编号");
    }

    @Test
    @Order(2)
    void aNewRoleWithoutAnRmIdClearsTheOldOneAndSaysSo() {
        Outcome added = withPassword("user", "add", "li.rm", "--role", "RM", "--branch", "BR001", "--rm-id", "RM01", "--password-stdin");
        assertThat(added.status()).as(added.err()).isZero();
        Outcome noBranch = run("--lang", "en", "user", "role", "li.rm", "--role", "SUPERVISOR", "--rm-id", "RM01");
        assertThat(noBranch.status()).isNotZero();
        assertThat(noBranch.err()).contains("--branch: the role Supervisor needs a branch");
        assertThat(run("user", "list").out()).containsPattern("li\\.rm .*BR001 +RM01");

        Outcome changed = run("--lang", "en", "user", "role", "li.rm", "--role", "SUPERVISOR", "--branch", "BR001");
        assertThat(changed.status()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("Role changed: li.rm (Supervisor)").contains("RM id RM01 cleared: the role Supervisor has no RM id");
        assertThat(run("user", "list").out()).containsPattern("li\\.rm .*BR001 +- ");
    }

    @Test
    @Order(3)
    void theCommandLineMayChangeAnyAdministratorButNotTheLastEnabledOne() {
        Outcome added = withPassword("user", "add", "root.admin", "--role", "ADMIN", "--password-stdin");
        assertThat(added.status()).as(added.err()).isZero();
        Outcome disabled = run("user", "disable", "root.admin");
        assertThat(disabled.status()).isNotZero();
        assertThat(disabled.err()).contains("root.admin 是唯一启用的管理员").contains("请先将另一位用户设为管理员");
        Outcome demoted = run("--lang", "en", "user", "role", "root.admin", "--role", "ANALYST");
        assertThat(demoted.status()).isNotZero();
        assertThat(demoted.err()).contains("root.admin is the only enabled administrator");
        assertThat(run("user", "list").out()).containsPattern("root\\.admin .*管理员（ADMIN）.*启用");

        Outcome promoted = run("user", "role", "an.li", "--role", "ADMIN");
        assertThat(promoted.status()).as(promoted.err()).isZero();
        assertThat(promoted.out()).contains("已修改角色：an.li（管理员）").doesNotContain("清除");
        Outcome nowDisabled = run("--lang", "en", "user", "disable", "root.admin");
        assertThat(nowDisabled.status()).as(nowDisabled.err()).isZero();
    }
}
