package io.clientlens.app.refusal;

import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;

/**
 * Something the server itself lacks stops the request (a font, a service). A web user or API client is answered with
 * 503 and what an administrator does about it, in zh and en, and nothing of the server's files; the operator at the
 * command line and the log get the details, which may name a file.
 */
public class Unavailable extends RuntimeException implements SaysItself {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final transient Label reason;
    private final transient Label details;

    public Unavailable(String type, Label reason, Label details) {
        super(details.en());
        this.type = type;
        this.reason = reason;
        this.details = details;
    }

    /** The problem type's last part, such as {@code font-missing}. */
    public String type() {
        return type;
    }

    /** What a web user or API client is told. */
    public Label reason() {
        return reason;
    }

    @Override
    public String in(Language language) {
        return details.in(language);
    }
}
