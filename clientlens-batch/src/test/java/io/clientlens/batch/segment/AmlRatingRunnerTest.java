package io.clientlens.batch.segment;

import io.clientlens.batch.Progress;
import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.profile.ProfileJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The AML rating alone gives every customer the amlRisk and the points of the full segment run. */
class AmlRatingRunnerTest {
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void ratesEveryCustomerAsTheSegmentRunDoes() throws Exception {
        Path input = tmp.resolve("in");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(input, ProfileJson::writeLine)) {
            new CustomerBaseGenerator(GeneratorSettings.of(300, 3, LocalDate.of(2026, 9, 30))).generate(writer);
        }
        new SegmentRunner(new SegmentRequest(input, null, tmp.resolve("out"), PolicyYaml.defaults(), null, null, 2, null)
                .withOutputs(ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        AmlRatingRunner.Result result = AmlRatingRunner.run(input, tmp.resolve("work"), null, PolicyYaml.defaults(),
                tmp.resolve("ratings.csv"));

        Map<String, String> fromSegment = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tmp.resolve("out").resolve(SegmentRunner.JSONL))) {
            Map<String, Object> doc = io.clientlens.batch.json.Json.read(line);
            Map<String, Object> risk = (Map<String, Object>) ((Map<String, Object>) doc.get("dimensions")).get("amlRisk");
            fromSegment.put((String) doc.get("customerId"), risk.get("code") + "," + ((Map<String, Object>) risk.get("inputs"))
                    .get("points") + "," + String.join(";", (List<String>) ((Map<String, Object>) risk.get("inputs")).get("factors")));
        }
        Map<String, String> alone = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tmp.resolve("ratings.csv"));
        assertThat(lines.get(0)).isEqualTo("customerId,amlRisk,points,factors");
        lines.stream().skip(1).forEach(line -> alone.put(line.substring(0, line.indexOf(',')), line.substring(line.indexOf(',') + 1)));

        assertThat(result.customers()).isEqualTo(300);
        assertThat(alone).isEqualTo(fromSegment);
        assertThat(result.asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Files.exists(tmp.resolve("work"))).isFalse();
    }
}
