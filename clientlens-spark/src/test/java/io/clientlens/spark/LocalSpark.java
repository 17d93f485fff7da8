package io.clientlens.spark;

import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.profile.ProfileJson;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** What the Spark tests share: a small local[2] session and a generated base in the generic layout. */
final class LocalSpark {
    private LocalSpark() {
    }

    /** A local[2] session with few shuffle partitions: the tests' data is small. */
    static SparkSession session(String name) {
        return SparkSegmentMain.session("local[2]", name)
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "2")
                .getOrCreate();
    }

    /** Writes a generated base of {@code customers} (seed {@code seed}, as-of 2026-09-30) into {@code directory}. */
    static Path generatedBase(Path directory, int customers, long seed) throws IOException {
        try (GenericLayoutWriter writer = new GenericLayoutWriter(directory, ProfileJson::writeLine)) {
            new CustomerBaseGenerator(GeneratorSettings.of(customers, seed, LocalDate.of(2026, 9, 30))).generate(writer);
        }
        return directory;
    }
}
