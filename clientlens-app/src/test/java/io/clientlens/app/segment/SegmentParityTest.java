package io.clientlens.app.segment;

import io.clientlens.app.classify.ClassificationExport;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.classify.RunSummary;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.Progress;
import io.clientlens.batch.segment.SegmentRequest;
import io.clientlens.batch.segment.SegmentRun;
import io.clientlens.batch.segment.SegmentRunner;
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
                    null, null, 2, null)).run(Progress.NONE);

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
        new SegmentRunner(new SegmentRequest(input, null, out, PolicyYaml.defaults(), null, null, 2, null)).run(Progress.NONE);

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

    private static Map<String, Map<String, Object>> byCustomer(Path jsonl) throws IOException {
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            Map<String, Object> doc = ClassificationDocument.parse(line);
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
