package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An RM takes a customer from questionnaire to an allowed, blocked and approved sale on the command line. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuitabilityCommandLineTest {

    @TempDir
    static Path home;

    /** In English, so the assertions read the English messages. */
    static Outcome run(String... args) {
        String[] english = new String[args.length + 2];
        english[0] = "--lang";
        english[1] = "en";
        System.arraycopy(args, 0, english, 2, args.length);
        return CliRun.in(home, english);
    }

    @Test
    @Order(1)
    void importsACustomerAndTheCatalogueAndListsQuestionnaires() throws IOException {
        Path profile = Files.writeString(home.resolve("c.json"),
                "{\"customerId\": \"K1\", \"name\": \"张三\", \"investmentHistory\": {\"years\": 4, \"purchases\": 6}}", StandardCharsets.UTF_8);
        assertThat(run("profile", "import", profile.toString()).status()).isZero();
        Outcome imported = run("product", "import", "../docs/samples/products.csv");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("inserted 15");
        assertThat(run("product", "import", "../docs/samples/products.csv").out()).contains("inserted 0  updated 0  unchanged 15");
        Outcome list = run("questionnaire", "list");
        assertThat(list.out()).contains("risk-tolerance-v1").contains("wealth-attitude-v1").contains("social-style-v1");
        assertThat(run("questionnaire", "show", "risk-tolerance-v1", "--format", "json").out()).contains("\"capsAt\"");
    }

    @Test
    @Order(2)
    void assessesAndRefusesBadInputWithOneLine() {
        Outcome noRole = run("assess", "risk", "K1", "--answers", "../docs/samples/risk-answers.json", "--channel", "branch");
        assertThat(noRole.status()).isEqualTo(1);
        assertThat(noRole.err().strip()).startsWith("clientlens: --user").doesNotContain("\n");
        Outcome sales = run("assess", "risk", "K1", "--answers", "../docs/samples/risk-answers.json", "--channel", "branch",
                "--user", "wang", "--role", "SALES");
        assertThat(sales.status()).isEqualTo(2);
        assertThat(sales.err()).contains("hand the customer over");
        Outcome wrongKind = run("assess", "wealth", "K1", "--answers", "../docs/samples/risk-answers.json", "--channel", "branch",
                "--user", "li", "--role", "RM");
        assertThat(wrongKind.err()).contains("questionnaire: risk-tolerance-v1 is a Risk tolerance questionnaire");
        Outcome risk = run("assess", "risk", "K1", "--answers", "../docs/samples/risk-answers.json", "--channel", "branch",
                "--user", "li", "--role", "RM", "--format", "json");
        assertThat(risk.status()).as(risk.err()).isZero();
        assertThat(risk.out()).contains("\"riskLevel\":\"C4\"").contains("\"score\":71");
        Outcome style = run("assess", "style", "K1", "--answers", "../docs/samples/style-answers.json", "--channel", "branch",
                "--user", "li", "--role", "RM");
        assertThat(style.out()).contains("ANALYTICAL").contains("Approach:");
    }

    @Test
    @Order(3)
    void checksOverridesAndApprovesASale() {
        Outcome allowed = run("suitability", "check", "K1", "MIX01", "--amount", "50000", "--user", "li", "--role", "RM");
        assertThat(allowed.status()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("decision ALLOWED").contains("recordId").contains("riskLevelMustCoverProductRisk");
        Outcome blocked = run("suitability", "check", "K1", "QDII01", "--amount", "50000", "--initiated-by", "customer",
                "--user", "li", "--role", "RM", "--format", "json");
        assertThat(blocked.out()).contains("\"decision\":\"BLOCKED\"").contains("\"overridable\":true");
        String record = blocked.out().replaceAll("(?s).*\"recordId\":(\\d+).*", "$1");
        // QDII01 is R5 (high market risk) and the customer asked: the signed confirmation with face-to-face explanation first
        Outcome confirmed = run("suitability", "confirm", record, "--text", "本人已经阅读上述风险提示，充分了解并清楚知晓本产品的风险，愿意承担相关风险",
                "--face-to-face-explained", "--customer-signature", signature("customer.png", 1).toString(),
                "--rm-signature", signature("rm.png", 2).toString(), "--user", "li", "--role", "RM");
        assertThat(confirmed.status()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).contains("missing [OVERRIDE_DOCUMENT, SUPERVISOR_REVIEW]").contains("signature CUSTOMER  sha256 ");
        Outcome override = run("suitability", "override", record, "--bank-opinion", "不建议", "--customer-wish", "坚持",
                "--customer-signed", "--rm-signed", "--user", "li", "--role", "RM");
        assertThat(override.out()).contains("sale PENDING");
        Outcome approved = run("suitability", "approve", record, "--opinion", "无误导", "--user", "zhao", "--role", "SUPERVISOR");
        assertThat(approved.out()).contains("sale SALE_ALLOWED");
        Outcome inChinese = CliRun.in(home, "suitability", "show", record);
        assertThat(inChinese.status()).as(inChinese.err()).isZero();
        assertThat(inChinese.out()).startsWith("结论 拒绝（BLOCKED）  记录号 " + record + "  销售 可以成交（SALE_ALLOWED）")
                .contains("理由").doesNotContain("decision").doesNotContain("null");
        Outcome audit = run("audit", "list", "--customer", "K1", "--format", "jsonl");
        assertThat(audit.out().lines()).hasSize(7);
        assertThat(audit.out()).contains("\"kind\":\"SUPERVISOR_REVIEW\"").doesNotContain("张三");
        // the text lists name the kinds and outcomes in the user's language, the code beside the Chinese name
        Outcome auditZh = CliRun.in(home, "audit", "list", "--customer", "K1");
        assertThat(auditZh.out().lines()).hasSize(7);
        assertThat(auditZh.out()).contains("业务主管复核（SUPERVISOR_REVIEW）").contains("适当性检查（SUITABILITY_CHECK）")
                .doesNotContain("张三");
        Outcome auditEn = run("audit", "list", "--customer", "K1");
        assertThat(auditEn.out()).contains("Supervisor review").contains("Suitability check").doesNotContain("业务主管复核");
    }

    /** A PNG signature file in the home folder. */
    static Path signature(String name, int seed) {
        try {
            return Files.write(home.resolve(name), io.clientlens.app.support.SignatureImages.signed(seed));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(4)
    void verifiesACopiedSentence() {
        assertThat(run("disclosure", "verify", "--text", "本人已经阅读上述风险提示，充分了解并清楚知晓本产品的风险，愿意承担相关风险").status()).isZero();
        Outcome differs = run("disclosure", "verify", "--text", "本人已经阅读上述风险提示");
        assertThat(differs.status()).isEqualTo(1);
        assertThat(differs.err()).contains("Character 13 differs: expected ','");
    }
}
