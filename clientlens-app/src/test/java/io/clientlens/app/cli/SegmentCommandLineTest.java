package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file-based segmentation exactly as docs/SEGMENTS.md shows it: two runs over a generated layout, then
 * {@code segment diff A B --out FILE} (a run id and an output directory) and {@code segment export --run … --out …}.
 */
class SegmentCommandLineTest {
    @TempDir
    static Path home;
    static String firstRunId;
    static Outcome firstRun;
    static Outcome secondRun;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    @BeforeAll
    static void twoRuns() {
        Path data = home.resolve("data");
        Outcome generated = run("generate", "--customers", "60", "--seed", "7", "--out", data.toString());
        assertThat(generated.status()).as(generated.err()).isZero();
        Outcome first = run("--lang", "en", "segment", "--input", data.toString(), "--as-of", "2026-06-30",
                "--out", home.resolve("runs/2026-06").toString());
        assertThat(first.status()).as(first.err()).isZero();
        Matcher id = Pattern.compile("Run (\\S+)").matcher(first.out());
        assertThat(id.find()).as(first.out()).isTrue();
        firstRunId = id.group(1);
        firstRun = first;
        Outcome second = run("segment", "--input", data.toString(), "--as-of", "2026-09-30", "--out", home.resolve("runs/2026-09").toString());
        assertThat(second.status()).as(second.err()).isZero();
        secondRun = second;
    }

    @Test
    void theRunsSummaryNamesEachDimensionByItsLabelAndCountsEveryCustomer() {
        String zh = line(secondRun.out(), "客户类型");
        assertThat(zh).contains("个人客户");
        assertThat(counted(zh)).isEqualTo(60);
        assertThat(counted(line(secondRun.out(), "洗钱风险等级"))).isEqualTo(60);
        assertThat(secondRun.out()).doesNotContain("customerType").doesNotContain("{");

        String en = line(firstRun.out(), "Customer type");
        assertThat(en).contains("INDIVIDUAL");
        assertThat(counted(en)).isEqualTo(60);
    }

    private static String line(String out, String label) {
        return out.lines().filter(l -> l.startsWith(label + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + label + " in:\n" + out));
    }

    /** The sum of the counts on a summary line: "label  A 1,937  B 63". */
    private static long counted(String line) {
        Matcher m = Pattern.compile(" ([\\d,]+)(?=  |$)").matcher(line);
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1).replace(",", ""));
        }
        return sum;
    }

    @Test
    void byDefaultWritesParquetOnlyAndExplainRendersTheJsonLinesDocumentOfAPreparedRun() throws IOException {
        assertThat(home.resolve("runs/2026-09/classifications.parquet")).exists();
        assertThat(home.resolve("runs/2026-09/classifications.jsonl")).doesNotExist();

        Path data = home.resolve("data");
        Outcome prepared = run("--lang", "en", "segment", "prepare", "--input", data.toString());
        assertThat(prepared.status()).as(prepared.err()).isZero();
        assertThat(prepared.out()).contains("Prepared 60 customer profiles");
        assertThat(data.resolve("customers.parquet")).exists();
        Path out = home.resolve("runs/jsonl");
        Outcome both = run("segment", "--input", data.toString(), "--as-of", "2026-09-30", "--output", "parquet,jsonl",
                "--out", out.toString());
        assertThat(both.status()).as(both.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("classifications.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(60);
        String line = lines.get(7);
        String id = line.substring("{\"customerId\":\"".length(), line.indexOf('"', "{\"customerId\":\"".length()));
        Outcome explain = run("segment", "explain", out.toString(), id);
        assertThat(explain.status()).as(explain.err()).isZero();
        assertThat(explain.out().strip()).isEqualTo(line);

        Outcome wrong = run("--lang", "en", "segment", "--input", data.toString(), "--output", "csv", "--out", out.toString());
        assertThat(wrong.status()).isNotZero();
        assertThat(wrong.err()).contains("--output: expected parquet, jsonl or parquet,jsonl, was csv");
    }

    @Test
    void diffWritesTheMigrationMatrixOfARunIdAndAnOutputDirectory() throws IOException {
        Path csv = home.resolve("migration.csv");
        Outcome diff = run("--lang", "en", "segment", "diff", firstRunId, home.resolve("runs/2026-09").toString(), "--out", csv.toString());
        assertThat(diff.status()).as(diff.err()).isZero();
        assertThat(diff.err()).doesNotContain("Missing required options");
        assertThat(diff.out()).contains("aumTier:").contains("→").contains("Migration matrix written to " + csv);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.size()).isGreaterThan(1);
        assertThat(rows.get(0)).contains("dimension");
        assertThat(rows.stream().filter(r -> r.startsWith("aumTier,")).mapToLong(r -> Long.parseLong(r.substring(r.lastIndexOf(',') + 1))).sum())
                .isEqualTo(60);
    }

    @Test
    void exportWritesTheTargetListAsCsvAndXlsxMasked() throws IOException {
        Path csv = home.resolve("targets.csv");
        Outcome export = run("--lang", "en", "segment", "export", "--run", home.resolve("runs/2026-09").toString(),
                "--where", "dimensions.customerType == \"INDIVIDUAL\"", "--out", csv.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("Target customers: ").contains("written to " + csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isGreaterThan(1);
        assertThat(text).doesNotContainPattern("\\b1[3-9]\\d{9}\\b"); // mobiles masked
        // English headers (--lang en), the classes as their labels, never their codes
        assertThat(text).startsWith("\uFEFFCustomer id,Name,Resident ID,Mobile,Branch,Relationship manager,");
        text.lines().skip(1).forEach(l -> assertThat(List.of(l.split(",", -1)).subList(7, 11)).as(l)
                .noneMatch(c -> c.matches("[A-Z_]{2,}")));

        Path xlsx = home.resolve("targets.xlsx");
        Outcome excel = run("segment", "export", "--run", firstRunId, "--format", "xlsx", "--out", xlsx.toString());
        assertThat(excel.status()).as(excel.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(61);
        }
    }

    @Test
    void anUnmaskedExportIsWrittenWithTheByteOrderMarkAndRecordedInTheAuditTrail() throws IOException {
        Path csv = home.resolve("targets-clear.csv");
        Outcome export = run("--lang", "en", "segment", "export", "--run", firstRunId, "--unmasked", "--out", csv.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.err()).contains("this export is audited");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCustomer id,Name,Resident ID,Mobile,Branch,Relationship manager,Region,AUM tier")
                .contains("\r\n").containsPattern("\\b1[3-9]\\d{9}\\b");
        Outcome audit = run("--lang", "en", "audit", "list");
        assertThat(audit.status()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("Target list exported").contains("granted")
                .contains("segment-run:" + firstRunId.substring(0, 8));
    }

    @Test
    void segmentingStillNeedsInputAndOutAndSaysSoInBothLanguages() {
        Outcome en = run("--lang", "en", "segment", "--as-of", "2026-09-30");
        assertThat(en.status()).isEqualTo(2);
        assertThat(en.err()).contains("Missing required options: '--input=DIR', '--out=DIR'").contains("prepare, explain, diff, export");
        Outcome zh = run("segment", "--input", home.resolve("data").toString());
        assertThat(zh.status()).isEqualTo(2);
        assertThat(zh.err()).contains("缺少必需的选项：'--out=DIR'");
    }

    @Test
    void aWrongInputOrRulesFileIsExplainedInTheUsersLanguage() throws IOException {
        Path missing = home.resolve("no-such-data");
        Outcome zh = run("segment", "--input", missing.toString(), "--out", home.resolve("runs/y").toString());
        assertThat(zh.status()).isNotZero();
        assertThat(zh.err()).contains("--input " + missing + "：不是目录").doesNotContain("not a directory");
        Outcome en = run("--lang", "en", "segment", "--input", missing.toString(), "--out", home.resolve("runs/y").toString());
        assertThat(en.err()).contains("--input " + missing + ": not a directory").doesNotContain("不是目录");

        Path rules = home.resolve("wrong-rules.yaml");
        Files.writeString(rules, """
                version: r1
                segments:
                  - name: rich
                    label: {zh: 富裕}
                    colour: red
                    expression: "aum >= 1000000"
                  - name: typed
                    label: {zh: 类型, en: Typed}
                    expression: "aum + 1"
                """, StandardCharsets.UTF_8);
        Outcome rulesZh = run("segment", "--input", home.resolve("data").toString(), "--rules", rules.toString(),
                "--out", home.resolve("runs/y").toString());
        assertThat(rulesZh.status()).isNotZero();
        assertThat(rulesZh.err()).contains("客群“rich”（第 5 行）：未知的键“colour”，应为 expression、label、name、priority 之一",
                "客群“rich”（第 4 行）：label 须同时有 zh 与 en").doesNotContain("unknown key", "needs both");
        Outcome rulesEn = run("--lang", "en", "segment", "--input", home.resolve("data").toString(), "--rules", rules.toString(),
                "--out", home.resolve("runs/y").toString());
        assertThat(rulesEn.err()).contains("segment 'rich' (line 5): unknown key 'colour'", "segment 'rich' (line 4): 'label' needs both zh and en")
                .doesNotContain("客群");
        Files.writeString(rules, "version: r1\nsegments:\n  - name: typed\n    label: {zh: 类型, en: Typed}\n    expression: \"features.aum + 1.0\"\n",
                StandardCharsets.UTF_8);
        Outcome typed = run("segment", "--input", home.resolve("data").toString(), "--rules", rules.toString(),
                "--out", home.resolve("runs/y").toString());
        assertThat(typed.err()).contains(rules + "：客群“typed”", "表达式的结果须为真或假（true/false），实为 ");
        assertThat(home.resolve("runs/y")).doesNotExist();

        Path absent = home.resolve("absent-rules.yaml");
        assertThat(run("segment", "--input", home.resolve("data").toString(), "--rules", absent.toString(),
                "--out", home.resolve("runs/y").toString()).err()).contains("无法读取规则文件 " + absent);
        Files.write(rules, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 'x'});
        assertThat(run("segment", "--input", home.resolve("data").toString(), "--rules", rules.toString(),
                "--out", home.resolve("runs/y").toString()).err()).contains("文件不是 UTF-8 编码的文本");
    }

    @Test
    void explainingACustomerNotInTheRunSaysSoInTheUsersLanguage() {
        Outcome zh = run("segment", "explain", home.resolve("runs/2026-09").toString(), "NO-SUCH-CUSTOMER");
        assertThat(zh.status()).isNotZero();
        assertThat(zh.err()).contains("客户 NO-SUCH-CUSTOMER 不在运行 ").doesNotContain("is not in run");
        Outcome en = run("--lang", "en", "segment", "explain", "no-such-run", "C1");
        assertThat(en.err()).contains("no segment run 'no-such-run'");
        Outcome noRun = run("segment", "explain", "no-such-run", "C1");
        assertThat(noRun.err()).contains("没有分群运行“no-such-run”");
    }

    @Test
    void theEngineIsDuckDbUnlessSparkIsNamedAndMasterNeedsSpark() {
        Outcome unknown = run("--lang", "en", "segment", "--engine", "flink", "--input", home.resolve("data").toString(),
                "--out", home.resolve("runs/x").toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--engine: expected duckdb or spark, was flink");
        Outcome master = run("segment", "--master", "local[2]", "--input", home.resolve("data").toString(),
                "--out", home.resolve("runs/x").toString());
        assertThat(master.status()).isEqualTo(2);
        assertThat(master.err()).contains("--master 仅用于 --engine spark");
        assertThat(home.resolve("runs/x")).doesNotExist();
    }
}
