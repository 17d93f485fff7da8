package io.clientlens.batch.berka;

import io.clientlens.code.InputRejected;

/**
 * The Berka files cannot be imported at all: a file is missing, unreadable or has a header other
 * than the one Berka defines. Row-level problems are not this; they become import issues.
 */
public class BerkaImportFailed extends InputRejected {
    private static final long serialVersionUID = 1L;

    BerkaImportFailed(String zh, String en) {
        super(zh, en);
    }

    BerkaImportFailed(String zh, String en, Throwable cause) {
        super(zh, en, cause);
    }
}
