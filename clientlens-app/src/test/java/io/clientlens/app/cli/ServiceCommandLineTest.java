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

/** The service commands as a person uses them: tasks list|done|generate, service-request add|list|import, campaign create|report. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceCommandLineTest {
    @TempDir
    static Path home;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    @Order(1)
    void tasksAreComputedAfterARunListedAndDone() {
        assertThat(run("generate", "--customers", "150", "--seed", "7").status()).isZero();
        assertThat(run("classify").status()).isZero();
        Outcome listed = run("--lang", "en", "tasks", "list", "--of-rm", "RM01", "--size", "200");
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Contact plan").contains("tasks, page 1");
        String first = listed.out().lines().findFirst().orElseThrow();
        String id = first.strip().split("\\s+")[0];
        Outcome done = run("tasks", "done", id, "--user", "rm.wang", "--role", "RM", "--rm", "RM01", "--note", "已联系");
        assertThat(done.status()).as(done.err()).isZero();
        assertThat(done.out()).startsWith("已完成：" + id);
        Outcome again = run("--lang", "en", "tasks", "done", id, "--user", "rm.wang", "--role", "RM", "--rm", "RM01");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("is already done");
        Outcome other = run("tasks", "done", id, "--user", "rm.li", "--role", "RM", "--rm", "RM02");
        assertThat(other.status()).isEqualTo(1);
        assertThat(run("tasks", "done", id, "--user", "x", "--role", "RM").err()).contains("--rm：客户经理只处理自己的客户");
        Outcome noRole = run("tasks", "list", "--rm", "RM01");
        assertThat(noRole.status()).as("--rm without --role would list every customer's tasks").isNotZero();
        assertThat(noRole.err()).contains("--rm 与 --branch 须与 --role 一起给出").contains("--of-rm");
        assertThat(run("--lang", "en", "tasks", "list", "--branch", "BR001").err())
                .contains("--rm and --branch go with --role");
        Outcome generated = run("--lang", "en", "tasks", "generate");
        assertThat(generated.out()).contains("business date 2026-09-30").contains("0 new");
        Outcome doneList = run("tasks", "list", "--state", "DONE");
        assertThat(doneList.out()).contains(id).contains("已完成");
        // in Chinese the task kinds differ in length; the customer column still lines up on a terminal
        List<Integer> customerColumns = run("tasks", "list", "--of-rm", "RM01", "--size", "200").out().lines()
                .filter(l -> l.matches("\\d+ .*")).map(ServiceCommandLineTest::customerColumn).distinct().toList();
        assertThat(customerColumns).hasSize(1);
    }

    /** Where the customer id starts in a task line as a terminal shows it (a Chinese character takes two columns). */
    private static int customerColumn(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" C\\d+ ").matcher(line);
        assertThat(m.find()).isTrue();
        return CliRun.displayWidth(line.substring(0, m.start()));
    }

    @Test
    @Order(2)
    void serviceRequestsAreAddedListedAndImportedOnce() throws IOException {
        Outcome added = run("service-request", "add", "--user", "rm.wang", "--role", "RM", "--rm", "RM01", "--customer", customerOf("RM01"),
                "--channel", "HOTLINE", "--type", "COMPLAINT", "--subject", "网银转账失败");
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).contains("投诉").contains("须在");
        Outcome bad = run("--lang", "en", "service-request", "add", "--user", "rm.wang", "--role", "RM", "--rm", "RM01", "--customer",
                customerOf("RM01"), "--channel", "FAX", "--type", "REPAIR", "--subject", "x");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("channel: expected one of HOTLINE, ONLINE_CHAT, EMAIL, BRANCH, found 'FAX'");
        Path csv = home.resolve("requests.csv");
        Files.writeString(csv, "externalRef,customerId,channel,type,subject,description,createdAt\nCC-9," + customerOf("RM02")
                + ",EMAIL,CONSULTATION,咨询利率,,\n", StandardCharsets.UTF_8);
        assertThat(run("service-request", "import", csv.toString()).out()).contains("新增 1 条，已存在 0 条");
        assertThat(run("service-request", "import", csv.toString()).out()).contains("新增 0 条，已存在 1 条");
        Outcome list = run("--lang", "en", "service-request", "list");
        assertThat(list.out()).contains("2 requests").contains("Complaint").contains("Consultation");
    }

    @Test
    @Order(3)
    void aCampaignIsCreatedAndReported() {
        Outcome created = run("campaign", "create", "--user", "mkt.chen", "--role", "ANALYST", "--name", "理财沙龙", "--kind", "EVENT",
                "--customers", customerOf("RM01") + "," + customerOf("RM02"), "--from", "2026-10-01", "--to", "2026-10-31", "--cost", "500");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("邀请 2 位客户");
        Outcome report = run("--lang", "en", "campaign", "report", "1");
        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out()).contains("no reply yet 2").contains("response rate 0.0%").contains("return on cost -100.0%");
    }

    /** The first customer of an RM in the generated data. */
    private static String customerOf(String rm) {
        Outcome tasks = run("tasks", "list", "--of-rm", rm, "--size", "1");
        return tasks.out().lines().findFirst().orElseThrow().strip().split("\\s+")[2];
    }
}
