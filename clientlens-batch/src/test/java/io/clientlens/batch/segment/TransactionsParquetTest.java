package io.clientlens.batch.segment;

import io.clientlens.batch.Progress;

import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.profile.ProfileJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionsParquetTest {
    @TempDir
    Path tmp;

    private Path generate(String name, long seed) {
        Path dir = tmp.resolve(name);
        try (GenericLayoutWriter w = new GenericLayoutWriter(dir, ProfileJson::writeLine)) {
            new CustomerBaseGenerator(new GeneratorSettings(40, seed, LocalDate.of(2026, 9, 30), 730, 3)).generate(w);
        }
        TransactionsParquet.convert(dir, false);
        return dir;
    }

    @Test
    void sameSeedGivesTheSameParquetBytesAndSegmentReadsCsvAndParquetAlike() throws IOException {
        Path a = generate("a", 7);
        Path b = generate("b", 7);
        Path c = generate("c", 8);
        assertThat(Files.readAllBytes(a.resolve("transactions.parquet"))).isEqualTo(Files.readAllBytes(b.resolve("transactions.parquet")));
        assertThat(Files.readAllBytes(a.resolve("transactions.parquet"))).isNotEqualTo(Files.readAllBytes(c.resolve("transactions.parquet")));

        new SegmentRunner(new SegmentRequest(a, null, tmp.resolve("out-parquet"), PolicyYaml.defaults(), null, null, 1, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl")))
                .run(Progress.NONE);
        Files.delete(a.resolve("transactions.parquet"));
        new SegmentRunner(new SegmentRequest(a, null, tmp.resolve("out-csv"), PolicyYaml.defaults(), null, null, 1, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl")))
                .run(Progress.NONE);
        assertThat(Files.readAllLines(tmp.resolve("out-parquet").resolve(SegmentRunner.JSONL)))
                .isEqualTo(Files.readAllLines(tmp.resolve("out-csv").resolve(SegmentRunner.JSONL)));
    }
}
