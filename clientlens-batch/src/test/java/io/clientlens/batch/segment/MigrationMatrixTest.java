package io.clientlens.batch.segment;

import io.clientlens.batch.Progress;

import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationMatrixTest {
    @TempDir
    Path tmp;

    private SegmentRun run(LocalDate asOf, String name) {
        return new SegmentRunner(new SegmentRequest(LayoutFixture.small(tmp.resolve("in")), asOf, tmp.resolve(name),
                PolicyYaml.defaults(), null, tmp.resolve("home"), 1, null)).run(Progress.NONE);
    }

    @Test
    void countsCustomersMovingBetweenRunsAndRecordsRunsInTheRegistry() throws IOException {
        SegmentRun before = run(LocalDate.of(2025, 12, 31), "a");
        SegmentRun after = run(LocalDate.of(2026, 1, 5), "b");
        // C2's account opens on 2026-01-05: PROSPECT → CUSTOMER; C1 and C3 stay CUSTOMER.
        List<MigrationMatrix.Cell> cells = MigrationMatrix.between(before, after);
        assertThat(cells).filteredOn(c -> c.dimension().equals("relationship")).containsExactlyInAnyOrder(
                new MigrationMatrix.Cell("relationship", "CUSTOMER", "CUSTOMER", 2),
                new MigrationMatrix.Cell("relationship", "PROSPECT", "CUSTOMER", 1));
        assertThat(cells).filteredOn(c -> c.dimension().equals("customerType"))
                .extracting(MigrationMatrix.Cell::customers).containsExactlyInAnyOrder(1L, 2L);

        RunRegistry registry = new RunRegistry(tmp.resolve("home"));
        assertThat(registry.list()).hasSize(2);
        assertThat(registry.find(tmp.resolve("a").toString()).id()).isEqualTo(before.id());
        assertThat(registry.find(tmp.resolve("b").toString()).counts().get("relationship")).containsEntry("CUSTOMER", 3L);

        Path csv = tmp.resolve("m.csv");
        MigrationMatrix.writeCsv(cells, csv);
        assertThat(Files.readAllLines(csv)).first().isEqualTo("dimension,from,to,customers");
        assertThat(Files.readAllLines(csv)).contains("relationship,PROSPECT,CUSTOMER,1");

        // a free-text code (a region) that a spreadsheet would run as a formula is neutralised and quoted
        MigrationMatrix.writeCsv(List.of(new MigrationMatrix.Cell("region", "=HYPERLINK(\"http://evil.example/r\",\"x\")", "+1", 2)), csv);
        assertThat(Files.readAllLines(csv)).contains("region,\"'=HYPERLINK(\"\"http://evil.example/r\"\",\"\"x\"\")\",'+1,2");
    }

    @Test
    void aCustomerInOnlyOneRunMovesFromOrToNone() throws IOException {
        SegmentRun before = run(LocalDate.of(2025, 12, 31), "a");
        Path smaller = tmp.resolve("in2");
        LayoutFixture.small(smaller);
        Files.writeString(smaller.resolve("customers.jsonl"), Files.readAllLines(smaller.resolve("customers.jsonl")).get(0) + "\n");
        SegmentRun after = new SegmentRunner(new SegmentRequest(smaller, LocalDate.of(2025, 12, 31), tmp.resolve("c"),
                PolicyYaml.defaults(), null, null, 1, null)).run(Progress.NONE);
        assertThat(MigrationMatrix.between(before, after)).filteredOn(c -> c.dimension().equals("relationship"))
                .containsExactlyInAnyOrder(new MigrationMatrix.Cell("relationship", "CUSTOMER", "CUSTOMER", 1),
                        new MigrationMatrix.Cell("relationship", "CUSTOMER", MigrationMatrix.NONE, 1),
                        new MigrationMatrix.Cell("relationship", "PROSPECT", MigrationMatrix.NONE, 1));
    }
}
