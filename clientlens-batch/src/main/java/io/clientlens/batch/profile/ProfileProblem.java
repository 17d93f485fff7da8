package io.clientlens.batch.profile;

/**
 * One thing wrong with a profile document: where ({@code family[1].birthDate}; empty for the
 * document as a whole, or a column header for tabular files) and what is wrong and expected,
 * in Chinese and English.
 */
public record ProfileProblem(String path, String zh, String en) {

    /** Both languages in one line, English first, for logs and {@code ImportIssue} reasons. */
    public String reason() {
        return en + " / " + zh;
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + reason();
    }
}
