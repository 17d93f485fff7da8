package io.clientlens.app.aml;

import io.clientlens.aml.ComplianceFlags;
import io.clientlens.aml.monitor.Alert;
import io.clientlens.app.aml.persistence.StoredComplianceFlags;
import io.clientlens.app.classify.ClassificationExport;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.classify.RunSummary;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.aml.AlertJson;
import io.clientlens.batch.aml.FileMonitor;
import io.clientlens.batch.aml.FileMonitoring;
import io.clientlens.batch.aml.TruthComparison;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.generate.PlantedCase;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.segment.SegmentRequest;
import io.clientlens.batch.segment.SegmentRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database path and the file path agree on a generated base with planted typologies: the same alerts, line for
 * line (`aml monitor` over PostgreSQL, `aml monitor --input` and `segment` over files), at the default as-of and an
 * earlier one; the same amlRisk and anti-money-laundering features for every customer; and every planted case found.
 */
class AmlParityTest extends PostgresTest {
    private static final GeneratorSettings SETTINGS = GeneratorSettings.of(1_000, 11, LocalDate.of(2026, 9, 30));

    @Autowired
    Imports imports;
    @Autowired
    TransactionMonitoring monitoring;
    @Autowired
    AlertQueries alerts;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    ClassificationExport export;
    @Autowired
    StoredComplianceFlags flags;

    @TempDir
    Path tmp;

    @Test
    void bothPathsRaiseTheSameAlertsAndFindEveryPlantedCase() throws IOException {
        List<PlantedCase> truth = new ArrayList<>();
        imports.load(sink -> new CustomerBaseGenerator(SETTINGS).generate(sink, truth::add));
        Path files = tmp.resolve("files");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(files, ProfileDocuments::toJson)) {
            new CustomerBaseGenerator(SETTINGS).generate(writer);
        }

        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2026, 6, 30)}) {
            io.clientlens.app.support.TestDatabase.truncateAsSuperuser("aml_case_event, aml_case_alert, aml_case, aml_alert");
            MonitoringOutcome.Monitored db = (MonitoringOutcome.Monitored) monitoring.monitor(asOf);
            List<String> fromDb = new ArrayList<>();
            alerts.forEach(AlertQuery.ALL, stored -> fromDb.add(AlertJson.line(stored.alert())));
            Path out = tmp.resolve("monitor-" + db.asOf());
            FileMonitor.Result fromFiles = FileMonitor.run(files, out, asOf, PolicyYaml.defaults());

            assertThat(fromFiles.asOf()).isEqualTo(db.asOf());
            assertThat(fromDb).as("alerts at %s", db.asOf()).hasSize(db.raisedTotal()).isNotEmpty();
            assertThat(Files.readAllLines(out.resolve(FileMonitoring.ALERTS))).as("alerts at %s", db.asOf())
                    .containsExactlyElementsOf(fromDb);
            if (asOf == null) {
                List<Alert> raised = fromDb.stream().map(AlertJson::parse).toList();
                TruthComparison found = TruthComparison.of(truth, raised);
                System.out.println("database path, planted typologies: " + found);
                assertThat(truth).hasSizeGreaterThanOrEqualTo(10);
                assertThat(found.missed()).isEmpty();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void classifyAndSegmentGiveTheSameAmlRatingAndSegmentWritesTheSameAlerts() throws IOException {
        GeneratorSettings small = GeneratorSettings.of(400, 5, LocalDate.of(2026, 9, 30));
        imports.load(sink -> new CustomerBaseGenerator(small).generate(sink));
        Path files = tmp.resolve("small");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(files, ProfileDocuments::toJson)) {
            new CustomerBaseGenerator(small).generate(writer);
        }
        // what compliance knows comes through the port: in the database, and as aml-flags.csv beside the files
        flags.set("C000010", new ComplianceFlags.Flags(false, true));
        flags.set("C000020", new ComplianceFlags.Flags(true, false));
        Files.writeString(files.resolve("aml-flags.csv"), "customerId,openSuspiciousReport,confirmedWatchListHit\n"
                + "C000010,false,true\nC000020,true,false\n");

        RunSummary run = runs.run(null, Progress.NONE);
        Path exported = tmp.resolve("db.jsonl");
        export.write(run.runId(), ClassificationExport.Format.JSONL, exported);
        Path out = tmp.resolve("segment");
        new SegmentRunner(new SegmentRequest(files, null, out, PolicyYaml.defaults(), null, null, 2, null)
                .withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        monitoring.monitor(null);
        List<String> fromDb = new ArrayList<>();
        alerts.forEach(AlertQuery.ALL, stored -> fromDb.add(AlertJson.line(stored.alert())));

        Map<String, Map<String, Object>> db = byCustomer(exported);
        Map<String, Map<String, Object>> batch = byCustomer(out.resolve(SegmentRunner.JSONL));
        assertThat(batch.keySet()).isEqualTo(db.keySet());
        db.forEach((id, doc) -> {
            assertThat(batch.get(id).get("features")).as("features of %s", id).isEqualTo(doc.get("features"));
            assertThat(amlRisk(batch.get(id))).as("amlRisk of %s", id).isEqualTo(amlRisk(doc));
        });
        assertThat(amlRisk(db.get("C000010")).get("code")).isEqualTo("PROHIBITED");
        assertThat(((List<Map<String, Object>>) amlRisk(db.get("C000020")).get("reasons"))).extracting(r -> r.get("rule"))
                .contains("aml.override.openSuspiciousReport");
        assertThat(db.values().stream().map(d -> amlRisk(d).get("code")).distinct()).contains("LOW", "MEDIUM");
        assertThat(db.values().stream().mapToInt(d -> ((Number) ((Map<String, Object>) d.get("features"))
                .get("crossBorderCount365")).intValue()).sum()).isPositive();
        assertThat(Files.readAllLines(out.resolve(FileMonitoring.ALERTS))).isNotEmpty().containsExactlyElementsOf(fromDb);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> amlRisk(Map<String, Object> doc) {
        return (Map<String, Object>) ((Map<String, Object>) doc.get("dimensions")).get("amlRisk");
    }

    private static Map<String, Map<String, Object>> byCustomer(Path jsonl) throws IOException {
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            Map<String, Object> doc = io.clientlens.batch.json.Json.read(line);
            docs.put((String) doc.get("customerId"), doc);
        }
        return docs;
    }
}
