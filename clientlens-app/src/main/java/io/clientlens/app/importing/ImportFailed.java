package io.clientlens.app.importing;

/** An import that could not be stored; nothing of it was kept (the transaction was rolled back). */
public class ImportFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportFailed(String message, Throwable cause) {
        super(message, cause);
    }

    public ImportFailed(String message) {
        super(message);
    }
}
