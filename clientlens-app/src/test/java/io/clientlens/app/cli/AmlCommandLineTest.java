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

/** `aml monitor` and `aml alerts` as a compliance officer uses them, on a generated base with planted typologies. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AmlCommandLineTest {

    @TempDir
    static Path home;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    @Order(1)
    void monitorsTheDatabaseAndListsTheAlertsAsTextAndJsonLines() throws IOException {
        assertThat(run("generate", "--customers", "150", "--seed", "7").status()).isZero();
        assertThat(Files.readAllLines(home.resolve("aml-truth.csv"))).first().isEqualTo("customerId,rule,from,to");

        Outcome monitored = run("--lang", "en", "aml", "monitor");
        assertThat(monitored.status()).as(monitored.err()).isZero();
        assertThat(monitored.out()).contains("as of 2026-09-30").contains("New alerts ").contains("STRUCTURING")
                .contains("Rapid in and out");

        Outcome jsonl = run("aml", "alerts", "--format", "jsonl");
        assertThat(jsonl.status()).as(jsonl.err()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"customerId\":\"")
                .contains("\"rule\":\"").contains("\"from\":\"").contains("\"to\":\"").contains("\"amount\":")
                .contains("\"accounts\":[").contains("\"transactions\":["));

        String truthLine = Files.readAllLines(home.resolve("aml-truth.csv")).get(1);
        String planted = truthLine.substring(0, truthLine.indexOf(','));
        Outcome one = run("aml", "alerts", "--customer", planted);
        assertThat(one.status()).isZero();
        assertThat(one.out()).contains(planted).contains("大额现金").contains("分数").doesNotContain("\"customerId\"");
    }

    @Test
    @Order(2)
    void aSecondRunRaisesNothingNew() {
        Outcome again = run("--lang", "en", "aml", "monitor");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("New alerts 0 (already raised, not raised again: ");
    }

    @Test
    @Order(3)
    void monitoringTheSameBaseAsFilesGivesTheSameAlertsLineForLine() throws IOException {
        Path files = home.resolve("files");
        assertThat(run("generate", "--customers", "150", "--seed", "7", "--out", files.toString()).status()).isZero();
        Outcome fromFiles = run("aml", "monitor", "--input", files.toString(), "--out", home.resolve("alerts").toString());
        assertThat(fromFiles.status()).as(fromFiles.err()).isZero();

        List<String> db = run("aml", "alerts", "--format", "jsonl").out().lines().toList();
        assertThat(Files.readAllLines(home.resolve("alerts").resolve("alerts.jsonl"), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(db);
        assertThat(Files.readAllLines(files.resolve("aml-truth.csv"))).isEqualTo(Files.readAllLines(home.resolve("aml-truth.csv")));
    }

    @Test
    @Order(4)
    void aBadFormatOrRuleIsRefusedNamingTheOption() {
        Outcome format = run("--lang", "en", "aml", "alerts", "--format", "xml");
        assertThat(format.status()).isNotZero();
        assertThat(format.err()).contains("--format").contains("text or jsonl");
        Outcome rule = run("--lang", "en", "aml", "alerts", "--rule", "BIG_CASH");
        assertThat(rule.status()).isNotZero();
        assertThat(rule.err()).contains("--rule").contains("LARGE_CASH");
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
    @Order(5)
    void casesAreListedShownAndDecidedWithFourEyesOnTheCommandLine() {
        Outcome cases = run("--lang", "en", "aml", "cases");
        assertThat(cases.status()).as(cases.err()).isZero();
        String first = cases.out().lines().filter(l -> l.startsWith("#")).findFirst().orElseThrow();
        String id = first.substring(1, first.indexOf(' '));
        assertThat(first).contains("Open").contains("due ").contains("alerts ");
        // in Chinese the status, rules and level by their names
        String inChinese = run("aml", "cases").out().lines().filter(l -> l.startsWith("#" + id + " ")).findFirst().orElseThrow();
        assertThat(inChinese).contains("待处理").contains("到期 ").contains("等级 ").doesNotContain("rating")
                .doesNotContainPattern("等级 (LOW|MEDIUM|HIGH)");

        assertThat(withStdin("compliance officer one\n", "user", "add", "comp.ann", "--role", "COMPLIANCE", "--password-stdin")
                .status()).isZero();
        assertThat(withStdin("compliance officer two\n", "user", "add", "comp.bob", "--role", "COMPLIANCE", "--password-stdin")
                .status()).isZero();
        assertThat(withStdin("relationship manager\n", "user", "add", "rm.li", "--role", "RM", "--branch", "BR001", "--rm-id",
                "RM01", "--password-stdin").status()).isZero();

        Outcome notCompliance = run("--lang", "en", "aml", "case", id, "--step", "START_REVIEW", "--user", "rm.li");
        assertThat(notCompliance.status()).isNotZero();
        assertThat(notCompliance.err()).contains("--user").contains("compliance user");

        Outcome proposed = run("--lang", "en", "aml", "case", id, "--step", "PROPOSE", "--decision", "REPORT_STR",
                "--opinion", "structured deposits", "--user", "comp.ann");
        assertThat(proposed.status()).as(proposed.err()).isZero();
        assertThat(proposed.out()).contains("Awaiting a second officer").contains("comp.ann  PROPOSE");

        Outcome self = run("--lang", "en", "aml", "case", id, "--step", "APPROVE", "--opinion", "ok", "--user", "comp.ann");
        assertThat(self.status()).isNotZero();
        assertThat(self.err()).contains("Four eyes");

        Outcome approved = run("--lang", "en", "aml", "case", id, "--step", "APPROVE", "--opinion", "agree", "--user", "comp.bob");
        assertThat(approved.status()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("Decided").contains("Report a suspicious transaction (STR)").contains("STR due ")
                .contains("comp.bob  APPROVE");

        Outcome bad = run("--lang", "en", "aml", "case", id, "--step", "CLOSE", "--user", "comp.bob");
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("--step");
        assertThat(run("--lang", "en", "aml", "cases", "--status", "DONE").err()).contains("--status");
    }

    @Test
    @Order(6)
    void aWatchListImportScreensEveryCustomerAndABadFileNamesTheLine() throws IOException {
        Path list = home.resolve("list.csv");
        Files.writeString(list, "listName,entityId,name,aliases,birthDate,registrationNumber\n"
                + "SANCTIONS,S-1,Somebody Unknown,,,\n", StandardCharsets.UTF_8);
        Outcome imported = run("--lang", "en", "watchlist", "import", list.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Lists SANCTIONS: entries 1; customers screened 150; new possible matches 0");

        Files.writeString(list, "listName,entityId,name,aliases,birthDate,registrationNumber\n"
                + "SANCTIONS,S-1,Somebody,,07/10/1952,\n", StandardCharsets.UTF_8);
        Outcome bad = run("--lang", "en", "watchlist", "import", list.toString());
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("list.csv line 2 birthDate: expected a date YYYY-MM-DD").doesNotContain("日期应为");
        Outcome badZh = run("watchlist", "import", list.toString());
        assertThat(badZh.err()).contains("list.csv line 2 birthDate：日期应为 YYYY-MM-DD，实为“07/10/1952”")
                .doesNotContain("expected a date");
    }
}
