package io.clientlens.batch.generate;

import java.time.LocalDate;

/**
 * How much the customer uses the accounts: {@code rateFactor} scales the discretionary
 * transactions; a dormant customer stops all own activity from {@code dormantFrom} and then
 * only sees the bank's postings.
 */
record Activity(Level level, double rateFactor, LocalDate dormantFrom) {

    enum Level { NORMAL, VERY_ACTIVE, DORMANT }

    boolean activeOn(LocalDate date) {
        return dormantFrom == null || date.isBefore(dormantFrom);
    }
}
