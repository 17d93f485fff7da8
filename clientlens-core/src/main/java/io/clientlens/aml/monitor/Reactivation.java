package io.clientlens.aml.monitor;

import java.time.LocalDate;
import java.util.List;

/**
 * An account's first activity after {@code idleDays} without any (since its last activity or its opening), and the
 * credits it received in the days that followed.
 */
public record Reactivation(String accountId, LocalDate date, int idleDays, List<TxnRef> credits) {
    public Reactivation {
        credits = List.copyOf(credits);
    }
}
