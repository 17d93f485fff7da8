package io.clientlens.batch.segment;

import io.clientlens.batch.json.Json;
import io.clientlens.batch.Progress;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runner reads each profile from customers.jsonl next to the feature row of the same
 * position: a file in any order gives every customer its own profile, and the output follows the
 * file.
 */
class CustomerOrderTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    Path tmp;

    private List<String> run(Path input, String name) {
        Path out = tmp.resolve(name);
        new SegmentRunner(new SegmentRequest(input, AS_OF, out, PolicyYaml.defaults(), null, null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        try {
            return Files.readAllLines(out.resolve(SegmentRunner.JSONL));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> byId(List<String> documents) {
        return documents.stream().collect(Collectors.toMap(d -> (String) Json.read(d).get("customerId"), d -> d));
    }

    @Test
    void aShuffledCustomersFileGivesTheSameDocumentsInItsOwnOrder() throws IOException {
        Path sorted = LayoutFixture.small(tmp.resolve("sorted"));
        Path shuffled = LayoutFixture.small(tmp.resolve("shuffled"));
        List<String> lines = new ArrayList<>(Files.readAllLines(sorted.resolve("customers.jsonl")));
        Collections.reverse(lines);
        lines.add(1, "");
        Files.write(shuffled.resolve("customers.jsonl"), lines);

        List<String> expected = run(sorted, "out-sorted");
        List<String> actual = run(shuffled, "out-shuffled");

        assertThat(actual).extracting(d -> Json.read(d).get("customerId")).containsExactly("C3", "C2", "C1");
        assertThat(byId(actual)).isEqualTo(byId(expected));
    }

    /**
     * 2,000 customers in a shuffled file are classified in chunks of consecutive positions by two threads, each
     * appending to a table of its own: both outputs still follow the file, and each customer is there once.
     */
    @Test
    void resultsOfManyChunksFollowTheFile() throws Exception {
        Path input = tmp.resolve("many");
        try (io.clientlens.batch.generate.GenericLayoutWriter writer = new io.clientlens.batch.generate.GenericLayoutWriter(
                input, io.clientlens.batch.profile.ProfileJson::writeLine)) {
            new io.clientlens.batch.generate.CustomerBaseGenerator(
                    io.clientlens.batch.generate.GeneratorSettings.of(2_000, 7L, AS_OF)).generate(writer);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(input.resolve("customers.jsonl")));
        Collections.shuffle(lines, new java.util.Random(7));
        Files.write(input.resolve("customers.jsonl"), lines);
        List<Object> fileOrder = lines.stream().map(l -> Json.read(l).get("customerId")).toList();

        List<String> documents = run(input, "out");

        assertThat(documents).extracting(d -> Json.read(d).get("customerId")).containsExactlyElementsOf(fileOrder);
        List<Object> parquetOrder = new ArrayList<>();
        try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement();
             var rs = s.executeQuery("select \"customerId\" from read_parquet("
                     + SegmentInput.literal(tmp.resolve("out").resolve(SegmentRunner.PARQUET)) + ")")) {
            while (rs.next()) {
                parquetOrder.add(rs.getString(1));
            }
        }
        assertThat(parquetOrder).containsExactlyElementsOf(fileOrder);
        assertThat(scratch(tmp.resolve("out"))).as("the run's work directory is removed").isEmpty();
    }

    /** Hidden entries of a run's output directory: the run's scratch directory while it runs, nothing after. */
    private static List<Path> scratch(Path out) throws IOException {
        try (var entries = Files.list(out)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void refusesACustomerGivenTwiceNamingTheLines() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        List<String> lines = new ArrayList<>(Files.readAllLines(input.resolve("customers.jsonl")));
        lines.add(lines.get(0).replace("王小明", "王小明二"));
        Files.write(input.resolve("customers.jsonl"), lines);

        assertThatThrownBy(() -> run(input, "out"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer C1 is on more than one line [1, 4]");
        assertThat(tmp.resolve("out").resolve(SegmentRunner.JSONL)).doesNotExist();
        assertThat(tmp.resolve("out")).as("a failed run removes its work directory, and the output directory it made")
                .doesNotExist();
    }

    @Test
    void namesTheLineOfABadProfile() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        List<String> lines = new ArrayList<>(Files.readAllLines(input.resolve("customers.jsonl")));
        lines.set(1, lines.get(1).replace("\"gender\":\"F\"", "\"gender\":\"X\""));
        Files.write(input.resolve("customers.jsonl"), lines);

        assertThatThrownBy(() -> run(input, "out"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customers.jsonl line 2: customer C2")
                .hasMessageContaining("gender");
    }
}
