package io.clientlens.batch.segment;

import io.clientlens.batch.Progress;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * segment prepare: a run over the prepared profiles gives the same documents as over
 * customers.jsonl without reading it; a customers.jsonl changed afterwards stops the run; a bad
 * document is named by its line when preparing.
 */
class PreparedProfilesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    Path tmp;

    private List<String> run(Path input, String name) throws IOException {
        Path out = tmp.resolve(name);
        new SegmentRunner(new SegmentRequest(input, AS_OF, out, PolicyYaml.defaults(), null, null, 2, null)
                .withOutputs(ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        return Files.readAllLines(out.resolve(SegmentRunner.JSONL));
    }

    @Test
    void aPreparedDirectoryGivesTheSameDocumentsWithoutReadingTheJson() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        List<String> fromJson = run(input, "out-json");

        assertThat(PreparedProfiles.prepare(input, 2)).isEqualTo(3);
        // proof that the JSON is not read: make it unreadable as JSON, older than the prepared file
        Path jsonl = input.resolve(SegmentInput.CUSTOMERS);
        Files.writeString(jsonl, "not json\n");
        Files.setLastModifiedTime(jsonl, FileTime.from(Instant.now().minusSeconds(3600)));

        assertThat(run(input, "out-prepared")).isEqualTo(fromJson);
    }

    @Test
    void aCustomersFileChangedAfterPreparingStopsTheRun() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        PreparedProfiles.prepare(input, 2);
        Path jsonl = input.resolve(SegmentInput.CUSTOMERS);
        Files.setLastModifiedTime(jsonl, FileTime.from(Instant.now().plusSeconds(60)));

        assertThatThrownBy(() -> run(input, "out")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was changed after").hasMessageContaining("segment prepare --input");
    }

    @Test
    void preparingNamesTheLineOfABadDocument() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        Path jsonl = input.resolve(SegmentInput.CUSTOMERS);
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
        lines.set(1, lines.get(1).replace("\"gender\":\"F\"", "\"gender\":\"X\""));
        lines.add(1, "");
        Files.write(jsonl, lines);

        assertThatThrownBy(() -> PreparedProfiles.prepare(input, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3: customer C2").hasMessageContaining("gender");
        assertThat(input.resolve(PreparedProfiles.FILE)).doesNotExist();
    }

    @Test
    void preparedProfilesAreCurrentOnlyWhenNewerThanTheDocumentsAndWithEveryColumn() throws Exception {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        assertThat(PreparedProfiles.current(input)).isFalse();
        PreparedProfiles.prepare(input, 2);
        assertThat(PreparedProfiles.current(input)).isTrue();

        Path jsonl = input.resolve(SegmentInput.CUSTOMERS);
        Files.setLastModifiedTime(jsonl, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(PreparedProfiles.current(input)).isFalse();
        Files.setLastModifiedTime(jsonl, FileTime.from(Instant.now().minusSeconds(3600)));

        // prepared by a version without the business scope column
        Path parquet = input.resolve(PreparedProfiles.FILE);
        Path older = tmp.resolve("older.parquet");
        try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement()) {
            s.execute("copy (select * exclude (business_scope) from read_parquet(" + SegmentInput.literal(parquet)
                    + ")) to " + SegmentInput.literal(older) + " (format parquet)");
        }
        Files.move(older, parquet, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(PreparedProfiles.current(input)).isFalse();
    }
}
