package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratedCustomer;
import io.clientlens.questionnaire.QuestionnaireKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database path end to end: an RM's risk assessment becomes the customer's riskLevel in
 * {@code show} and the exports at the next classification, and an expired one is UNKNOWN saying
 * when it expired. The demo date is 2026-09-30, so an assessment made on 2025-06-01 was valid until
 * 2026-05-31.
 */
class AssessmentDimensionsCommandLineTest {
    private static final int CUSTOMERS = 40;
    private static final long SEED = 11;

    @TempDir
    static Path home;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    /** Generated customers with accounts and no generated risk assessment, so that the RM's is the only one. */
    private static List<String> withoutRiskAssessment() {
        CustomerBaseGenerator generator = new CustomerBaseGenerator(GenerateCommand.settings(CUSTOMERS, SEED,
                LocalDate.of(2026, 9, 30), null, 6));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            GeneratedCustomer c = generator.customer(i);
            if (!c.isProspect() && c.assessments().stream().noneMatch(a -> a.kind() == QuestionnaireKind.RISK_TOLERANCE)) {
                ids.add(c.profile().customerId());
            }
        }
        return ids;
    }

    @Test
    void aC4AssessmentShowsAsRiskLevelC4AndAnExpiredOneAsUnknownWithItsDate() throws IOException {
        List<String> free = withoutRiskAssessment();
        assertThat(free).hasSizeGreaterThanOrEqualTo(2);
        String valid = free.get(0);
        String expired = free.get(1);
        assertThat(run("generate", "--customers", Integer.toString(CUSTOMERS), "--seed", Long.toString(SEED)).status()).isZero();
        Outcome c4 = run("assess", "risk", valid, "--answers", "../docs/samples/risk-answers.json", "--channel", "branch",
                "--at", "2026-03-01T10:00", "--user", "li", "--role", "RM");
        assertThat(c4.status()).as(c4.err()).isZero();
        Outcome old = run("assess", "risk", expired, "--answers", "../docs/samples/risk-answers.json", "--channel", "branch",
                "--at", "2025-06-01T10:00", "--user", "li", "--role", "RM");
        assertThat(old.status()).as(old.err()).isZero();
        assertThat(run("classify").status()).isZero();

        Outcome shown = run("show", valid);
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).containsPattern("风险承受能力等级\\s+C4\\s+积极型")
                .containsPattern("风险态度\\s+SEEKING\\s+风险偏好型").contains("有效至 2027-02-28");
        Outcome shownEn = run("--lang", "en", "show", expired);
        assertThat(shownEn.out()).containsPattern("Risk level\\s+UNKNOWN\\s+Unknown")
                .contains("expired on 2026-05-31");
        assertThat(run("show", expired).out()).contains("已于 2026-05-31 过期");

        Path csv = home.resolve("out/classes.csv");
        assertThat(run("export", "classifications", "--format", "csv", "--out", csv.toString()).status()).isZero();
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split(","));
        int riskLevel = header.indexOf("riskLevel");
        assertThat(header).endsWith("riskLevel", "riskAttitude", "wealthAttitude", "socialStyle", "geoZone", "coast",
                "urbanRural", "ageBand", "incomeBand", "demand", "clvClass", "amlRisk");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r).startsWith(valid + ",");
            assertThat(r.split(",")[riskLevel]).isEqualTo("C4");
        });

        Path jsonl = home.resolve("out/classes.jsonl");
        assertThat(run("export", "classifications", "--format", "jsonl", "--out", jsonl.toString()).status()).isZero();
        String line = Files.readAllLines(jsonl, StandardCharsets.UTF_8).stream().filter(l -> l.contains("\"" + expired + "\""))
                .findFirst().orElseThrow();
        assertThat(line).contains("\"riskLevel\":{\"code\":\"UNKNOWN\"").contains("\"rule\":\"assessmentExpired\"")
                .contains("\"clv\":").contains("\"geoZone\":{\"code\":");
    }
}
