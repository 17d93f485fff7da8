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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentFeaturesTest {
    @TempDir
    Path tmp;

    private Map<String, Map<String, Object>> run(LocalDate asOf) throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        new SegmentRunner(new SegmentRequest(input, asOf, tmp.resolve("out"), PolicyYaml.defaults(), null, null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl")))
                .run(Progress.NONE);
        return Files.readAllLines(tmp.resolve("out").resolve(SegmentRunner.JSONL)).stream()
                .map(Json::read)
                .collect(Collectors.toMap(d -> (String) d.get("customerId"), d -> d));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> features(Map<String, Object> doc) {
        return (Map<String, Object>) doc.get("features");
    }

    @Test
    void computesTheHandWorkedFeaturesOfTheFixture() throws IOException {
        Map<String, Map<String, Object>> docs = run(LocalDate.of(2025, 12, 31));
        Map<String, Object> c1 = features(docs.get("C1"));
        assertThat(c1.get("age")).isEqualTo(40);
        // A1 2025-06-01 and 2025-12-31, A2's opening deposit 2025-03-01; not 2024-12-30 (366 days back)
        assertThat(c1.get("activityCount365")).isEqualTo(3);
        assertThat(c1.get("activityAmount365").toString()).isEqualTo("11810.25");
        assertThat(c1.get("daysSinceLastActivity")).isEqualTo(0);
        assertThat(c1.get("fees365").toString()).isEqualTo("10.45");
        // A1 12000.50 + A2 300.00 (closed but its balance still counts, like the database) + FUND 50000
        assertThat(c1.get("aum").toString()).isEqualTo("62300.50");
        assertThat(c1.get("loanOutstanding").toString()).isEqualTo("54166.67");
        assertThat(c1.get("linkedAccounts")).isEqualTo(2);
        assertThat(c1.get("openLinkedAccounts")).isEqualTo(1);
        assertThat(c1.get("tenureDays")).isEqualTo(721);
        assertThat((List<String>) c1.get("productTypesHeld")).containsExactly("CARD", "DEPOSIT", "FUND", "LOAN");
        assertThat(c1.get("investmentDaysAtBank")).isEqualTo(364);
        assertThat(c1.get("investmentPurchasesAtBank")).isEqualTo(2);
        assertThat(codes(docs.get("C1")).get("investmentExperience")).isEqualTo("EXPERIENCED");

        Map<String, Object> c2 = features(docs.get("C2"));
        assertThat(c2.get("linkedAccounts")).isEqualTo(0);
        assertThat(c2.get("tenureDays")).isNull();
        assertThat(codes(docs.get("C2")).get("relationship")).isEqualTo("PROSPECT");

        Map<String, Object> c3 = features(docs.get("C3"));
        assertThat(c3.get("aum").toString()).isEqualTo("0.00");
        assertThat(c3.get("loanOutstanding").toString()).isEqualTo("0.00");
        assertThat(c3.get("daysSinceLastActivity")).isEqualTo(364);
        assertThat((List<String>) c3.get("productTypesHeld")).containsExactly("DEPOSIT", "LOAN");
        assertThat(codes(docs.get("C3")).get("customerType")).isEqualTo("CORPORATE");
    }

    @Test
    void ignoresEverythingAfterAsOfAndDefaultsToTheLatestTransaction() throws IOException {
        Map<String, Map<String, Object>> docs = run(null);
        assertThat(docs.get("C1").get("asOf")).isEqualTo("2026-01-05");
        assertThat(codes(docs.get("C2")).get("relationship")).isEqualTo("CUSTOMER");
        Map<String, Object> c1 = features(docs.get("C1"));
        assertThat(c1.get("linkedAccounts")).isEqualTo(3);
        assertThat(c1.get("activityCount365")).isEqualTo(4); // 2025-03-01, 2025-06-01, 2025-12-31, 2026-01-02
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> codes(Map<String, Object> doc) {
        Map<String, Object> dims = (Map<String, Object>) doc.get("dimensions");
        return dims.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> ((Map<String, Object>) e.getValue()).get("code")));
    }
}
