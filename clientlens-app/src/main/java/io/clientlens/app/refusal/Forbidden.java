package io.clientlens.app.refusal;

import io.clientlens.code.Label;

/** The signed-in user's role may not do this. Answered with 403 and the reason in zh and en. */
public class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Label reason;

    public Forbidden(Label reason) {
        super(reason.en());
        this.reason = reason;
    }

    public Label reason() {
        return reason;
    }
}
