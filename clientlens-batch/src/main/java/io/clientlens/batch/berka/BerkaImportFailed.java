package io.clientlens.batch.berka;

/**
 * The Berka files cannot be imported at all: a file is missing, unreadable or has a header other
 * than the one Berka defines. Row-level problems are not this; they become import issues.
 */
public class BerkaImportFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BerkaImportFailed(String message) {
        super(message);
    }

    BerkaImportFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
