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
}
