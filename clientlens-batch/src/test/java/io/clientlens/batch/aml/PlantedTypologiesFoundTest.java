package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.batch.generate.AmlTruthFile;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.generate.PlantedCase;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.profile.ProfileJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monitoring over a generated base finds every typology the generator planted (recall 100 %), and reports the alerts
 * that match no planted case: on customers with a planted case (other rules their planted transactions also meet)
 * and on customers with none (false positives of the generated everyday data).
 */
class PlantedTypologiesFoundTest {
    @TempDir
    Path tmp;

    @Test
    void everyPlantedCaseIsFoundAndTheOthersAreReported() throws Exception {
        GeneratorSettings settings = GeneratorSettings.of(1_500, 7, LocalDate.of(2026, 9, 30));
        List<PlantedCase> truth = new ArrayList<>();
        try (GenericLayoutWriter writer = new GenericLayoutWriter(tmp.resolve("in"), ProfileJson::writeLine)) {
            new CustomerBaseGenerator(settings).generate(writer, truth::add);
        }
        AmlTruthFile.write(tmp.resolve("in").resolve(AmlTruthFile.FILE), truth);

        FileMonitor.run(tmp.resolve("in"), tmp.resolve("out"), null, PolicyYaml.defaults());
        List<Alert> alerts = Files.readAllLines(tmp.resolve("out").resolve(FileMonitoring.ALERTS)).stream()
                .map(AlertJson::parse).toList();
        TruthComparison result = TruthComparison.of(AmlTruthFile.read(tmp.resolve("in").resolve(AmlTruthFile.FILE)), alerts);

        System.out.println("planted typologies: " + result);
        assertThat(truth).hasSizeGreaterThanOrEqualTo(15);
        assertThat(result.missed()).as("planted cases monitoring did not find").isEmpty();
        assertThat(result.recall()).isEqualTo(1.0);
        assertThat(result.falsePositives()).as("alerts on customers with nothing planted")
                .hasSizeLessThanOrEqualTo(alerts.size());
    }
}
