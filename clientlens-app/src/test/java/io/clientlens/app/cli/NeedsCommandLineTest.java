package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The needs commands as a person uses them, on an embedded PostgreSQL in a temporary home. */
class NeedsCommandLineTest {

    @TempDir
    static Path home;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void diagnosesReportsAndRegistersNeedsFromTheCommandLine() throws IOException {
        Path profile = home.resolve("wang.json");
        Files.writeString(profile, io.clientlens.app.support.ExampleProfiles.WANG, StandardCharsets.UTF_8);
        Outcome imported = run("profile", "import", profile.toString());
        assertThat(imported.status()).as(imported.err()).isZero();

        Outcome json = run("needs", "C0001", "--as-of", "2026-09-30", "--format", "json");
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"savingsRatio\":{\"value\":0.1097,\"verdict\":\"LOW\"")
                .contains("\"insurance\":{\"need\":3762000").contains("\"gap\":2812000").contains("\"lifeStage\":{\"code\":\"RETIREMENT\"");

        Outcome text = run("--lang", "en", "needs", "C0001", "--as-of", "2026-09-30");
        assertThat(text.out()).contains("Savings ratio").contains("protection gap C").contains("2,812,000");

        Path pdf = home.resolve("out/wang.pdf");
        Outcome report = run("needs", "report", "C0001", "--as-of", "2026-09-30", "--out", pdf.toString());
        assertThat(report.status()).as(report.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("保险需求诊断").contains("王*").doesNotContain("王小明");
        }
        Path html = home.resolve("out/wang.html");
        assertThat(run("--lang", "en", "needs", "report", "C0001", "--out", html.toString()).status()).isZero();
        assertThat(Files.readString(html)).contains("Customer needs analysis").doesNotContain("13800138000");

        Outcome badOut = run("needs", "report", "C0001", "--out", home.resolve("x.docx").toString());
        assertThat(badOut.status()).isNotZero();
        assertThat(badOut.err()).contains("--out：应为以 .pdf 或 .html 结尾的文件");
        assertThat(run("needs", "NO-SUCH").err()).contains("客户“NO-SUCH”不存在").doesNotContain("does not exist");
        assertThat(run("--lang", "en", "needs", "report", "C0001", "--out", home.resolve("x.docx").toString()).err())
                .contains("--out: expected a file ending in .pdf or .html");
        assertThat(home.resolve("x.docx")).doesNotExist();

        Outcome added = run("needs", "add", "C0001", "--user", "rm.li", "--role", "RM", "--title", "补充重疾保障",
                "--expectation", "BASIC", "--voice", "UNSTATED", "--nature", "IMPLICIT", "--source", "DIAGNOSIS",
                "--importance", "5", "--urgency", "4", "--cost", "15500", "--proposal");
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).contains("已登记需求 #1");
        Outcome refused = run("needs", "move", "C0001", "1", "REVIEWED", "--user", "rm.li", "--role", "RM");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("须由业务主管评审");
        Outcome reviewed = run("needs", "move", "C0001", "1", "REVIEWED", "--user", "sup.zhang", "--role", "SUPERVISOR");
        assertThat(reviewed.status()).as(reviewed.err()).isZero();
        assertThat(run("needs", "list", "C0001").out()).contains("已评审").contains("补充重疾保障");

        Outcome noRole = run("needs", "move", "C0001", "1", "ACCEPTED", "--user", "rm.li", "--role", "BOSS");
        assertThat(noRole.err()).contains("--role: unknown role 'BOSS'");
    }

    @Test
    void aCorporateCustomerGetsNotApplicableWithTheReasonInsteadOfAFamilyAnalysis() throws IOException {
        Path profile = home.resolve("company.json");
        Files.writeString(profile, io.clientlens.app.support.ExampleProfiles.COMPANY, StandardCharsets.UTF_8);
        Outcome imported = run("profile", "import", profile.toString());
        assertThat(imported.status()).as(imported.err()).isZero();

        Outcome json = run("needs", "K0001", "--as-of", "2026-09-30", "--format", "json");
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"status\":\"NOT_APPLICABLE\"")
                .contains("\"reason\":{\"rule\":\"corporate\",\"zh\":\"企业客户不适用家庭财务分析\"")
                .doesNotContain("insurance", "19300000");
        Outcome zh = run("needs", "K0001", "--as-of", "2026-09-30");
        assertThat(zh.status()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("企业客户不适用家庭财务分析").doesNotContain("保险需求诊断", "家庭生活费");
        assertThat(run("--lang", "en", "needs", "K0001").out()).contains("Family financial analysis does not apply to corporate customers");

        Path html = home.resolve("out/company.html");
        assertThat(run("needs", "report", "K0001", "--out", html.toString()).status()).isZero();
        assertThat(Files.readString(html)).contains("企业客户不适用家庭财务分析", io.clientlens.app.support.ExampleProfiles.COMPANY_NAME)
                .doesNotContain("保险需求诊断");
    }

    @Test
    void aProfileExportedInClearIsRecordedInTheAuditTrailAndAMaskedOneIsNot() throws IOException {
        Path profile = home.resolve("wang-export.json");
        Files.writeString(profile, io.clientlens.app.support.ExampleProfiles.WANG, StandardCharsets.UTF_8);
        assertThat(run("profile", "import", profile.toString()).status()).isZero();
        Outcome masked = run("profile", "export", "C0001");
        assertThat(masked.out()).contains("王*").doesNotContain("王小明");
        assertThat(run("--lang", "en", "audit", "list").out()).doesNotContain("Profile exported in clear");

        Outcome clear = run("--lang", "en", "profile", "export", "C0001", "--unmasked", "--out", home.resolve("wang-clear.json").toString());
        assertThat(clear.status()).as(clear.err()).isZero();
        assertThat(clear.err()).contains("this export is audited");
        assertThat(Files.readString(home.resolve("wang-clear.json"))).contains("王小明");
        assertThat(run("--lang", "en", "audit", "list").out()).contains("Profile exported in clear").contains("C0001");
    }
}
