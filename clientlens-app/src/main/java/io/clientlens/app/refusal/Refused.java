package io.clientlens.app.refusal;

import io.clientlens.code.Label;

/**
 * A request the suitability chain refuses for a business reason (409), or because the role may
 * not do it ({@code forbidden}, 403). The reason is given in both languages.
 */
public class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean forbidden;
    private final String rule;
    private final Label reason;

    public Refused(String rule, Label reason, boolean forbidden) {
        super(reason.en());
        this.rule = rule;
        this.reason = reason;
        this.forbidden = forbidden;
    }

    public static Refused forbidden(String rule, Label reason) {
        return new Refused(rule, reason, true);
    }

    public static Refused conflict(String rule, Label reason) {
        return new Refused(rule, reason, false);
    }

    public boolean forbidden() {
        return forbidden;
    }

    public String rule() {
        return rule;
    }

    public Label reason() {
        return reason;
    }
}
