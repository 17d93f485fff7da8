package io.clientlens.importing;

/**
 * A problem with one place of an input file: file, 1-based line, column (name or number; may be
 * null when the whole line is at fault) and what is wrong and what was expected.
 */
public record ImportIssue(String file, long line, String column, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " [" + column + "]") + ": " + reason;
    }
}
