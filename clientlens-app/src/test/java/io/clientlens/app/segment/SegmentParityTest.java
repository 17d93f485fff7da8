package io.clientlens.app.segment;

import io.clientlens.batch.json.Json;
import io.clientlens.app.classify.ClassificationExport;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.classify.RunSummary;
import io.clientlens.app.importing.Contributions;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.segment.SegmentRequest;
import io.clientlens.batch.segment.SegmentRun;
import io.clientlens.batch.segment.SegmentRunner;
import io.clientlens.app.profile.ProfileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database path (import, classify, export) and the file path (segment over the same Berka
 * directory) agree on every customer's codes, features and AUM reasons (in Czech crowns), at the default
 * as-of and at an earlier one.
 */
class SegmentParityTest extends PostgresTest {
    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    ClassificationExport export;
    @Autowired
    Contributions contributions;

    @TempDir
    Path tmp;

    @Test
    void segmentAndTheDatabasePathGiveTheSameCodesAndFeaturesForEveryBerkaClient() throws IOException {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(1993, 12, 31)}) {
            RunSummary db = runs.run(asOf, Progress.NONE);
            Path exported = tmp.resolve("db-" + db.runId() + ".jsonl");
            export.write(db.runId(), ClassificationExport.Format.JSONL, exported);
            Path out = tmp.resolve("segment-" + db.runId());
            SegmentRun run = new SegmentRunner(new SegmentRequest(BerkaData.dir(), asOf, out, PolicyYaml.defaults(),
                    null, null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);

            assertThat(run.asOf()).isEqualTo(db.asOf().toString());
            Map<String, Map<String, Object>> fromDb = byCustomer(exported);
            Map<String, Map<String, Object>> fromFiles = byCustomer(out.resolve(SegmentRunner.JSONL));
            assertThat(fromFiles).hasSize(5_369);
            assertThat(fromFiles.keySet()).isEqualTo(fromDb.keySet());
            fromDb.forEach((id, doc) -> {
                Map<String, Object> other = fromFiles.get(id);
                assertThat(other.get("features")).as("features of %s", id).isEqualTo(doc.get("features"));
                assertThat(codes(other)).as("codes of %s", id).isEqualTo(codes(doc));
                // Reasons with amounts read the same on both paths, in the data's currency (CZK).
                assertThat(reasons(other, "aumTier")).as("AUM reasons of %s", id).isEqualTo(reasons(doc, "aumTier"));
            });
            assertThat(fromDb.values()).filteredOn(doc -> "CUSTOMER".equals(codes(doc).get("relationship")))
                    .isNotEmpty().allSatisfy(doc -> assertThat(reasons(doc, "aumTier").toString()).contains(" CZK")
                            .contains(" 克朗").doesNotContain("CNY").doesNotContain("元"));
        }
    }

    /**
     * A generated base has what Berka lacks (profiles, corporate customers, holdings of wealth
     * products, funds and insurance): both paths give every customer the same document, reasons included.
     */
    @Test
    void segmentAndTheDatabasePathGiveTheSameDocumentForEveryGeneratedCustomer() throws IOException {
        GeneratorSettings settings = GeneratorSettings.demo(300);
        imports.load(sink -> new CustomerBaseGenerator(settings).generate(sink));
        Path input = tmp.resolve("generated");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(input, ProfileJson::writeLine)) {
            new CustomerBaseGenerator(settings).generate(writer);
        }
        RunSummary db = runs.run(null, Progress.NONE);
        Path exported = tmp.resolve("db-generated.jsonl");
        export.write(db.runId(), ClassificationExport.Format.JSONL, exported);
        Path out = tmp.resolve("segment-generated");
        new SegmentRunner(new SegmentRequest(input, null, out, PolicyYaml.defaults(), null, null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);

        Map<String, Map<String, Object>> fromDb = byCustomer(exported);
        Map<String, Map<String, Object>> fromFiles = byCustomer(out.resolve(SegmentRunner.JSONL));
        assertThat(fromFiles).hasSize(300);
        assertThat(fromFiles.keySet()).isEqualTo(fromDb.keySet());
        fromDb.forEach((id, doc) -> {
            Map<String, Object> other = new LinkedHashMap<>(fromFiles.get(id));
            assertThat(other.remove("segments")).as("custom segments of %s (no rules given)", id).isEqualTo(java.util.List.of());
            assertThat(other).as("document of %s", id).isEqualTo(doc);
        });
        // the data exercise what this test is for
        assertThat(fromDb.values()).anyMatch(doc -> ((Number) ((Map<?, ?>) doc.get("features")).get("investmentDaysAtBank")).longValue() > 365);
        assertThat(fromDb.values()).anyMatch(doc -> "CORPORATE".equals(codes(doc).get("customerType")));
    }

    /**
     * The same on the generated base with its questionnaire assessments, and a needs register in
     * the database and in needs.csv: every dimension, the assessment ones and the seed schemes
     * included, at the default as-of and at an earlier one.
     */
    @Test
    void segmentAndTheDatabasePathAgreeOnTheGeneratedBaseWithAssessmentsAndNeeds() throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(400, 20260930L, LocalDate.of(2026, 9, 30));
        imports.load(new CustomerBaseGenerator(settings)::generate);
        Path files = tmp.resolve("generated");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(files, ProfileDocuments::toJson)) {
            new CustomerBaseGenerator(settings).generate(writer);
        }
        long assessments = jdbc.queryForObject("select count(*) from assessment", Long.class);
        assertThat(assessments).isGreaterThan(300);
        assertThat(Files.readAllLines(files.resolve("assessments.csv"))).hasSize((int) assessments + 1);
        // C000001 and C000002: needs of the register, one closed before the earlier as-of, one after it
        jdbc.update("""
                insert into need (need_id, customer_id, title, area, expectation, voice, nature, source, importance, urgency,
                                  status, identified_by, created_at)
                values (9001, 'C000001', '重疾保障', 'FAMILY_PROTECTION', 'BASIC', 'STATED', 'EXPLICIT', 'INTERVIEW', 4, 4,
                        'REVIEWED', 'li', '2026-02-01 10:00:00+08'),
                       (9002, 'C000001', '养老规划', 'EDUCATION_AND_RETIREMENT', 'EXPECTED', 'STATED', 'EXPLICIT', 'INTERVIEW', 3, 3,
                        'MET', 'li', '2026-03-01 10:00:00+08'),
                       (9003, 'C000002', '子女教育金', 'EDUCATION_AND_RETIREMENT', 'BASIC', 'STATED', 'EXPLICIT', 'INTERVIEW', 3, 3,
                        'DECLINED', 'li', '2026-01-10 10:00:00+08')""");
        jdbc.update("""
                insert into need_event (need_id, from_status, to_status, actor, actor_role, at)
                values (9002, 'ACCEPTED', 'MET', 'li', 'RM', '2026-09-01 10:00:00+08'),
                       (9003, 'REVIEWED', 'DECLINED', 'li', 'RM', '2026-04-01 10:00:00+08')""");
        Files.writeString(files.resolve("needs.csv"), """
                needId,customerId,area,status,identifiedOn,closedOn
                9001,C000001,FAMILY_PROTECTION,REVIEWED,2026-02-01,
                9002,C000001,EDUCATION_AND_RETIREMENT,MET,2026-03-01,2026-09-01
                9003,C000002,EDUCATION_AND_RETIREMENT,DECLINED,2026-01-10,2026-04-01
                """);
        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2026, 6, 30)}) {
            RunSummary db = runs.run(asOf, Progress.NONE);
            Path exported = tmp.resolve("generated-db-" + db.runId() + ".jsonl");
            export.write(db.runId(), ClassificationExport.Format.JSONL, exported);
            Path out = tmp.resolve("generated-segment-" + db.runId());
            new SegmentRunner(new SegmentRequest(files, asOf, out, PolicyYaml.defaults(), null, null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);

            Map<String, Map<String, Object>> fromDb = byCustomer(exported);
            Map<String, Map<String, Object>> fromFiles = byCustomer(out.resolve(SegmentRunner.JSONL));
            assertThat(fromFiles.keySet()).isEqualTo(fromDb.keySet()).hasSize(400);
            fromDb.forEach((id, doc) -> {
                Map<String, Object> other = fromFiles.get(id);
                assertThat(other.get("features")).as("features of %s", id).isEqualTo(doc.get("features"));
                assertThat(other.get("dimensions")).as("dimensions of %s", id).isEqualTo(doc.get("dimensions"));
            });
            Map<String, Long> riskLevels = db.counts().get("riskLevel");
            assertThat(riskLevels.keySet()).as("risk levels at %s", db.asOf()).contains("UNKNOWN", "C2", "C3", "C4");
            assertThat(db.counts().get("geoZone")).containsKeys("NORTH", "SOUTH");
            assertThat(db.counts().get("clvClass")).containsKeys("HIGH", "MEDIUM", "LOW");
            assertThat(db.counts().get("demand")).containsKeys("HIGH", "LATENT", "LOW");
        }
    }

    /**
     * One feature definition on both engines: on a generated base with loans, cards, holdings,
     * profiles and the bank's own profit figures for a third of the customers (imported into the
     * database with import contributions, given to segment as contributions.csv), both paths give
     * every customer the same features and codes, and the imported figure is the contribution the
     * 80/20 classification ranks.
     */
    @Test
    void bothPathsUseTheImportedContributionsAndAgreeOnEveryFeature() throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(300, 20261206L, LocalDate.of(2026, 9, 30));
        imports.load(new CustomerBaseGenerator(settings)::generate);
        Path files = tmp.resolve("generated-contributions");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(files, ProfileDocuments::toJson)) {
            new CustomerBaseGenerator(settings).generate(writer);
        }
        for (String table : new String[] {"loan", "card", "holding"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isGreaterThan(10);
        }
        // every third customer: figures far from the estimate, negative ones, and one given to the tenth of a fen
        StringBuilder csv = new StringBuilder("customerId,contribution\n");
        Map<String, java.math.BigDecimal> given = new LinkedHashMap<>();
        java.util.List<String> ids = jdbc.queryForList("select customer_id from customer order by customer_id", String.class);
        for (int i = 0; i < ids.size(); i += 3) {
            java.math.BigDecimal amount = new java.math.BigDecimal(((i * 7919L) % 400_000) - 50_000 + (i == 3 ? ".125" : ".37"));
            given.put(ids.get(i), amount.setScale(2, java.math.RoundingMode.HALF_UP));
            csv.append(ids.get(i)).append(',').append(amount.toPlainString()).append('\n');
        }
        Files.writeString(files.resolve("contributions.csv"), csv.toString());
        assertThat(contributions.load(files.resolve("contributions.csv"), true).issues()).isEmpty();

        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2026, 3, 31)}) {
            RunSummary db = runs.run(asOf, Progress.NONE);
            Path exported = tmp.resolve("contributions-db-" + db.runId() + ".jsonl");
            export.write(db.runId(), ClassificationExport.Format.JSONL, exported);
            Path out = tmp.resolve("contributions-segment-" + db.runId());
            new SegmentRunner(new SegmentRequest(files, asOf, out, PolicyYaml.defaults(), null, null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);

            Map<String, Map<String, Object>> fromDb = byCustomer(exported);
            Map<String, Map<String, Object>> fromFiles = byCustomer(out.resolve(SegmentRunner.JSONL));
            assertThat(fromFiles.keySet()).isEqualTo(fromDb.keySet()).hasSize(300);
            fromDb.forEach((id, doc) -> {
                Map<String, Object> other = fromFiles.get(id);
                assertThat(other.get("features")).as("features of %s at %s", id, db.asOf()).isEqualTo(doc.get("features"));
                assertThat(codes(other)).as("codes of %s at %s", id, db.asOf()).isEqualTo(codes(doc));
                assertThat(reasons(other, "contributionClass")).as("contribution reasons of %s", id)
                        .isEqualTo(reasons(doc, "contributionClass"));
            });
            given.forEach((id, amount) -> assertThat(new java.math.BigDecimal(String.valueOf(
                    ((Map<?, ?>) fromFiles.get(id).get("features")).get("contribution"))))
                    .as("segment's contribution of %s", id).isEqualByComparingTo(amount));
            assertThat(fromDb.values()).anyMatch(doc -> ((java.util.List<?>) ((Map<?, ?>) doc.get("features"))
                    .get("productTypesHeld")).containsAll(java.util.List.of("LOAN", "CARD")));
        }
    }

    private static Map<String, Map<String, Object>> byCustomer(Path jsonl) throws IOException {
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            Map<String, Object> doc = Json.read(line);
            docs.put((String) doc.get("customerId"), doc);
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static Object reasons(Map<String, Object> doc, String dimension) {
        return ((Map<String, Map<String, Object>>) doc.get("dimensions")).get(dimension).get("reasons");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> codes(Map<String, Object> doc) {
        Map<String, Object> codes = new LinkedHashMap<>();
        ((Map<String, Object>) doc.get("dimensions")).forEach((k, v) -> codes.put(k, ((Map<String, Object>) v).get("code")));
        return codes;
    }
}
