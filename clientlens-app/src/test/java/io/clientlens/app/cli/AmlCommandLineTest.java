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
}
