package io.clientlens.app.service;

import io.clientlens.code.Label;

/** The user's role may not use this part of the service feature; the reason in zh and en. The REST edge answers 403. */
public class ServiceForbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Label reason;

    public ServiceForbidden(Label reason) {
        super(reason.en());
        this.reason = reason;
    }

    public Label reason() {
        return reason;
    }
}
