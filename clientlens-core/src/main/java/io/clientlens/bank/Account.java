package io.clientlens.bank;

import java.time.LocalDate;

/** An account at the bank; it exists from {@code opened} and, when {@code closed} is set, until then. */
public record Account(String accountId, String branch, LocalDate opened, LocalDate closed, String statementFrequency) {
    public Account {
        requireText(accountId, "accountId");
        if (opened == null) {
            throw new IllegalArgumentException("opened is required");
        }
        if (closed != null && closed.isBefore(opened)) {
            throw new IllegalArgumentException("closed " + closed + " is before opened " + opened);
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
