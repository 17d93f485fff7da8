package io.clientlens.batch.segment;

import io.clientlens.batch.json.Json;
import io.clientlens.batch.Progress;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.rules.SegmentRulesYaml;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The optional assessments.csv and needs.csv of the generic layout: the assessment dimensions and
 * the register's part of demand at the as-of date 2025-12-31 (LayoutFixture.small).
 */
class SegmentAdvisoryTest {
    @TempDir
    Path tmp;

    private Path input() {
        Path in = LayoutFixture.small(tmp.resolve("in"));
        // C1: C4 at a branch (counts), a later online C5 (does not count), C2 after as-of (ignored);
        // C2: C3 at a branch on 2024-06-01, valid until 2025-05-31: expired; a wealth attitude.
        LayoutFixture.write(in, "assessments.csv", """
                assessmentId,customerId,questionnaireId,kind,channel,assessedAt,score,resultCode,answers
                X1,C1,risk-tolerance-v1,RISK_TOLERANCE,BRANCH,2025-03-01T10:00:00,66,C4,
                X2,C1,risk-tolerance-v1,RISK_TOLERANCE,ONLINE,2025-10-01T21:00:00,90,C5,
                X3,C1,risk-tolerance-v1,RISK_TOLERANCE,BRANCH,2026-01-02T10:00:00,30,C2,
                X4,C2,risk-tolerance-v1,RISK_TOLERANCE,BRANCH,2024-06-01T11:30:00,50,C3,
                X5,C2,wealth-attitude-v1,WEALTH_ATTITUDE,PHONE,2023-05-01T09:00:00,6,HOARDER,"{""spare"":[""HOARDER""]}"
                """);
        // C1: two needs open at as-of (one closed after it), one closed before it, one identified after it.
        LayoutFixture.write(in, "needs.csv", """
                needId,customerId,area,status,identifiedOn,closedOn
                N1,C1,FAMILY_PROTECTION,REVIEWED,2025-05-01,
                N2,C1,INVESTMENT,MET,2025-06-01,2026-01-10
                N3,C1,TAX,DECLINED,2025-02-01,2025-11-01
                N4,C1,ESTATE,IDENTIFIED,2026-01-03,
                """);
        return in;
    }

    private Map<String, Map<String, Object>> run(Path in, String rules) throws IOException {
        var request = new SegmentRequest(in, LocalDate.of(2025, 12, 31), tmp.resolve("out"), PolicyYaml.defaults(),
                rules == null ? null : SegmentRulesYaml.parse(rules, "rules.yaml"), null, 2, null).withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"));
        new SegmentRunner(request).run(Progress.NONE);
        return Files.readAllLines(tmp.resolve("out").resolve(SegmentRunner.JSONL)).stream()
                .map(Json::read)
                .collect(Collectors.toMap(d -> (String) d.get("customerId"), d -> d));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dimension(Map<String, Object> doc, String code) {
        return (Map<String, Object>) ((Map<String, Object>) doc.get("dimensions")).get(code);
    }

    @SuppressWarnings("unchecked")
    private static String reason(Map<String, Object> doc, String code, String lang) {
        return ((List<Map<String, String>>) dimension(doc, code).get("reasons")).get(0).get(lang);
    }

    @Test
    void assessmentsAndTheNeedsRegisterAtTheAsOfDate() throws IOException {
        Map<String, Map<String, Object>> docs = run(input(), null);
        Map<String, Object> c1 = docs.get("C1");
        assertThat(dimension(c1, "riskLevel").get("code")).isEqualTo("C4");
        assertThat(dimension(c1, "riskAttitude").get("code")).isEqualTo("SEEKING");
        assertThat(reason(c1, "riskLevel", "en")).contains("2025-03-01", "valid until 2026-02-28");
        assertThat(dimension(c1, "wealthAttitude").get("code")).isEqualTo("UNKNOWN");
        assertThat(reason(c1, "wealthAttitude", "zh")).startsWith("无有效评估");
        // N1 and N2 are open at as-of: high demand from the register alone (C1 has no financial data)
        assertThat(dimension(c1, "demand").get("code")).isEqualTo("HIGH");
        assertThat(reason(c1, "demand", "en")).isEqualTo("2 open needs in the register (≥ 2) → High demand");

        Map<String, Object> c2 = docs.get("C2");
        assertThat(dimension(c2, "riskLevel").get("code")).isEqualTo("UNKNOWN");
        assertThat(reason(c2, "riskLevel", "en")).contains("expired on 2025-05-31");
        assertThat(reason(c2, "riskLevel", "zh")).contains("已于 2025-05-31 过期");
        assertThat(dimension(c2, "wealthAttitude").get("code")).isEqualTo("HOARDER");
        assertThat(dimension(c2, "demand").get("code")).isEqualTo("UNKNOWN");
        // the regions of the fixture
        assertThat(dimension(c1, "geoZone").get("code")).isEqualTo("NORTH");
        assertThat(dimension(c2, "coast").get("code")).isEqualTo("COASTAL");
    }

    @Test
    void segmentRulesUseTheAssessmentAndGeographyDimensions() throws IOException {
        Map<String, Map<String, Object>> docs = run(input(), """
                version: 1
                segments:
                  - name: north-growth
                    label: {zh: 北方积极型, en: Northern growth}
                    priority: 1
                    expression: 'dimensions.riskLevel == "C4" && dimensions.geoZone == "NORTH"'
                """);
        assertThat(docs.get("C1").get("segments")).asList().hasSize(1);
        assertThat(docs.get("C2").get("segments")).asList().isEmpty();
    }

    @Test
    void aWrongCodeInTheAssessmentsIsNamedWithItsLine() {
        Path in = input();
        LayoutFixture.write(in, "assessments.csv", """
                assessmentId,customerId,questionnaireId,kind,channel,assessedAt,score,resultCode,answers
                X1,C1,risk-tolerance-v1,RISK_TOLERANCE,BRANCH,2025-03-01T10:00:00,66,C4,
                X2,C1,risk-tolerance-v1,RISK,BRANCH,2025-10-01T21:00:00,90,C5,
                """);
        assertThatThrownBy(() -> run(in, null)).hasMessageContaining("assessments.csv line 3, column kind: 'RISK': "
                + "expected RISK_TOLERANCE, WEALTH_ATTITUDE or SOCIAL_STYLE");
        LayoutFixture.write(in, "needs.csv", """
                needId,customerId,area,status,identifiedOn,closedOn
                N1,C1,PENSIONS,REVIEWED,2025-05-01,
                """);
        LayoutFixture.write(in, "assessments.csv", "assessmentId,customerId,questionnaireId,kind,channel,assessedAt,score,resultCode,answers\n");
        assertThatThrownBy(() -> run(in, null)).hasMessageContaining("needs.csv line 2, column area: 'PENSIONS': expected a planning area");
    }
}
