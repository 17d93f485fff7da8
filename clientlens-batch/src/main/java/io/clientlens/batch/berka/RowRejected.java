package io.clientlens.batch.berka;

/**
 * A data row that cannot be imported: the column at fault (null when the whole line is) and why.
 * Caught by the reader, which reports it and goes on with the next row.
 */
final class RowRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String column;

    /**
     * The reason in both languages, kept as "中文 / English": an import issue holds one text, and whoever shows it
     * (the command line, the upload's report) picks the language the user reads.
     */
    RowRejected(String column, String zh, String en) {
        // No stack trace: a rejection is an expected outcome of bad input, and a file may have many.
        super(zh + " / " + en, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }

    String reason() {
        return getMessage();
    }
}
