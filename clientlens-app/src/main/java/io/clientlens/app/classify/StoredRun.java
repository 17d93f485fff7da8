package io.clientlens.app.classify;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A classification run as retention sees it, whatever its state: RUNNING, DONE, or DELETING (hidden from readers while
 * its rows are deleted). {@code customers} is null until the run is done; {@code estimatedBytes} is the run's share of
 * the results table, by its customers (null when not done): measuring a run exactly would read all of its rows.
 */
public record StoredRun(long runId, LocalDate asOf, String policyVersion, String status, Instant startedAt,
                        Instant finishedAt, Integer customers, Long estimatedBytes) {

    public boolean done() {
        return "DONE".equals(status);
    }

    /** Hidden from readers while its rows are deleted; still so if that deletion stopped part way. */
    boolean deleting() {
        return "DELETING".equals(status);
    }

    /** A deletion that stopped part way, or a failed run: invisible to readers, waiting to be removed. */
    boolean leftOver() {
        return deleting() || "FAILED".equals(status);
    }
}
