package io.clientlens.app.security;

import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;

/**
 * A change of a user that is refused whatever was typed: an administrator's own role or account, or one that would
 * leave no enabled administrator. Nothing was changed.
 */
public class UserChangeRefused extends RuntimeException implements SaysItself {
    private static final long serialVersionUID = 1L;
    private final Label reason;

    UserChangeRefused(Label reason) {
        super(reason.en());
        this.reason = reason;
    }

    public Label reason() {
        return reason;
    }

    @Override
    public String in(Language language) {
        return reason.in(language);
    }
}
