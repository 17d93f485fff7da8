package io.clientlens.app.cli;

import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code policy show > my-policy.yaml} then {@code policy check my-policy.yaml}: the output goes through writers
 * over a byte stream, as {@code bin/clientlens} writes to the terminal or a file (not a StringWriter, which never
 * loses what was not flushed).
 */
class PolicyCommandLineTest {
    @TempDir
    Path home;

    record Outcome(int status, String out, String err) {
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = ClientLensMain.run(new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8), all);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void showPrintsTheWholeShippedPolicyAndCheckAcceptsWhatItPrinted() throws IOException {
        Outcome shown = run("policy", "show");
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).isEqualTo(PolicyYaml.defaultText());
        assertThat(PolicyYaml.parse(shown.out(), "stdout")).isEqualTo(PolicyYaml.defaults());

        Path file = home.resolve("my-policy.yaml");
        Files.writeString(file, shown.out(), StandardCharsets.UTF_8);
        Outcome checked = run("--lang", "en", "policy", "check", file.toString());
        assertThat(checked.status()).as(checked.err()).isZero();
        assertThat(checked.out()).contains("Policy is valid: version " + PolicyYaml.defaults().version());
    }

    @Test
    void showPrintsThePolicyGivenWithPolicyAndItChecksAgain() throws IOException {
        Path mine = home.resolve("bank-policy.yaml");
        Files.writeString(mine, PolicyYaml.defaultText().replaceFirst("(?m)^version: .*$", "version: bank-2027"), StandardCharsets.UTF_8);
        Outcome shown = run("--policy", mine.toString(), "policy", "show");
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("version: bank-2027").isEqualTo(Files.readString(mine, StandardCharsets.UTF_8));

        Path copy = home.resolve("copy.yaml");
        Files.writeString(copy, shown.out(), StandardCharsets.UTF_8);
        Outcome checked = run("--lang", "en", "policy", "check", copy.toString());
        assertThat(checked.out()).contains("Policy is valid: version bank-2027");
    }

    /** The shipped policy with classBShare no longer above classAShare and a currency in lower case. */
    private Path badPolicy() throws IOException {
        Path bad = home.resolve("bad-policy.yaml");
        Files.writeString(bad, PolicyYaml.defaultText().replace("classAShare: 0.80", "classAShare: 0.96")
                .replace("currency: CNY", "currency: rmb"), StandardCharsets.UTF_8);
        return bad;
    }

    @Test
    void checkSaysWhatIsWrongWithAPolicyInChineseByDefaultAndInEnglishWhenAsked() throws IOException {
        Path bad = badPolicy();
        for (Outcome chinese : List.of(run("policy", "check", bad.toString()), run("--lang", "zh", "policy", "check", bad.toString()))) {
            assertThat(chinese.status()).isEqualTo(1);
            assertThat(chinese.err().lines()).singleElement().asString()
                    .startsWith("clientlens: " + bad + " 不是有效的政策文件（2 个问题）：")
                    .contains("currency：应为三位字母的 ISO 4217 币种代码，如 CNY，实际为 \"rmb\"")
                    .contains("contribution.classBShare：必须大于 classAShare（0.96），实际为 0.95")
                    .doesNotContain("expected", "must be");
        }

        Outcome english = run("--lang", "en", "policy", "check", bad.toString());
        assertThat(english.status()).isEqualTo(1);
        assertThat(english.err().lines()).singleElement().asString()
                .startsWith("clientlens: " + bad + " is not a valid policy (2 problems):")
                .contains("currency: expected a three-letter ISO 4217 code such as CNY, found \"rmb\"")
                .contains("contribution.classBShare: must be greater than classAShare (0.96), found 0.95")
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void aCommandGivenABadPolicyWithPolicySaysItsProblemsInTheChosenLanguage() throws IOException {
        Path bad = badPolicy();
        String[] monitor = {"aml", "monitor", "--input", home.resolve("in").toString(), "--out", home.resolve("out").toString()};
        Outcome chinese = run(concat(new String[] {"--policy", bad.toString()}, monitor));
        assertThat(chinese.status()).isEqualTo(1);
        assertThat(chinese.err()).contains("不是有效的政策文件（2 个问题）：", "classBShare：必须大于 classAShare（0.96）");

        Outcome english = run(concat(new String[] {"--lang", "en", "--policy", bad.toString()}, monitor));
        assertThat(english.err()).contains("is not a valid policy (2 problems):", "classBShare: must be greater than classAShare (0.96)");
    }

    @Test
    void aPolicyFileThatCannotBeReadIsNamedInTheChosenLanguage() {
        Path missing = home.resolve("no-such-policy.yaml");
        assertThat(run("policy", "check", missing.toString()).err()).isEqualTo("clientlens: 无法读取政策文件 " + missing + System.lineSeparator());
        assertThat(run("--lang", "en", "policy", "check", missing.toString()).err())
                .isEqualTo("clientlens: cannot read the policy file " + missing + System.lineSeparator());
    }

    private static String[] concat(String[] first, String[] second) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(second)).toArray(String[]::new);
    }
}
