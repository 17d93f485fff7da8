package io.clientlens.batch.segment;

import io.clientlens.batch.json.Json;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaData;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.batch.rules.SegmentRules;
import io.clientlens.batch.rules.SegmentRulesYaml;
import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run keeps codes, fired rules and inputs; the document rendered on demand for one customer is
 * byte for byte the JSON Lines line the same run writes on request, on the real Berka data and on
 * a generated base with profiles, holdings, assessments and custom segments.
 */
class SegmentExplainTest {
    private static final String RULES = """
            version: 7
            segments:
              - name: card-holders
                label: {zh: 持卡客户, en: Card holders}
                priority: 5
                expression: '"CARD" in features.productTypesHeld'
              - name: core
                label: {zh: 核心客户, en: Core}
                priority: 10
                expression: 'dimensions.valueClass == "CORE"'
            """;

    @TempDir
    Path tmp;

    @Test
    void theDocumentOfEveryGeneratedCustomerIsTheLineTheRunWrites() throws IOException {
        Path input = tmp.resolve("generated");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(input, ProfileJson::writeLine)) {
            new CustomerBaseGenerator(GeneratorSettings.of(300, 20260930L, LocalDate.of(2026, 9, 30))).generate(writer);
        }
        SegmentRules rules = SegmentRulesYaml.parse(RULES, "rules.yaml");
        SegmentRun run = run(input, rules);
        List<String> lines = Files.readAllLines(Path.of(run.out()).resolve(SegmentRunner.JSONL));
        assertThat(lines).hasSize(300);
        for (String line : lines) {
            String id = (String) Json.read(line).get("customerId");
            assertThat(SegmentExplain.document(run, PolicyYaml.defaults(), rules, id)).as(id).isEqualTo(line);
        }
        assertThat(lines).anyMatch(l -> l.contains("\"card-holders\"")).anyMatch(l -> l.contains("\"CORPORATE\""));
        assertParquetHoldsTheDocuments(run, lines);
    }

    /** Every customer's row of classifications.parquet carries the codes, features and segments of its document. */
    @SuppressWarnings("unchecked")
    private static void assertParquetHoldsTheDocuments(SegmentRun run, List<String> lines) {
        java.util.Map<String, java.util.Map<String, Object>> rows = new java.util.HashMap<>();
        try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement();
             var rs = s.executeQuery("select * from read_parquet(" + SegmentInput.literal(run.results()) + ")")) {
            var meta = rs.getMetaData();
            while (rs.next()) {
                java.util.Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.put(meta.getColumnName(i), v instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : v);
                }
                rows.put((String) row.get("customerId"), row);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(rows).hasSize(lines.size());
        for (String line : lines) {
            var doc = Json.read(line);
            var row = rows.get((String) doc.get("customerId"));
            assertThat(String.valueOf(row.get("asOf"))).isEqualTo(doc.get("asOf"));
            assertThat(row.get("policyVersion")).isEqualTo(doc.get("policyVersion"));
            var dims = (java.util.Map<String, java.util.Map<String, Object>>) doc.get("dimensions");
            dims.forEach((code, dim) -> {
                assertThat(row.get(code)).as(code).isEqualTo(dim.get("code"));
                // every reason's rule, comma-separated (the AML rating gives one reason per factor)
                assertThat(row.get(code + "Rule")).as(code + "Rule")
                        .isEqualTo(((List<java.util.Map<String, Object>>) dim.get("reasons")).stream()
                                .map(r -> (String) r.get("rule")).collect(java.util.stream.Collectors.joining(",")));
            });
            var features = (java.util.Map<String, Object>) doc.get("features");
            for (String f : List.of("gender", "occupation", "education", "productTypesHeld", "tags", "age", "tenureDays")) {
                Object expected = features.get(f);
                Object actual = row.get(f);
                assertThat(actual == null ? null : actual instanceof Number n ? n.longValue() : actual)
                        .as(f).isEqualTo(expected instanceof Number n ? n.longValue() : expected);
            }
            assertThat(new java.math.BigDecimal(String.valueOf(row.get("aum"))))
                    .isEqualByComparingTo(new java.math.BigDecimal(String.valueOf(features.get("aum"))));
            assertThat(row.get("segments")).isEqualTo(((List<java.util.Map<String, Object>>) doc.get("segments"))
                    .stream().map(m -> m.get("name")).toList());
        }
    }

    @Test
    void theDocumentOfEveryBerkaClientIsTheLineTheRunWrites() throws IOException {
        SegmentRun run = run(BerkaData.directory(), null);
        List<String> lines = Files.readAllLines(Path.of(run.out()).resolve(SegmentRunner.JSONL));
        assertThat(lines).hasSize(5_369);
        for (int i = 0; i < lines.size(); i += 20) { // every twentieth: the whole file takes minutes on a shared machine
            String id = (String) Json.read(lines.get(i)).get("customerId");
            assertThat(SegmentExplain.document(run, PolicyYaml.defaults(), null, id)).as(id).isEqualTo(lines.get(i));
        }
    }

    @Test
    void refusesAnotherPolicyVersionAndAnUnknownCustomer() {
        SegmentRun run = run(LayoutFixture.small(tmp.resolve("in")), null);
        Policy other = PolicyYaml.defaults();
        Policy renamed = PolicyYaml.parse(PolicyYaml.defaultText().replaceFirst("version: \"?[^\\n\"]+\"?", "version: \"other-9\""), "p.yaml");
        assertThat(other.version()).isNotEqualTo("other-9");
        assertThatThrownBy(() -> SegmentExplain.document(run, renamed, null, "C1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("used policy version " + other.version());
        assertThatThrownBy(() -> SegmentExplain.document(run, other, null, "C9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer C9 is not in run");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExplanationRatesAgainstTheComplianceFlagsOfTheRun() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("flagged"));
        Files.writeString(input.resolve("aml-flags.csv"), "customerId,openSuspiciousReport,confirmedWatchListHit\nC1,false,true\n");
        SegmentRun run = run(input, null);
        Files.delete(input.resolve("aml-flags.csv")); // explain reads the flags kept with the run, not the input again
        String line = Files.readAllLines(Path.of(run.out()).resolve(SegmentRunner.JSONL)).stream()
                .filter(l -> "C1".equals(Json.read(l).get("customerId"))).findFirst().orElseThrow();
        var dims = (java.util.Map<String, java.util.Map<String, Object>>) Json.read(line).get("dimensions");
        assertThat(dims.get("amlRisk").get("code")).isEqualTo("PROHIBITED");
        assertThat(SegmentExplain.document(run, PolicyYaml.defaults(), null, "C1")).isEqualTo(line);
    }

    private SegmentRun run(Path input, SegmentRules rules) {
        return new SegmentRunner(new SegmentRequest(input, null, tmp.resolve("out-" + input.getFileName()), PolicyYaml.defaults(),
                rules, null, 2, null).withOutputs(ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
    }
}
