package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a person uses it, on its own embedded PostgreSQL in a temporary home:
 * each call is a separate command, as from the shell.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineTest {

    @TempDir
    static Path home;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    @Order(1)
    void generatesClassifiesShowsAndExports() throws IOException {
        Outcome generated = run("generate", "--customers", "150", "--seed", "7");
        assertThat(generated.status()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("客户").contains("150");

        Outcome classified = run("--lang", "en", "classify");
        assertThat(classified.status()).as(classified.err()).isZero();
        assertThat(classified.out()).contains("as-of 2026-09-30").contains("customers 150").contains("AUM tier");

        Outcome shown = run("show", "C000001");
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("资产层级").contains("→");
        // the identity line names its fields and shows codes as words, as the customer page does
        assertThat(shown.out().lines().findFirst().orElseThrow()).startsWith("客户 C000001  姓名：").contains("手机：")
                .containsPattern("性别：[男女]").contains("客户类型：个人客户").doesNotContain("=").doesNotContain("INDIVIDUAL");
        assertThat(run("--lang", "en", "show", "C000001").out().lines().findFirst().orElseThrow())
                .startsWith("Customer C000001  Name: ").contains("Customer type: Individual").containsPattern("Gender: (Male|Female)");
        assertThat(shown.out()).doesNotContainPattern("\\b1[3-9]\\d{9}\\b"); // no clear mobile number

        Outcome json = run("show", "C000001", "--format", "json");
        assertThat(json.out()).contains("\"aumTier\"").contains("\"reasons\"");

        Path jsonl = home.resolve("out/classes.jsonl");
        assertThat(run("export", "classifications", "--format", "jsonl", "--out", jsonl.toString()).status()).isZero();
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(150);
        assertThat(lines.get(0)).startsWith("{\"customerId\":\"C000001\",\"asOf\":\"2026-09-30\",\"policyVersion\":\"v1\",\"features\":{\"age\":");

        Path csv = home.resolve("out/classes.csv");
        assertThat(run("export", "classifications", "--format", "csv", "--out", csv.toString()).status()).isZero();
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(151);
        assertThat(rows.get(0)).startsWith("customerId,customerType,residency,region,relationship,aumTier");

        Path none = home.resolve("out/none.jsonl");
        Outcome unknownRun = run("export", "classifications", "--run", "999", "--out", none.toString());
        assertThat(unknownRun.status()).isNotZero();
        assertThat(unknownRun.err()).contains("没有编号为 999 的已完成分类运行")
                .doesNotContain("no completed classification run").doesNotContain("Exception");
        assertThat(run("--lang", "en", "export", "classifications", "--run", "999", "--out", none.toString()).err())
                .contains("--run 999: no completed classification run has this number").doesNotContain("没有编号");
        assertThat(none).doesNotExist();
    }

    @Test
    @Order(2)
    void generatingTheSameBaseAgainChangesNothing() {
        Outcome again = run("--lang", "en", "generate", "--customers", "150", "--seed", "7");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("customer       inserted 0  updated 0  unchanged 150");
    }

    @Test
    @Order(3)
    void reportsBadProfileRowsByLineAndImportsTheGoodOnes() throws IOException {
        Path file = home.resolve("profiles.csv");
        Files.writeString(file, """
                customerId,name,residentId,mobile,birthDate
                P1,张三,11010519491231002X,13800138000,
                P2,李四,110105194912310021,13800138001,
                P3,王五,,1380013800,
                P4,赵六,,,1990-02-30
                """, StandardCharsets.UTF_8);
        Outcome imported = run("--lang", "en", "import", "customers", file.toString());
        assertThat(imported.status()).as("some rows skipped").isEqualTo(2);
        assertThat(imported.out()).contains("customer       inserted 1")
                .contains("profiles.csv:3 [residentId]")
                .contains("profiles.csv:4 [mobile]")
                .contains("profiles.csv:5 [birthDate]");
        Outcome strict = run("--lang", "en", "import", "customers", "--strict", file.toString());
        assertThat(strict.out()).contains("Nothing was imported");
    }

    @Test
    @Order(4)
    void aBadPolicyFileFailsWithItsKeysNamed() throws IOException {
        Path policy = home.resolve("bad-policy.yaml");
        Files.writeString(policy, """
                version: "v2"
                currency: CNY
                """, StandardCharsets.UTF_8);
        Outcome checked = run("policy", "check", policy.toString());
        assertThat(checked.status()).isEqualTo(1);
        assertThat(checked.err()).startsWith("clientlens: ").contains("aumTier");
        assertThat(checked.err().lines().count()).isEqualTo(1);
        assertThat(run("policy", "show").out()).contains("aumTier").contains("6000000");
    }

    @Test
    @Order(5)
    void unknownCustomerAndMissingFolderFailWithOneLine() {
        Outcome missing = run("show", "NOPE");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("NOPE");
        Outcome noFolder = run("import", "berka", home.resolve("nowhere").toString());
        assertThat(noFolder.status()).isEqualTo(1);
        assertThat(noFolder.err()).contains("nowhere");
        // the repository's Berka extract ends on a cut-off line: --strict imports nothing and says why, status 2
        Outcome strict = run("import", "berka", Path.of("../data/berka").toAbsolutePath().toString(), "--strict");
        assertThat(strict.status()).isEqualTo(2);
        assertThat(strict.out()).contains("trans.asc:").contains("因 --strict 且存在问题行，本次未导入任何数据");
        assertThat(run("show", "1").status()).as("no Berka client was stored").isEqualTo(1);
    }

    @Test
    @Order(6)
    void importedContributionReplacesTheEstimate() throws IOException {
        Path file = home.resolve("contributions.csv");
        Files.writeString(file, """
                customerId,contribution
                C000001,9999999
                C000002,-50
                NOPE,10
                C000003,abc
                """, StandardCharsets.UTF_8);
        Outcome imported = run("--lang", "en", "import", "contributions", file.toString());
        assertThat(imported.status()).isEqualTo(2);
        assertThat(imported.out()).contains("contribution   inserted 0  updated 2")
                .contains("contributions.csv:4 [customerId]").contains("contributions.csv:5 [contribution]");
        assertThat(run("--lang", "en", "import", "contributions", file.toString()).out()).contains("updated 0  unchanged 2");

        assertThat(run("classify").status()).isZero();
        Outcome shown = run("--lang", "en", "show", "C000001");
        assertThat(shown.out()).contains("Annual contribution 9,999,999 CNY (bank profitability figure)");
        assertThat(run("--lang", "en", "show", "C000002").out()).contains("Annual contribution -50 CNY").contains("is not positive → C");
    }

    static Outcome withStdin(String stdin, String... args) {
        java.io.InputStream before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    @Order(7)
    void managesUsersWithPasswordsFromStandardInputOnly() {
        Outcome added = withStdin("a long enough password\n", "--lang", "en", "user", "add", "ops.sup", "--role", "SUPERVISOR",
                "--branch", "BR001", "--password-stdin");
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added user ops.sup (SUPERVISOR)");
        Outcome argv = run("user", "add", "ops.rm", "--role", "RM", "--rm-id", "RM01", "--password", "in-argv-password");
        assertThat(argv.status()).isNotZero();
        Outcome shortPassword = withStdin("short\n", "--lang", "en", "user", "add", "ops.rm", "--role", "RM", "--branch", "BR001",
                "--rm-id", "RM01", "--password-stdin");
        assertThat(shortPassword.status()).isNotZero();
        assertThat(shortPassword.err()).contains("at least 12 characters");
        assertThat(run("--lang", "en", "user", "list").out()).contains("ops.sup").contains("SUPERVISOR").contains("BR001")
                .contains("enabled").doesNotContain("ops.rm");
        assertThat(withStdin("another long password\n", "--lang", "en", "user", "passwd", "ops.sup", "--password-stdin").out())
                .contains("Password changed: ops.sup");
        assertThat(run("--lang", "en", "user", "disable", "ops.sup").out()).contains("Disabled ops.sup");
        assertThat(run("--lang", "en", "user", "list").out()).contains("disabled");
        // in Chinese the roles by their names, the code beside
        assertThat(run("user", "list").out()).contains("业务主管（SUPERVISOR）").contains("停用");
    }
}
