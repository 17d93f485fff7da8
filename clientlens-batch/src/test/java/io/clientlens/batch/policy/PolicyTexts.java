package io.clientlens.batch.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Policy files for tests: the shipped one, and the shipped one with a deliberate mistake. */
final class PolicyTexts {

    private PolicyTexts() {
    }

    static String shipped() {
        try (InputStream in = PolicyTexts.class.getResourceAsStream(PolicyYaml.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped file with each {@code original} (which must occur exactly once) replaced. */
    static String shippedWith(String... originalThenReplacement) {
        String text = shipped();
        for (int i = 0; i < originalThenReplacement.length; i += 2) {
            String original = originalThenReplacement[i];
            int at = text.indexOf(original);
            if (at < 0 || text.indexOf(original, at + 1) >= 0) {
                throw new IllegalArgumentException("the shipped policy must contain exactly one \"" + original + "\"");
            }
            text = text.replace(original, originalThenReplacement[i + 1]);
        }
        return text;
    }
}
