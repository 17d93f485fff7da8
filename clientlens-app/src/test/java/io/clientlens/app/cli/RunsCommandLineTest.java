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

/** {@code runs list} and {@code runs delete} as an operator uses them, each call a separate command on its own home. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunsCommandLineTest {

    @TempDir
    static Path home;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    @Order(1)
    void listsTheRunsNewestFirstAndSaysWhichAreAlwaysKept() {
        assertThat(run("generate", "--customers", "60", "--seed", "7").status()).isZero();
        for (String asOf : new String[] {"2026-07-31", "2026-08-31", "2026-09-30"}) {
            Outcome classified = run("classify", "--as-of", asOf);
            assertThat(classified.status()).as(classified.err()).isZero();
        }

        Outcome listed = run("--lang", "en", "runs", "list");

        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).containsSubsequence("3      done     2026-09-30", "2      done     2026-08-31",
                "1      done     2026-07-31").contains("MB").contains("The two latest completed runs are always kept: 3, 2");
        Outcome inChinese = run("runs", "list");
        assertThat(inChinese.out()).contains("已完成").contains("最新两次已完成的运行总是保留：3, 2");
        // the columns line up on a terminal, where a Chinese character takes two columns
        List<String> lines = inChinese.out().lines().toList();
        assertThat(column(lines.get(1), "2026-09-30")).isEqualTo(column(lines.get(0), "评估日"));
        assertThat(column(lines.get(1), "v1")).isEqualTo(column(lines.get(0), "政策"));
    }

    /** Where {@code text} starts in {@code line} as a terminal shows it. */
    private static int column(String line, String text) {
        return CliRun.displayWidth(line.substring(0, line.indexOf(text)));
    }

    @Test
    @Order(2)
    void refusesBadChoicesInChineseAndEnglishWithoutDeletingAnything() {
        assertRefused("请给出 --keep N、--before YYYY-MM-DD、--run N 三者之一", "give exactly one of", "runs", "delete");
        assertRefused("三者之一", "(2 given)", "runs", "delete", "--keep", "2", "--run", "1");
        assertRefused("--keep：应为不小于 2 的整数，实为 0", "--keep: expected a whole number of at least 2, was 0", "runs", "delete", "--keep", "0");
        assertRefused("--before：应为日期 YYYY-MM-DD",
                "--before: expected a date YYYY-MM-DD (runs with an earlier as-of date are deleted), was '2026-02-30'", "runs", "delete", "--before", "2026-02-30");
        assertRefused("--run 999：没有编号为 999 的分类运行",
                "--run 999: there is no classification run with this number", "runs", "delete", "--run", "999");
        assertRefused("--run 3：运行 3 是最新两次已完成的运行之一，总是保留",
                "run 3 is one of the two latest completed runs, which are always kept", "runs", "delete", "--run", "3", "--yes");
        assertRefused("--run：应为运行编号", "expected a run number", "runs", "delete", "--run", "abc");
        assertThat(run("--lang", "en", "runs", "list").out()).contains("1      done");
    }

    @Test
    @Order(3)
    void showsWhatItWouldDeleteUnlessTold() {
        Outcome dry = run("--lang", "en", "runs", "delete", "--keep", "2");

        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Runs to delete: 1").contains("1      done     2026-07-31")
                .contains("Completed runs kept: 3, 2").contains("Dry run: nothing was deleted. Add --yes to delete.");
        assertThat(run("--lang", "en", "runs", "list").out()).contains("1      done");
    }

    @Test
    @Order(4)
    void deletesTheOlderRunsAndEverythingStillReadsTheKeptOnes() throws IOException {
        Outcome deleted = run("runs", "delete", "--keep", "2", "--yes", "--reason", "每月清理 monthly clean-up");

        assertThat(deleted.status()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("已删除运行 1：分类结果 60 行").contains("清理完成").contains("VACUUM FULL");
        assertThat(run("--lang", "en", "runs", "list").out()).doesNotContain("2026-07-31").contains("2      done");
        assertThat(run("show", "C000001").out()).contains("资产层级");
        Path file = home.resolve("out/kept.jsonl");
        assertThat(run("export", "classifications", "--run", "2", "--out", file.toString()).status()).isZero();
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(60);
        assertThat(run("--lang", "en", "export", "classifications", "--run", "1", "--out", file.toString()).err())
                .contains("--run 1: no completed classification run has this number");

        Outcome audit = run("audit", "list", "--format", "jsonl");
        assertThat(audit.out()).contains("\"kind\":\"RUN_DELETED\"").contains("\"subject\":\"classification-run:1\"")
                .contains("\"classificationRows\":60").contains("\"reason\":\"每月清理 monthly clean-up\"")
                .contains("\"selection\":\"--keep 2\"").contains("\"role\":\"OPERATOR\"");
        assertThat(run("--lang", "en", "runs", "delete", "--keep", "2").out()).contains("No runs to delete.");
    }

    /** One line in the chosen language (Chinese by default): no stack trace, no SQL, no path of the server's files. */
    private static void assertRefused(String zh, String en, String... args) {
        Outcome chinese = run(args);
        String[] inEnglish = new String[args.length + 2];
        inEnglish[0] = "--lang";
        inEnglish[1] = "en";
        System.arraycopy(args, 0, inEnglish, 2, args.length);
        Outcome english = run(inEnglish);
        for (Outcome outcome : new Outcome[]{chinese, english}) {
            assertThat(outcome.status()).isNotZero();
            assertThat(outcome.err()).doesNotContain("Exception").doesNotContain("select ")
                    .doesNotContain(home.toString()).doesNotContain("\tat ");
        }
        assertThat(chinese.err()).contains(zh).doesNotContain(en);
        assertThat(english.err()).contains(en).doesNotContain(zh);
    }
}
