package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import io.clientlens.app.support.SignatureImages;
import io.clientlens.suitability.WorkingDays;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the command line: two checks of 999,999 for one product on one day, the review queue with due
 * dates, signatures as PNG files (a blank one refused), and no approval without a written opinion.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuitabilityRegulationCommandLineTest {
    static final String SENTENCE = "本人已经阅读上述风险提示，充分了解并清楚知晓本产品的风险，愿意承担相关风险";

    @TempDir
    static Path home;
    static String first;
    static String second;

    static Outcome run(String... args) {
        String[] english = new String[args.length + 2];
        english[0] = "--lang";
        english[1] = "en";
        System.arraycopy(args, 0, english, 2, args.length);
        return CliRun.in(home, english);
    }

    static String recordOf(Outcome o) {
        return o.out().replaceAll("(?s).*recordId (\\d+).*", "$1");
    }

    @Test
    @Order(1)
    void twoChecksOf999999OfOneProductOnOneDayNeedTheSecondApproval() throws IOException {
        Path profile = Files.writeString(home.resolve("c.json"),
                "{\"customerId\": \"K2\", \"name\": \"李四\", \"investmentHistory\": {\"years\": 4, \"purchases\": 6}}", StandardCharsets.UTF_8);
        assertThat(run("profile", "import", profile.toString()).status()).isZero();
        assertThat(run("product", "import", "../docs/samples/products.csv").status()).isZero();
        Outcome risk = run("assess", "risk", "K2", "--answers", "../docs/samples/risk-answers.json", "--channel", "branch",
                "--user", "li", "--role", "RM");
        assertThat(risk.status()).as(risk.err()).isZero();

        Outcome one = run("suitability", "check", "K2", "BOND01", "--amount", "999999", "--user", "li", "--role", "RM");
        assertThat(one.out()).contains("decision ALLOWED").doesNotContain("largeAmountsNeedSecondApproval");
        first = recordOf(one);
        Outcome two = run("suitability", "check", "K2", "BOND01", "--amount", "999999", "--user", "li", "--role", "RM");
        assertThat(two.out()).contains("decision APPROVAL_REQUIRED")
                .contains("[largeAmountsNeedSecondApproval] Within 30 days the same product adds up to 1,999,998 CNY ≥ 1,000,000 CNY")
                .contains("steps required [WRITTEN_CONFIRMATION, SUPERVISOR_REVIEW, SECOND_APPROVAL]");
        second = recordOf(two);
        Outcome zh = CliRun.in(home, "suitability", "show", second);
        assertThat(zh.out()).contains("30 日内同一产品累计 1,999,998 元 ≥ 1,000,000 元");
    }

    @Test
    @Order(2)
    void refusesABlankSignatureAndAMissingFileNamingThem() throws IOException {
        Path blank = Files.write(home.resolve("blank.png"), SignatureImages.blank());
        Outcome refused = run("suitability", "confirm", first, "--text", SENTENCE, "--customer-signature", blank.toString(),
                "--rm-signature", home.resolve("nope.png").toString(), "--user", "li", "--role", "RM");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("--rm-signature: no such file");
        Path rm = Files.write(home.resolve("rm.png"), SignatureImages.signed(2));
        Outcome blankOnly = run("suitability", "confirm", first, "--text", SENTENCE, "--customer-signature", blank.toString(),
                "--rm-signature", rm.toString(), "--user", "li", "--role", "RM");
        assertThat(blankOnly.status()).isEqualTo(1);
        assertThat(blankOnly.err()).contains("customerSignature: Customer's signature: blank: there is no ink on the image");
    }

    @Test
    @Order(3)
    void recordsTheSignaturesWithTheirSha256AndListsTheQueueWithDueDates() throws Exception {
        byte[] customerPng = SignatureImages.signed(1);
        Path customer = Files.write(home.resolve("customer.png"), customerPng);
        Path rm = home.resolve("rm.png");
        Outcome small = run("suitability", "check", "K2", "MIX01", "--amount", "50000", "--user", "li", "--role", "RM");
        assertThat(small.out()).contains("review after the sale, due " + WorkingDays.after(LocalDate.now(), 2));
        Outcome confirmed = run("suitability", "confirm", first, "--text", SENTENCE, "--customer-signature", customer.toString(),
                "--rm-signature", rm.toString(), "--user", "li", "--role", "RM", "--format", "json");
        assertThat(confirmed.status()).as(confirmed.err()).isZero();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(customerPng));
        assertThat(confirmed.out()).contains("\"signer\":\"CUSTOMER\",\"sha256\":\"" + sha + "\"");
        Outcome audit = run("audit", "list", "--customer", "K2", "--format", "jsonl");
        assertThat(audit.out().lines().filter(l -> l.contains("\"kind\":\"WRITTEN_CONFIRMATION\"")))
                .singleElement().asString().contains(sha);

        Outcome queue = run("suitability", "queue", "--user", "zhao", "--role", "SUPERVISOR");
        assertThat(queue.status()).as(queue.err()).isZero();
        assertThat(queue.out().lines()).hasSize(2);
        assertThat(queue.out().lines().findFirst().orElseThrow()).startsWith("#" + first).contains("before the sale (the sale waits)");
        assertThat(queue.out()).contains("#" + recordOf(small)).contains("after the sale, due " + WorkingDays.after(LocalDate.now(), 2))
                .doesNotContain("李四");
        assertThat(run("suitability", "queue", "--user", "li", "--role", "RM").status()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void anApprovalNeedsAWrittenOpinion() {
        Outcome without = run("suitability", "approve", first, "--user", "zhao", "--role", "SUPERVISOR");
        assertThat(without.status()).isEqualTo(1);
        assertThat(without.err().strip()).isEqualTo("clientlens: opinion: missing: a written opinion is required to approve or to refuse");
        Outcome refusedWithout = run("suitability", "approve", first, "--refuse", "--opinion", "  ", "--user", "zhao", "--role", "SUPERVISOR");
        assertThat(refusedWithout.status()).isEqualTo(1);
        Outcome with = run("suitability", "approve", first, "--opinion", "金额与客户目标一致", "--user", "zhao", "--role", "SUPERVISOR");
        assertThat(with.status()).as(with.err()).isZero();
        assertThat(with.out()).contains("sale SALE_ALLOWED");
    }
}
