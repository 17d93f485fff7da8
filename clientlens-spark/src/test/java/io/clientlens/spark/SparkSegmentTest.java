package io.clientlens.spark;

import io.clientlens.batch.json.Json;
import io.clientlens.batch.Progress;
import io.clientlens.batch.aml.FileMonitoring;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.rules.SegmentRulesYaml;
import io.clientlens.batch.segment.PreparedProfiles;
import io.clientlens.batch.segment.SegmentInput;
import io.clientlens.batch.segment.SegmentRequest;
import io.clientlens.batch.segment.SegmentRun;
import io.clientlens.batch.segment.SegmentRunner;
import io.clientlens.batch.segment.TransactionsParquet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * segment on Spark (local[2]) and segment on DuckDB give identical rows for every customer of a generated
 * base with profiles, loans, cards, holdings, assessments, a needs register and the bank's own
 * contributions, with custom segments: the same Parquet columns and values, the same JSON Lines
 * documents, the same summary counts. One SparkSession for the whole class; small data.
 */
class SparkSegmentTest {
    private static final String RULES = """
            version: 7
            segments:
              - name: affluent-active
                label: {zh: 活跃贵宾, en: Active affluent}
                priority: 1
                expression: 'dimensions.aumTier != "MASS" && features.activityCount365 > 10'
              - name: top-contributors
                label: {zh: 高贡献, en: Top contributors}
                priority: 2
                expression: 'dimensions.contributionClass == "A"'
            """;

    private static SparkSession spark;

    @TempDir
    static Path tmp;
    private static Path base;

    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.session("clientlens-test");
        base = LocalSpark.generatedBase(tmp.resolve("base"), 240, 20261206L);
        // a prospect: a profile without accounts, so without any product held
        Files.writeString(base.resolve("customers.jsonl"), "{\"customerId\":\"P000001\",\"name\":\"王芳\",\"gender\":\"F\","
                + "\"birthDate\":\"1990-05-01\"}\n", java.nio.file.StandardOpenOption.APPEND);
        StringBuilder csv = new StringBuilder("customerId,contribution\n");
        List<String> ids = Files.readAllLines(base.resolve("customers.jsonl")).stream()
                .map(l -> (String) Json.read(l).get("customerId")).toList();
        for (int i = 0; i < ids.size(); i += 4) {
            csv.append(ids.get(i)).append(',').append(((i * 7919L) % 300_000) - 40_000).append(i == 8 ? ".125" : ".50").append('\n');
        }
        Files.writeString(base.resolve("contributions.csv"), csv.toString());
        Files.writeString(base.resolve("needs.csv"), "needId,customerId,area,status,identifiedOn,closedOn\n"
                + "1," + ids.get(1) + ",FAMILY_PROTECTION,REVIEWED,2026-02-01,\n"
                + "2," + ids.get(1) + ",EDUCATION_AND_RETIREMENT,MET,2026-03-01,2026-09-01\n"
                + "3," + ids.get(2) + ",INVESTMENT,IDENTIFIED,2026-05-01,\n");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkAndDuckDbGiveIdenticalRowsDocumentsAndCounts() throws IOException {
        assertThat(Files.readAllLines(base.resolve("loans.csv"))).hasSizeGreaterThan(5);
        assertThat(Files.readAllLines(base.resolve("cards.csv"))).hasSizeGreaterThan(5);
        assertThat(Files.readAllLines(base.resolve("holdings.csv"))).hasSizeGreaterThan(5);
        assertThat(Files.readAllLines(base.resolve("assessments.csv"))).hasSizeGreaterThan(5);
        Path duckOut = tmp.resolve("duck");
        SegmentRun duck = new SegmentRunner(new SegmentRequest(base, null, duckOut, PolicyYaml.defaults(),
                SegmentRulesYaml.parse(RULES, "rules"), null, 2, null)
                .withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        Path sparkOut = tmp.resolve("spark");
        Path home = tmp.resolve("home");
        List<String> phases = new java.util.ArrayList<>();
        SegmentRun run = new SparkSegmentRunner(new SparkSegmentRequest(base.toString(), null, sparkOut.toString(), null,
                RULES, home, true), spark).run(phases::add);

        assertThat(phases).containsExactly("inputs", "features", "classify", "monitoring", "counts");
        assertThat(run.asOf()).isEqualTo(duck.asOf());
        assertThat(run.customers()).isEqualTo(241);
        assertSameRows(duckOut, sparkOut);
        assertThat(documents(sparkOut)).isEqualTo(documents(duckOut));
        assertThat(run.counts()).isEqualTo(duck.counts());
        assertThat(run.segments()).isEqualTo(duck.segments()).containsKeys("affluent-active", "top-contributors");
        assertThat(run.inputFingerprint()).isEqualTo(duck.inputFingerprint());
        assertThat(Files.readString(sparkOut.resolve(SegmentRunner.SUMMARY)).replace(run.id(), "ID"))
                .isEqualTo(Files.readString(duckOut.resolve(SegmentRunner.SUMMARY)).replace(duck.id(), "ID"));
        assertThat(SegmentRun.read(sparkOut.resolve(SegmentRun.FILE))).isEqualTo(run);
        assertThat(home.resolve("segment-runs").resolve(run.id() + ".json")).exists();
        // the imported contributions are used on both engines
        assertThat(spark.read().parquet(sparkOut.resolve(SegmentRunner.PARQUET).toString())
                .where("customerId = '" + documents(duckOut).keySet().iterator().next() + "'").first().<java.math.BigDecimal>getAs("contribution"))
                .isNotNull();
    }

    @Test
    void transactionsFromParquetAtAnEarlierAsOfGiveTheSameRowsAndAlerts() throws IOException {
        Path copy = tmp.resolve("parquet-base");
        Files.createDirectories(copy);
        try (var files = Files.list(base)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        TransactionsParquet.convert(copy, true);
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Path duckOut = tmp.resolve("duck-parquet");
        new SegmentRunner(new SegmentRequest(copy, asOf, duckOut, PolicyYaml.defaults(), null, null, 2, null)).run(Progress.NONE);
        Path sparkOut = tmp.resolve("spark-parquet");
        SegmentRun run = new SparkSegmentRunner(new SparkSegmentRequest(copy.toString(), asOf, sparkOut.toString(), null,
                null, null, false), spark).run();
        assertThat(run.asOf()).isEqualTo("2026-06-30");
        assertSameRows(duckOut, sparkOut);
        // transaction monitoring reads the counterparties and transaction ids from the Parquet file too
        assertThat(Files.readString(sparkOut.resolve(FileMonitoring.ALERTS)))
                .isNotEmpty().isEqualTo(Files.readString(duckOut.resolve(FileMonitoring.ALERTS)));
        assertThat(sparkOut.resolve(SegmentRunner.JSONL)).doesNotExist();
    }

    /**
     * A prepared directory's profiles are read as columns: with customers.jsonl removed, nothing is left to parse, and
     * the rows, documents and alerts (PROFILE_MISMATCH reads the profiles) equal the local engine's from the documents.
     */
    @Test
    void preparedProfilesAloneGiveTheSameRowsDocumentsAndAlertsAsTheDocuments() throws IOException {
        Path prepared = copyOfBase("prepared");
        assertThat(PreparedProfiles.prepare(prepared, 2)).isEqualTo(241);
        Files.delete(prepared.resolve(SegmentInput.CUSTOMERS));
        Path duckOut = tmp.resolve("duck-documents");
        new SegmentRunner(new SegmentRequest(base, null, duckOut, PolicyYaml.defaults(), SegmentRulesYaml.parse(RULES, "rules"),
                null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        Path sparkOut = tmp.resolve("spark-prepared");
        SegmentRun run = new SparkSegmentRunner(new SparkSegmentRequest(prepared.toString(), null, sparkOut.toString(), null,
                RULES, null, true), spark).run();

        assertThat(run.customers()).isEqualTo(241);
        assertSameRows(duckOut, sparkOut);
        assertThat(documents(sparkOut)).isEqualTo(documents(duckOut));
        assertThat(Files.readString(sparkOut.resolve(FileMonitoring.ALERTS)))
                .contains("PROFILE_MISMATCH").isEqualTo(Files.readString(duckOut.resolve(FileMonitoring.ALERTS)));
    }

    @Test
    void preparedProfilesThatAreStaleOrFromAnEarlierVersionStopTheRunSayingToPrepareAgain() throws IOException {
        Path stale = copyOfBase("stale");
        PreparedProfiles.prepare(stale, 2);
        Files.setLastModifiedTime(stale.resolve(SegmentInput.CUSTOMERS), FileTime.from(Instant.now().plusSeconds(60)));
        assertThatThrownBy(() -> new SparkSegmentRunner(new SparkSegmentRequest(stale.toString(), null,
                tmp.resolve("stale-out").toString(), null, null, null, false), spark).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customers.jsonl was changed after")
                .hasMessageContaining("客户资料在列式文件生成之后被修改")
                .hasMessageContaining("'segment prepare --input " + stale + "' again");

        Path older = copyOfBase("older");
        PreparedProfiles.prepare(older, 2);
        Path full = older.resolve(PreparedProfiles.FILE);
        Path withoutScope = tmp.resolve("older-profiles");
        spark.read().parquet(full.toString()).drop("business_scope").write().parquet(withoutScope.toString());
        Files.delete(full);
        Files.move(withoutScope, full);
        Files.delete(older.resolve(SegmentInput.CUSTOMERS));
        assertThatThrownBy(() -> new SparkSegmentRunner(new SparkSegmentRequest(older.toString(), null,
                tmp.resolve("older-out").toString(), null, null, null, false), spark).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no column business_scope: it was prepared by an earlier version")
                .hasMessageContaining("列式客户资料缺少列 business_scope");
    }

    @Test
    void aContributionForAnUnknownCustomerStopsTheRunNamingIt() throws IOException {
        Path bad = copyOfBase("bad");
        Files.writeString(bad.resolve("contributions.csv"), "customerId,contribution\nNOBODY,12.00\n");
        assertThatThrownBy(() -> new SparkSegmentRunner(new SparkSegmentRequest(bad.toString(), null,
                tmp.resolve("bad-out").toString(), null, null, null, false), spark).run())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customer 'NOBODY'");
    }

    @Test
    void aTransactionWithAnUnknownChannelStopsTheRunNamingIt() throws IOException {
        Path bad = copyOfBase("bad-channel");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(bad.resolve("transactions.csv")));
        int last = lines.size() - 1;
        String[] cells = lines.get(last).split(",", -1);
        cells[11] = "ATM";
        lines.set(last, String.join(",", cells));
        Files.write(bad.resolve("transactions.csv"), lines);
        assertThatThrownBy(() -> new SparkSegmentRunner(new SparkSegmentRequest(bad.toString(), null,
                tmp.resolve("bad-channel-out").toString(), null, null, null, false), spark).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transaction " + cells[0] + ": channel \"ATM\" is not one of CASH, TRANSFER, CARD")
                .hasMessageContaining("交易渠道应为");
    }

    private static Path copyOfBase(String name) throws IOException {
        Path copy = tmp.resolve(name);
        Files.createDirectories(copy);
        try (var files = Files.list(base)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static void assertSameRows(Path duckOut, Path sparkOut) {
        Dataset<Row> duck = spark.read().parquet(duckOut.resolve(SegmentRunner.PARQUET).toString());
        Dataset<Row> sparked = spark.read().parquet(sparkOut.resolve(SegmentRunner.PARQUET).toString());
        assertThat(Files.isRegularFile(sparkOut.resolve(SegmentRunner.PARQUET))).as("one Parquet file").isTrue();
        assertThat(Arrays.stream(sparked.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList())
                .isEqualTo(Arrays.stream(duck.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList());
        Map<String, String> expected = rows(duck);
        Map<String, String> actual = rows(sparked);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, row) -> assertThat(actual.get(id)).as("row of %s", id).isEqualTo(row));
    }

    private static Map<String, String> rows(Dataset<Row> results) {
        Map<String, String> rows = new LinkedHashMap<>();
        String[] names = Arrays.stream(results.schema().fields()).map(StructField::name).toArray(String[]::new);
        for (Row r : results.orderBy("customerId").collectAsList()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                text.append(names[i]).append('=').append(r.isNullAt(i) ? "null" : String.valueOf(r.get(i))).append("; ");
            }
            rows.put(r.getString(0), text.toString());
        }
        return rows;
    }

    private static Map<String, Map<String, Object>> documents(Path out) throws IOException {
        Map<String, Map<String, Object>> docs = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(out.resolve(SegmentRunner.JSONL))) {
            Map<String, Object> doc = Json.read(line);
            docs.put((String) doc.get("customerId"), doc);
        }
        return docs;
    }
}
