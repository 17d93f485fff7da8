package io.clientlens.batch.segment;

import io.clientlens.batch.json.Json;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaData;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reasons name the currency of the data: Berka's crowns, a generic layout's currency.txt, else the policy's. */
class SegmentCurrencyTest {
    @TempDir
    Path tmp;

    private List<Map<String, Object>> run(Path input, LocalDate asOf) throws IOException {
        Path out = tmp.resolve("out-" + System.nanoTime());
        new SegmentRunner(new SegmentRequest(input, asOf, out, PolicyYaml.defaults(), null, null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        return Files.readAllLines(out.resolve(SegmentRunner.JSONL)).stream().map(Json::read).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> aumReason(Map<String, Object> doc) {
        Map<String, Object> aum = (Map<String, Object>) ((Map<String, Object>) doc.get("dimensions")).get("aumTier");
        return ((List<Map<String, String>>) aum.get("reasons")).get(0);
    }

    private static Map<String, Object> customer(List<Map<String, Object>> docs, String id) {
        return docs.stream().filter(d -> id.equals(d.get("customerId"))).findFirst().orElseThrow();
    }

    @Test
    void berkaAmountsAreCzechCrownsInTheReasons() throws IOException {
        List<Map<String, Object>> docs = run(BerkaData.directory(), null);

        // Clients without an account by the as-of date are prospects, with no AUM reason.
        List<Map<String, String>> reasons = docs.stream().filter(d -> "CUSTOMER".equals(code(d, "relationship")))
                .map(SegmentCurrencyTest::aumReason).toList();
        assertThat(reasons).hasSizeGreaterThan(1_000).allSatisfy(text -> {
            assertThat(text.get("zh")).contains(" 克朗").doesNotContain("元");
            assertThat(text.get("en")).contains(" CZK").doesNotContain("CNY");
        });
        // Thresholds apply as they are, unconverted: the MASS band ends at 500,000 crowns.
        assertThat(reasons).anySatisfy(text -> assertThat(text.get("en")).contains("< 500,000 CZK → Mass"));
    }

    @Test
    void berkaAlertsNameCzechCrownsAsTheReasonsDo() throws IOException {
        Path out = tmp.resolve("alerts");
        new SegmentRunner(new SegmentRequest(BerkaData.directory(), null, out, PolicyYaml.defaults(), null, null, 2, null))
                .run(Progress.NONE);

        List<String> alerts = Files.readAllLines(out.resolve(io.clientlens.batch.aml.FileMonitoring.ALERTS));
        assertThat(alerts).isNotEmpty().allSatisfy(line -> assertThat(line).contains(" 克朗").contains(" CZK")
                .doesNotContain("元").doesNotContain("CNY"));
    }

    @Test
    void aGenericLayoutIsInThePolicyCurrencyUnlessItNamesItsOwn() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        assertThat(aumReason(customer(run(input, asOf), "C1"))).containsEntry("zh", "AUM 62,300.50 元 < 500,000 元 → 大众客户")
                .containsEntry("en", "AUM 62,300.50 CNY < 500,000 CNY → Mass");

        Files.writeString(input.resolve("currency.txt"), "HKD\n");
        assertThat(aumReason(customer(run(input, asOf), "C1"))).containsEntry("zh", "AUM 62,300.50 港元 < 500,000 港元 → 大众客户")
                .containsEntry("en", "AUM 62,300.50 HKD < 500,000 HKD → Mass");
    }

    @Test
    void aCurrencyFileThatIsNotACodeIsRefusedNamingTheFile() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        Files.writeString(input.resolve("currency.txt"), "yuan\n");

        assertThatThrownBy(() -> run(input, LocalDate.of(2025, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency.txt").hasMessageContaining("ISO 4217").hasMessageContaining("\"yuan\"");
    }

    @SuppressWarnings("unchecked")
    private static String code(Map<String, Object> doc, String dimension) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) doc.get("dimensions")).get(dimension)).get("code");
    }
}
