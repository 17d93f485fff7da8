package io.clientlens.app.admin;

import io.clientlens.app.importing.LoadCounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The record of one job. {@code rowsTotal} is null when the size is not known before reading (a
 * JSON array, an Excel sheet); {@code stored} is false when a strict import refused the file;
 * {@code issues} holds at most {@link Jobs#ISSUES_KEPT} of the {@code issueCount} problems.
 */
public record Job(long id, JobKind kind, String fileName, boolean strict, LocalDate asOf, String startedBy,
                  Instant startedAt, Instant finishedAt, JobState state, long rowsDone, Long rowsTotal, Boolean stored,
                  Map<String, LoadCounts> counts, int issueCount, List<JobIssue> issues, String message, Long runId) {

    public boolean running() {
        return state == JobState.RUNNING;
    }

    /** Percent done, or null while the total is unknown. */
    public Integer percent() {
        if (state != JobState.RUNNING) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal <= 0) {
            return null;
        }
        return (int) Math.min(99, rowsDone * 100 / rowsTotal);
    }

    public long inserted() {
        return counts.values().stream().mapToLong(LoadCounts::inserted).sum();
    }

    public long updated() {
        return counts.values().stream().mapToLong(LoadCounts::updated).sum();
    }

    public long unchanged() {
        return counts.values().stream().mapToLong(LoadCounts::unchanged).sum();
    }
}
